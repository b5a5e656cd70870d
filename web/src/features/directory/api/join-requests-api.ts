import type { JoinRequestBody } from '@cep/shared';
import { registry, unwrap } from '../../../lib/api-client.ts';

export const requestJoin = (body: JoinRequestBody, idempotencyKey: string) => unwrap(registry.POST('/api/v1/directory/requests', { body, headers: { 'idempotency-key': idempotencyKey } }));

/** 410 when the link was used or has expired. */
export const confirmJoinRequest = (token: string) => unwrap(registry.POST('/api/v1/directory/requests/confirm', { body: { token } }));

export const getRequestedVendors = (signal?: AbortSignal) => unwrap(registry.GET('/api/v1/directory/requests', { signal }));
