import type { ListOutboxQuery, OutboxList } from '@cep/shared';
import { api } from '../../../lib/api-client.ts';

export const listOutbox = (query: ListOutboxQuery, signal?: AbortSignal) => api.get<OutboxList>('/outbox', { query: { ...query }, signal });
