import type { ListOutboxQuery } from '@cep/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listOutbox } from '../api/outbox-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useOutbox(query: ListOutboxQuery) {
  return useQuery({ queryKey: queryKeys.outbox.list(query), queryFn: ({ signal }) => listOutbox(query, signal), placeholderData: keepPreviousData });
}
