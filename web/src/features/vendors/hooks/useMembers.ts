import type { InviteMemberBody } from '@cep/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { inviteMember, listMembers, removeMember, resendInvitation, resetTwoFactor, transferOwnership } from '../api/vendors-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useMembers(vendorId: string) {
  return useQuery({ queryKey: queryKeys.vendors.members(vendorId), queryFn: ({ signal }) => listMembers(vendorId, signal), select: (list) => list.items });
}

/** A change to the team, after which the list is read again. */
function useTeamChange<A, R>(vendorId: string, change: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.vendors.members(vendorId) }) });
}

export function useInviteMember(vendorId: string) {
  return useTeamChange(vendorId, ({ body, idempotencyKey }: { body: InviteMemberBody; idempotencyKey: string }) => inviteMember(vendorId, body, idempotencyKey));
}

export function useRemoveMember(vendorId: string) {
  return useTeamChange(vendorId, (userId: string) => removeMember(vendorId, userId));
}

export function useResendInvitation(vendorId: string) {
  return useTeamChange(vendorId, (userId: string) => resendInvitation(vendorId, userId));
}

/** The admin clears a person's second factors (they lost them all). */
export function useResetTwoFactor(vendorId: string) {
  return useTeamChange(vendorId, (userId: string) => resetTwoFactor(vendorId, userId));
}

/** The signed-in owner becomes a member: the session's role is read again too. */
export function useTransferOwnership(vendorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => transferOwnership(vendorId, userId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.vendors.members(vendorId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.session });
    },
  });
}
