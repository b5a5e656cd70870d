import type { PublishAgreementBody } from '@cep/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getCurrentAgreement, listAgreements, publishAgreement } from '../api/pledges-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useCurrentAgreement() {
  return useQuery({ queryKey: queryKeys.agreements.current, queryFn: ({ signal }) => getCurrentAgreement(signal) });
}

export function useAgreements() {
  return useQuery({ queryKey: queryKeys.agreements.list, queryFn: ({ signal }) => listAgreements(signal), select: (list) => list.items });
}

export function usePublishAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: PublishAgreementBody; idempotencyKey: string }) => publishAgreement(body, idempotencyKey),
    // A version in effect at once changes what every vendor signs and whom the pledge asks to sign again.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.agreements.all }), queryClient.invalidateQueries({ queryKey: queryKeys.pledges.all })]),
  });
}
