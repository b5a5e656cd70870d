import { registry, unwrap } from '../../../lib/api-client.ts';

/** The vendor's current membership credential (issued on the spot when it is due one). */
export const getVendorCredential = (vendorId: string, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/vendors/{id}/credential', { params: { path: { id: vendorId } }, signal }));

/** What the registry says of a pasted or uploaded credential. */
export const verifyCredential = (credential: string) => unwrap(registry.POST('/api/v1/credentials/verify', { body: { credential } }));
