import type { InviteMemberBody } from '@cep/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { inviteMember, listMembers } from '../api/vendors-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useMembers(vendorId: string) {
  return useQuery({ queryKey: queryKeys.vendors.members(vendorId), queryFn: ({ signal }) => listMembers(vendorId, signal), select: (list) => list.items });
}

export function useInviteMember(vendorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: InviteMemberBody; idempotencyKey: string }) => inviteMember(vendorId, body, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.vendors.members(vendorId) }),
  });
}
