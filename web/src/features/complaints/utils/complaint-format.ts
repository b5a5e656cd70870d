import { ComplaintAction, complaintMachine, type ComplaintState, type WatchEntry, type WatchList } from '@cep/shared';
import { formatDecimal } from '../../checkpoints/index.ts';

/** Where the admin triages a complaint, and where a vendor answers one. */
export const adminComplaintHref = (id: string): string => `/admin/complaints/${encodeURIComponent(id)}`;
export const vendorComplaintHref = (id: string): string => `/vendor/complaints/${encodeURIComponent(id)}`;
export const vendorComplaintsHref = (vendorId: string): string => `/admin/complaints?vendorId=${encodeURIComponent(vendorId)}`;

/** Only a complaint still waiting for the vendor's response can be late; afterwards "no response" says it. */
export function isOverdue(state: ComplaintState, responseDueAt: string | null): boolean {
  return complaintMachine.can(state, ComplaintAction.Respond) && responseDueAt !== null && new Date(responseDueAt).getTime() < Date.now();
}

type Thresholds = WatchList['thresholds'];

export const countRuleText = (t: Thresholds): string => `${t.count} or more confirmed complaints in ${t.countDays} days`;
export const rateRuleText = (t: Thresholds): string => `${formatDecimal(t.ratePer100)} or more per 100 clients in ${t.rateDays} days`;

/** "3 or more confirmed complaints in 90 days, or 2 or more per 100 clients in 180 days". */
export const thresholdsText = (t: Thresholds): string => `${countRuleText(t)}, or ${rateRuleText(t)}`;

/** Which rule put the vendor on the list, in words. */
export function watchReasonsText(reasons: WatchEntry['reasons'], t: Thresholds): string {
  const parts = reasons.map((reason) => (reason === 'count' ? countRuleText(t) : rateRuleText(t)));
  return parts.length > 0 ? parts.join(', and ') : 'No rule any more (leaves the list at the next check)';
}

/** "4 confirmed complaints in 90 days, 5 in 180 days, 2.5 per 100 clients (200 clients)". */
export function watchFiguresText(entry: WatchEntry, t: Thresholds): string {
  const rate = entry.ratePer100 === null ? 'no client count yet' : `${formatDecimal(entry.ratePer100)} per 100 clients (${entry.clients ?? 0} clients)`;
  return `${entry.recentCount} confirmed complaints in ${t.countDays} days, ${entry.longCount} in ${t.rateDays} days, ${rate}`;
}
