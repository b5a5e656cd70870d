import type { CreateApiKeyBody, CreateWebhookBody, RedeliverBody, UpdateWebhookBody } from '@cep/shared';
import { registry, unwrap } from '../../../lib/api-client.ts';

/** Whose keys: a vendor's (its owner or the admin), or the program's (the admin). */
export type KeyOwner = { vendorId: string } | { vendorId: null };

export const listApiKeys = (owner: KeyOwner, signal?: AbortSignal) =>
  owner.vendorId ? unwrap(registry.GET('/api/v1/vendors/{id}/api-keys', { params: { path: { id: owner.vendorId } }, signal })) : unwrap(registry.GET('/api/v1/api-keys', { signal }));

export const createApiKey = (owner: KeyOwner, body: CreateApiKeyBody, idempotencyKey: string) => {
  const headers = { 'idempotency-key': idempotencyKey };
  return owner.vendorId
    ? unwrap(registry.POST('/api/v1/vendors/{id}/api-keys', { params: { path: { id: owner.vendorId } }, body, headers }))
    : unwrap(registry.POST('/api/v1/api-keys', { body, headers }));
};

export const revokeApiKey = (owner: KeyOwner, keyId: string) =>
  owner.vendorId
    ? unwrap(registry.DELETE('/api/v1/vendors/{id}/api-keys/{keyId}', { params: { path: { id: owner.vendorId, keyId } } }))
    : unwrap(registry.DELETE('/api/v1/api-keys/{keyId}', { params: { path: { keyId } } }));

/** The caller's endpoints: its vendor's, or the program's for the admin. */
export const listWebhooks = (signal?: AbortSignal) => unwrap(registry.GET('/api/v1/webhooks', { signal }));

export const createWebhook = (body: CreateWebhookBody, idempotencyKey: string) => unwrap(registry.POST('/api/v1/webhooks', { body, headers: { 'idempotency-key': idempotencyKey } }));

const endpoint = (id: string) => ({ path: { id } });

/** 412 when someone changed it in between (the version read is the If-Match). */
export const updateWebhook = (id: string, version: number, body: UpdateWebhookBody) =>
  unwrap(registry.PATCH('/api/v1/webhooks/{id}', { params: { ...endpoint(id), header: { 'if-match': `"${version}"` } }, body }));

export const deleteWebhook = (id: string) => unwrap(registry.DELETE('/api/v1/webhooks/{id}', { params: endpoint(id) }));

export const rotateWebhookSecret = (id: string) => unwrap(registry.POST('/api/v1/webhooks/{id}/rotate-secret', { params: endpoint(id) }));

export const sendTestEvent = (id: string) => unwrap(registry.POST('/api/v1/webhooks/{id}/test', { params: endpoint(id) }));

export const listDeliveries = (id: string, before: string | undefined, signal?: AbortSignal) =>
  unwrap(registry.GET('/api/v1/webhooks/{id}/deliveries', { params: { ...endpoint(id), query: before ? { before } : {} }, signal }));

export const redeliver = (id: string, body: RedeliverBody) => unwrap(registry.POST('/api/v1/webhooks/{id}/redeliver', { params: endpoint(id), body }));
