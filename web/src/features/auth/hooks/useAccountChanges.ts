import type { ChangeEmailBody, ChangePasswordBody, Me, PasswordResetBody, PasswordResetRequestBody } from '@cep/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { changeEmail, changePassword, confirmEmailChange, getPasswordReset, requestPasswordReset, resetPassword } from '../api/auth-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** Forgot password: the same answer for any address. */
export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (body: PasswordResetRequestBody) => requestPasswordReset(body) });
}

export function usePasswordReset(token: string) {
  return useQuery({ queryKey: queryKeys.passwordReset(token), queryFn: ({ signal }) => getPasswordReset(token, signal), staleTime: Infinity, retry: false });
}

export function useResetPassword(token: string) {
  return useMutation({ mutationFn: (body: PasswordResetBody) => resetPassword(token, body) });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (body: ChangePasswordBody) => changePassword(body) });
}

export function useChangeEmail() {
  return useMutation({ mutationFn: (body: ChangeEmailBody) => changeEmail(body) });
}

/** Confirms a new address; when it is the signed-in account's, the header shows the new one at once. */
export function useConfirmEmailChange(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => confirmEmailChange(token),
    onSuccess: (changed) => queryClient.setQueryData<Me | null>(queryKeys.session, (current) => (current?.id === changed.id ? { ...current, email: changed.email } : current)),
  });
}
