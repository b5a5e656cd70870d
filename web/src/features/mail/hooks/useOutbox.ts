import type { ListOutboxQuery } from '@cep/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listOutbox } from '../api/outbox-api.ts';

export function useOutbox(query: ListOutboxQuery) {
  return useQuery({ queryKey: ['outbox', query], queryFn: ({ signal }) => listOutbox(query, signal), placeholderData: keepPreviousData });
}
