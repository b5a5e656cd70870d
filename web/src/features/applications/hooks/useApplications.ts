import type { ApproveApplicationBody, CreateApplicationBody, ListApplicationsQuery, RejectApplicationBody } from '@cep/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { approveApplication, createApplication, listApplications, rejectApplication } from '../api/applications-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useApplications(query: ListApplicationsQuery) {
  return useQuery({ queryKey: queryKeys.applications.list(query), queryFn: ({ signal }) => listApplications(query, signal), placeholderData: keepPreviousData });
}

export function useCreateApplication() {
  return useMutation({ mutationFn: ({ body, idempotencyKey }: { body: CreateApplicationBody; idempotencyKey: string }) => createApplication(body, idempotencyKey) });
}

/** A decision changes the lists, the vendors (approve creates one) and the outbox (both send mail). */
function useInvalidateAfterDecision() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.applications.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.vendors.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.outbox.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.directory.all }),
    ]);
}

export function useApproveApplication() {
  const invalidate = useInvalidateAfterDecision();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: ApproveApplicationBody }) => approveApplication(id, body), onSuccess: invalidate });
}

export function useRejectApplication() {
  const invalidate = useInvalidateAfterDecision();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: RejectApplicationBody }) => rejectApplication(id, body), onSuccess: invalidate });
}
