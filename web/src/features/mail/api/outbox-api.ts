import type { ListOutboxQuery } from '@cep/shared';
import { registry, unwrap } from '../../../lib/api-client.ts';

export const listOutbox = (query: ListOutboxQuery, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/outbox', { params: { query }, signal }));
