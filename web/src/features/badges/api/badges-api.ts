import type { BadgeStats, Verification } from '@cep/shared';
import { api } from '../../../lib/api-client.ts';

/** What the public verification page shows; 404 when no vendor has the slug. */
export const getVerification = (slug: string, signal?: AbortSignal) => api.get<Verification>(`/directory/${encodeURIComponent(slug)}`, { signal, auth: false });

/** Badge views and "unverified site" requests by referring domain over the last `days` days. */
export const getBadgeStats = (vendorId: string, days: number, signal?: AbortSignal) =>
  api.get<BadgeStats>(`/vendors/${encodeURIComponent(vendorId)}/badge-stats`, { query: { days }, signal });
