import { registry, unwrap } from '../../../lib/api-client.ts';

export const getVendorHome = (vendorId: string, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/vendors/{id}/home', { params: { path: { id: vendorId } }, signal }));

export const getInbox = (signal?: AbortSignal) => unwrap(registry.GET('/api/v1/inbox', { signal }));
