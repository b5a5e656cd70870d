/**
 * The watch list rule (SPEC §6): a vendor with a high level of complaints — by default 3 or more
 * confirmed, non-dismissed complaints in 90 days, or 2 or more per 100 clients in 180 days, using
 * the client count of its latest checkpoint — goes on the admin's watch list. Either rule is enough;
 * the rate rule needs a client count.
 */

export interface WatchThresholds {
  count: number;
  countDays: number;
  ratePer100: number;
  rateDays: number;
}

export const DEFAULT_WATCH_THRESHOLDS: WatchThresholds = { count: 3, countDays: 90, ratePer100: 2, rateDays: 180 };

export interface WatchFigures {
  recentCount: number;
  longCount: number;
  clients: number | null;
}

export interface WatchVerdict {
  ratePer100: number | null;
  reasons: ('count' | 'rate')[];
}

export function watchVerdict(figures: WatchFigures, thresholds: WatchThresholds): WatchVerdict {
  const ratePer100 = figures.clients && figures.clients > 0 ? Math.round((figures.longCount / figures.clients) * 100 * 100) / 100 : null;
  const reasons: ('count' | 'rate')[] = [];
  if (figures.recentCount >= thresholds.count) reasons.push('count');
  // Compared unrounded, with a hair of slack for thresholds like 1.1 that binary fractions cannot
  // hold exactly: 33 complaints for 3,000 clients is 1.1 per 100.
  if (figures.clients && figures.clients > 0 && figures.longCount * 100 >= thresholds.ratePer100 * figures.clients * (1 - 1e-12)) reasons.push('rate');
  return { ratePer100, reasons };
}
