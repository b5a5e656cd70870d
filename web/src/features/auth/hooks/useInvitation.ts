import type { AcceptInvitationBody } from '@cep/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { acceptInvitation, getInvitation } from '../api/auth-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useInvitation(token: string) {
  return useQuery({ queryKey: queryKeys.invitation(token), queryFn: ({ signal }) => getInvitation(token, signal), staleTime: Infinity });
}

export function useAcceptInvitation(token: string) {
  return useMutation({ mutationFn: (body: AcceptInvitationBody) => acceptInvitation(token, body) });
}
