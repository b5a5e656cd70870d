import { hostOf } from './badge-sites.ts';
import { DAY_MS } from './durations.ts';

/**
 * "Ask this vendor to join": a buyer names a vendor that is not a member. The registry writes to
 * the vendor at most once per 30 days, whoever asks; every confirmed request still counts for the
 * admin.
 */
export const JOIN_INVITATION_INTERVAL_DAYS = 30;

/** A vendor is known by its web site's host, without `www.`: `https://www.acme.example/x` → `acme.example`. */
export function vendorDomainOf(website: string): string | null {
  const host = hostOf(website);
  return host ? host.replace(/^www\./, '') : null;
}

/** Whether a confirmed request may e-mail the vendor now, given when the registry last did. */
export function mayInviteVendor(lastInvitedAt: Date | null, now: Date): boolean {
  return lastInvitedAt === null || now.getTime() - lastInvitedAt.getTime() >= JOIN_INVITATION_INTERVAL_DAYS * DAY_MS;
}
