import { registry, unwrap } from '../../../lib/api-client.ts';

/** What the public verification page shows; 404 when no vendor has the slug. */
export const getVerification = (slug: string, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/directory/{slug}', { params: { path: { slug } }, signal }));

/** Badge views and "unverified site" requests by referring domain over the last `days` days. */
export const getBadgeStats = (vendorId: string, days: number, signal?: AbortSignal) =>
  unwrap(registry.GET('/api/v1/vendors/{id}/badge-stats', { params: { path: { id: vendorId }, query: { days } }, signal }));
