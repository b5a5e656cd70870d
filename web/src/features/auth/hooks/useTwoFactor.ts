import type { ConfirmTotpBody, PasswordConfirmation } from '@cep/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { addPasskey, confirmTotp, getTwoFactor, removePasskey, removeTotp, renewRecoveryCodes, startTotp } from '../api/auth-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** The account's second factors. */
export function useTwoFactor() {
  return useQuery({ queryKey: queryKeys.twoFactor, queryFn: ({ signal }) => getTwoFactor(signal) });
}

/**
 * A change to the factors changes what the session says too (an admin who just set one up may use
 * the rest of the app), so both are read again.
 */
function useFactorChange<TBody, TAnswer>(change: (body: TBody) => Promise<TAnswer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.twoFactor }), queryClient.invalidateQueries({ queryKey: queryKeys.session })]),
  });
}

export const useStartTotp = () => useMutation({ mutationFn: () => startTotp() });
export const useConfirmTotp = () => useFactorChange((body: ConfirmTotpBody) => confirmTotp(body));
export const useRemoveTotp = () => useFactorChange((body: PasswordConfirmation) => removeTotp(body));
export const useRenewRecoveryCodes = () => useFactorChange((body: PasswordConfirmation) => renewRecoveryCodes(body));
export const useAddPasskey = () => useFactorChange((name: string) => addPasskey(name));
export const useRemovePasskey = () => useFactorChange((id: string) => removePasskey(id));
