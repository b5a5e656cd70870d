import type { AppealBody, Pledge, ReasonBody, SignPledgeBody, WithdrawBody } from '@cep/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type AdminAction, appealPledge, getPledge, signPledge, transitionPledge, withdrawPledge } from '../api/pledges-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function usePledge(vendorId: string) {
  return useQuery({ queryKey: queryKeys.pledges.detail(vendorId), queryFn: ({ signal }) => getPledge(vendorId, signal) });
}

/**
 * Every pledge change answers with the whole pledge, which replaces the cached one. What is derived
 * from it elsewhere (the audit log, the calendar, the vendor list's state column, the outbox that
 * received the notice) is read again.
 */
function useAfterPledgeChange(vendorId: string) {
  const queryClient = useQueryClient();
  return async (pledge: Pledge) => {
    queryClient.setQueryData(queryKeys.pledges.detail(vendorId), pledge);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.pledges.audit(vendorId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.checkpoints.vendor(vendorId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.vendors.lists }),
      queryClient.invalidateQueries({ queryKey: queryKeys.outbox.all }),
    ]);
  };
}

export function useSignPledge(vendorId: string) {
  const after = useAfterPledgeChange(vendorId);
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: SignPledgeBody; idempotencyKey: string }) => signPledge(vendorId, body, idempotencyKey),
    onSuccess: after,
  });
}

export function usePledgeTransition(vendorId: string) {
  const after = useAfterPledgeChange(vendorId);
  return useMutation({ mutationFn: ({ action, body }: { action: AdminAction; body: ReasonBody }) => transitionPledge(vendorId, action, body), onSuccess: after });
}

export function useWithdrawPledge(vendorId: string) {
  const after = useAfterPledgeChange(vendorId);
  return useMutation({ mutationFn: (body: WithdrawBody) => withdrawPledge(vendorId, body), onSuccess: after });
}

export function useAppealPledge(vendorId: string) {
  const after = useAfterPledgeChange(vendorId);
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: AppealBody; idempotencyKey: string }) => appealPledge(vendorId, body, idempotencyKey),
    onSuccess: after,
  });
}
