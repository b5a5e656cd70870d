import type { BusinessCalendar } from '../schemas/vendors.ts';
import { WEEKDAYS } from '../schemas/enums.ts';
import { businessMinutes, localToInstant } from './business-minutes.ts';
import { clockMinutes } from './calendar.ts';
import { DAY_MS, MINUTE_MS } from './durations.ts';

/**
 * Business minutes for many tickets at once. `businessMinutes` walks the calendar day by day with
 * the time-zone database, which is right but costs microseconds per day; an import of 200,000
 * tickets asks the same question 200,000 times over the same half-year. A clock lays out the open
 * intervals of a window once (sorted, with running totals) and answers each question with two
 * binary searches. Outside its window it defers to `businessMinutes`, so answers never differ.
 */
export interface BusinessClock {
  minutes(start: number, end: number): number;
}


export function businessClock(calendar: BusinessCalendar, windowStart: number, windowEnd: number): BusinessClock {
  // The open intervals of the window, from the exact function's own day-by-day walk: the business
  // time before instant t is cumulative[i] + (t - opens[i]) when t falls inside interval i.
  const opens: number[] = [];
  const closes: number[] = [];
  const holidays = new Set(calendar.holidays);
  for (let date = windowStart - (windowStart % DAY_MS) - DAY_MS; date < windowEnd + DAY_MS; date += DAY_MS) {
    const d = new Date(date);
    const iso = d.toISOString().slice(0, 10);
    if (holidays.has(iso)) continue;
    // Monday is WEEKDAYS[0]; getUTCDay() gives Sunday as 0.
    const weekday = WEEKDAYS[(d.getUTCDay() + 6) % 7];
    for (const [open, close] of (weekday ? calendar.weekly[weekday] : undefined) ?? []) {
      const from = localToInstant(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), clockMinutes(open), calendar.timeZone);
      const to = localToInstant(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), clockMinutes(close), calendar.timeZone);
      if (to <= from) continue;
      opens.push(from);
      closes.push(to);
    }
  }
  // Ranges of one day never overlap (the calendar validation refuses that); sorting keeps the binary
  // search right whatever order a day's ranges were entered in.
  const order = opens.map((_, i) => i).sort((a, b) => (opens[a] ?? 0) - (opens[b] ?? 0));
  const o = new Float64Array(order.length);
  const c = new Float64Array(order.length);
  const cum = new Float64Array(order.length + 1);
  let total = 0;
  order.forEach((index, k) => {
    o[k] = opens[index] ?? 0;
    c[k] = closes[index] ?? 0;
    cum[k] = total;
    total += (c[k] ?? 0) - (o[k] ?? 0);
  });
  cum[order.length] = total;

  /** Business milliseconds from the window's start to t (t inside the window). */
  const before = (t: number): number => {
    // The last interval opening at or before t.
    let lo = 0;
    let hi = o.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((o[mid] ?? 0) <= t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return 0;
    return (cum[found] ?? 0) + Math.min(t, c[found] ?? 0) - (o[found] ?? 0);
  };

  return {
    minutes(start: number, end: number): number {
      if (!(end > start)) return 0;
      if (start < windowStart || end > windowEnd) return businessMinutes(new Date(start), new Date(end), calendar);
      return (before(end) - before(start)) / MINUTE_MS;
    },
  };
}

/**
 * Reads wall-clock timestamps of one time zone as instants, fast: the zone's offset is looked up
 * once per local hour (every zone in use changes its offset on the hour or half hour, at minute 0
 * or 30 of an hour that the cache keys on), then reused for every timestamp in that hour.
 */
export function zonedTimeReader(timeZone: string): (year: number, month: number, day: number, hour: number, minute: number, second: number) => number {
  const cache = new Map<number, number>();
  return (year, month, day, hour, minute, second) => {
    const half = minute >= 30 ? 1 : 0;
    const key = ((year * 13 + month) * 32 + day) * 48 + hour * 2 + half;
    let base = cache.get(key);
    if (base === undefined) {
      base = localToInstant(year, month, day, hour * 60 + half * 30, timeZone);
      cache.set(key, base);
    }
    return base + ((minute - half * 30) * 60 + second) * 1000;
  };
}
