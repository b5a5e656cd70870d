import type { SubmissionQueueQuery } from '@cep/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listSubmissions } from '../api/checkpoints-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useSubmissionQueue(query: SubmissionQueueQuery) {
  return useQuery({ queryKey: queryKeys.checkpoints.queue(query), queryFn: ({ signal }) => listSubmissions(query, signal), placeholderData: keepPreviousData });
}
