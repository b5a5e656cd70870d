import type { CheckpointData, ReviewBody, Submission } from '@cep/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getSubmission, reviewSubmission, saveSubmission, type SubmissionWithEtag, submitSubmission } from '../api/checkpoints-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useSubmission(vendorId: string, period: string) {
  return useQuery({ queryKey: queryKeys.checkpoints.submission(vendorId, period), queryFn: ({ signal }) => getSubmission(vendorId, period, signal) });
}

/**
 * A submission answer replaces the cached one (keeping its ETag when the answer had none, as POSTs
 * do not change what If-Match compares: the version is in the body). What is derived from it (the
 * calendar's status, the trends, the admin's queue, the pledge that a submission may bring back from
 * "lapsed", the public page's last period checked) is read again.
 */
function useAfterSubmissionChange(vendorId: string, period: string) {
  const queryClient = useQueryClient();
  return async (saved: SubmissionWithEtag | Submission) => {
    const next = 'etag' in saved ? saved : { submission: saved, etag: `"${saved.version}"` };
    queryClient.setQueryData(queryKeys.checkpoints.submission(vendorId, period), next);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.checkpoints.calendar(vendorId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.checkpoints.metrics(vendorId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.checkpoints.queueAll }),
      queryClient.invalidateQueries({ queryKey: queryKeys.checkpoints.program }),
      queryClient.invalidateQueries({ queryKey: queryKeys.pledges.detail(vendorId) }),
      // The public verification page names the last period checked.
      queryClient.invalidateQueries({ queryKey: queryKeys.directory.all }),
    ]);
  };
}

export function useSaveSubmission(vendorId: string, period: string) {
  const after = useAfterSubmissionChange(vendorId, period);
  return useMutation({ mutationFn: ({ etag, body }: { etag: string; body: CheckpointData }) => saveSubmission(vendorId, period, etag, body), onSuccess: after });
}

export function useSubmitSubmission(vendorId: string, period: string) {
  const after = useAfterSubmissionChange(vendorId, period);
  return useMutation({ mutationFn: () => submitSubmission(vendorId, period), onSuccess: after });
}

export function useReviewSubmission(vendorId: string, period: string) {
  const after = useAfterSubmissionChange(vendorId, period);
  return useMutation({ mutationFn: (body: ReviewBody) => reviewSubmission(vendorId, period, body), onSuccess: after });
}
