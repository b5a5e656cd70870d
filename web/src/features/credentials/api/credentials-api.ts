import type { Credential, CredentialVerdict } from '@cep/shared';
import { api } from '../../../lib/api-client.ts';

/** The vendor's current membership credential (issued on the spot when it is due one). */
export const getVendorCredential = (vendorId: string, signal?: AbortSignal) => api.get<Credential>(`/vendors/${encodeURIComponent(vendorId)}/credential`, { signal });

/** What the registry says of a pasted or uploaded credential. */
export const verifyCredential = (credential: string) => api.post<CredentialVerdict>('/credentials/verify', { credential }, { auth: false });
