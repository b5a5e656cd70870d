import { WEEKDAYS } from '../schemas/enums.ts';
import type { BusinessCalendar } from '../schemas/vendors.ts';
import { clockMinutes } from './calendar.ts';
import { DAY_MS, MINUTE_MS } from './durations.ts';

/**
 * Business minutes between two instants on a vendor's calendar (SPEC §5): only time inside the
 * weekly ranges of the vendor's time zone counts — across nights, weekends, holidays and
 * daylight-saving changes. A ticket opened outside hours starts its clock at the next opening.
 *
 * Each open range is turned into the two real instants at which it opens and closes on that local
 * date, then intersected with the interval: a day on which the clocks change is simply an hour
 * shorter or longer, and nothing is assumed about offsets.
 */


const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: number, timeZone: string): WallClock {
  const out: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return { year: out.year ?? 0, month: out.month ?? 1, day: out.day ?? 1, hour: out.hour ?? 0, minute: out.minute ?? 0, second: out.second ?? 0 };
}

/** The local calendar date (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  const w = wallClock(instant.getTime(), timeZone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock of `timeZone` shows `minutes` past midnight of the given
 * local date. Where the clocks go back and the time is shown twice, the first of the two instants;
 * where they spring forward and skip it, the instant at which the clock jumped.
 *
 * The zone's offsets a day before and a day after are the only two a change that day can be
 * between; each gives a candidate, kept only if the wall clock really shows the time then.
 */
export function localToInstant(year: number, month: number, day: number, minutes: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day) + minutes * MINUTE_MS;
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  if (before === after && offsetAt(wall - before, timeZone) === before) return wall - before;
  const shows = (instant: number) => instant + offsetAt(instant, timeZone) === wall;
  const candidates = [wall - before, wall - after].filter(shows);
  if (candidates.length > 0) return Math.min(...candidates);
  // Skipped: the change happened between the two readings; find its minute.
  let lo = Math.min(wall - before, wall - after);
  let hi = Math.max(wall - before, wall - after);
  const startOffset = offsetAt(lo, timeZone);
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(mid, timeZone) === startOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Business minutes between `start` and `end` (0 when end is not after start). Fractional. */
export function businessMinutes(start: Date, end: Date, calendar: BusinessCalendar): number {
  const from = start.getTime();
  const to = end.getTime();
  if (!(to > from)) return 0;
  const holidays = new Set(calendar.holidays);
  const first = wallClock(from, calendar.timeZone);
  let date = Date.UTC(first.year, first.month - 1, first.day) - DAY_MS; // a range may start the evening before
  let total = 0;
  for (;;) {
    const d = new Date(date);
    const year = d.getUTCFullYear();
    const month = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    const dayStart = localToInstant(year, month, day, 0, calendar.timeZone);
    if (dayStart >= to) break;
    const iso = d.toISOString().slice(0, 10);
    if (!holidays.has(iso)) {
      // Monday is WEEKDAYS[0]; getUTCDay() gives Sunday as 0.
      const weekday = WEEKDAYS[(d.getUTCDay() + 6) % 7];
      for (const [open, close] of (weekday ? calendar.weekly[weekday] : undefined) ?? []) {
        const opens = localToInstant(year, month, day, clockMinutes(open), calendar.timeZone);
        const closes = localToInstant(year, month, day, clockMinutes(close), calendar.timeZone);
        const overlap = Math.min(closes, to) - Math.max(opens, from);
        if (overlap > 0) total += overlap;
      }
    }
    date += DAY_MS;
  }
  return total / MINUTE_MS;
}
