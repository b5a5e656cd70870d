import fc from 'fast-check';
import { WEEKDAYS, type Weekday } from '../../../schemas/enums.ts';
import type { BusinessCalendar } from '../../../schemas/vendors.ts';
import { localToInstant } from '../../business-minutes.ts';
import { clockMinutes } from '../../calendar.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../durations.ts';

/**
 * Test-side time-zone arithmetic, written independently of the domain code: offsets come from
 * Intl's `longOffset` time-zone name (not from formatted date fields), and a wall-clock time is
 * mapped to every instant that shows it, so a gap (no instant) and an overlap (two) are explicit.
 * Also the fast-check arbitraries for calendars and instants shared by the business-time tests.
 */

export { DAY_MS, HOUR_MS, MINUTE_MS };

export const ZONES = ['Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'] as const;
export type Zone = (typeof ZONES)[number];

export const FROM_2025 = Date.UTC(2025, 0, 1);
export const TO_2027 = Date.UTC(2028, 0, 1) - 1;

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at `instant`, in milliseconds (east positive). */
export function offsetOf(instant: number, zone: string): number {
  let f = offsetFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormatters.set(zone, f);
  }
  const name = f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) throw new Error(`unexpected offset name ${name} for ${zone}`);
  if (!m[1]) return 0;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * HOUR_MS + Number(m[3]) * MINUTE_MS);
}

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** The local calendar date and minutes past local midnight at `instant`. */
export function wallClockOf(instant: number, zone: string): LocalDate & { minutes: number } {
  const local = new Date(instant + offsetOf(instant, zone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60 + local.getUTCMilliseconds() / MINUTE_MS,
  };
}

/** Every instant at which the zone's wall clock shows `minutes` past midnight of the local date. */
export function instantsShowing(year: number, month: number, day: number, minutes: number, zone: string): number[] {
  const asUtc = Date.UTC(year, month - 1, day) + minutes * MINUTE_MS;
  // The zones used here change their offset at most once within two days.
  const offsets = new Set([offsetOf(asUtc - DAY_MS, zone), offsetOf(asUtc, zone), offsetOf(asUtc + DAY_MS, zone)]);
  return [...offsets]
    .map((o) => asUtc - o)
    .filter((t) => offsetOf(t, zone) === asUtc - t)
    .sort((a, b) => a - b);
}

/**
 * The instant a business range boundary should fall on: the only instant showing that time, one of
 * the two in an overlap (either reading keeps the boundaries in order), and in a spring-forward gap
 * the instant the clock jumped — what `localToInstant`'s own comment promises.
 */
export function acceptableBoundaries(year: number, month: number, day: number, minutes: number, zone: string): number[] {
  const shown = instantsShowing(year, month, day, minutes, zone);
  if (shown.length > 0) return shown;
  const asUtc = Date.UTC(year, month - 1, day) + minutes * MINUTE_MS;
  let lo = asUtc - DAY_MS;
  let hi = asUtc + DAY_MS;
  const before = offsetOf(lo, zone);
  // Binary search on whole minutes for the first instant with the new offset.
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetOf(mid, zone) === before) lo = mid;
    else hi = mid;
  }
  return [hi];
}

/** The instant of local midnight starting the given date (midnight exists in every zone used here). */
export function localMidnight(date: LocalDate, zone: string): number {
  const [first] = instantsShowing(date.year, date.month, date.day, 0, zone);
  if (first === undefined) throw new Error(`no midnight on ${isoOf(date)} in ${zone}`);
  return first;
}

export function isoOf(date: LocalDate): string {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).toISOString().slice(0, 10);
}

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function weekdayOf(date: LocalDate): Weekday {
  const w = WEEKDAYS[(new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7];
  if (!w) throw new Error('unreachable: a weekday index is 0..6');
  return w;
}

const transitionCache = new Map<string, number[]>();

/** The instants in 2025–2027 at which the zone's offset changes (found by scanning, to the minute). */
export function transitionsOf(zone: string): number[] {
  const cached = transitionCache.get(zone);
  if (cached) return cached;
  const found: number[] = [];
  for (let t = FROM_2025; t < TO_2027; t += DAY_MS) {
    if (offsetOf(t, zone) === offsetOf(t + DAY_MS, zone)) continue;
    let lo = t;
    let hi = t + DAY_MS;
    const before = offsetOf(lo, zone);
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (offsetOf(mid, zone) === before) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  transitionCache.set(zone, found);
  return found;
}

/** `HH:MM` for minutes past midnight (1440 is `24:00`). */
export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * True when, on every local date touching [from, to] (one day of margin each side), every range
 * boundary of the calendar is placed by `localToInstant` where `acceptableBoundaries` says —
 * computed here independently of the domain code.
 */
export function boundariesPlacedRight(calendar: BusinessCalendar, from: number, to: number): boolean {
  const first = addLocalDays(wallClockOf(from, calendar.timeZone), -1);
  const last = addLocalDays(wallClockOf(to, calendar.timeZone), 1);
  for (let date = first; isoOf(date) <= isoOf(last); date = addLocalDays(date, 1)) {
    for (const [open, close] of calendar.weekly[weekdayOf(date)] ?? []) {
      for (const minutes of [clockMinutes(open), clockMinutes(close)]) {
        const placed = localToInstant(date.year, date.month, date.day, minutes, calendar.timeZone);
        if (!acceptableBoundaries(date.year, date.month, date.day, minutes, calendar.timeZone).includes(placed)) return false;
      }
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** Up to three non-overlapping ranges for one day on a quarter-hour grid, in any order. */
export const dayRangesArb: fc.Arbitrary<[string, string][]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 6 })
  .chain((points) => {
    const sorted = [...points].sort((a, b) => a - b).map((q) => q * 15);
    const ranges: [string, string][] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) ranges.push([hhmm(sorted[i] ?? 0), hhmm(sorted[i + 1] ?? 0)]);
    return fc.shuffledSubarray(ranges, { minLength: ranges.length, maxLength: ranges.length });
  });

/** A weekly schedule; `days` limits which days may have hours (e.g. Monday to Friday). */
export function weeklyArb(days: readonly Weekday[] = WEEKDAYS): fc.Arbitrary<BusinessCalendar['weekly']> {
  return fc.tuple(...days.map(() => fc.option(dayRangesArb, { nil: undefined }))).map((perDay) => {
    const weekly: BusinessCalendar['weekly'] = {};
    days.forEach((day, i) => {
      const ranges = perDay[i];
      if (ranges !== undefined) weekly[day] = ranges;
    });
    return weekly;
  });
}

/**
 * An instant in 2025–2027 for `zone`: half of the time within two days of one of the zone's
 * clock changes, so that DST days come up often.
 */
export function instantArb(zone: string): fc.Arbitrary<number> {
  const transitions = transitionsOf(zone);
  const uniform = fc.integer({ min: FROM_2025, max: TO_2027 });
  if (transitions.length === 0) return uniform;
  return fc.oneof(
    uniform,
    fc.tuple(fc.constantFrom(...transitions), fc.integer({ min: -2 * DAY_MS, max: 2 * DAY_MS })).map(([t, d]) => t + d),
  );
}

/** Holidays: a few dates near `around` (so they matter) and a few anywhere in 2025–2027. */
export function holidaysArb(around: number, zone: string): fc.Arbitrary<string[]> {
  const base = wallClockOf(around, zone);
  return fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: -2, max: 8 }), { maxLength: 3 }),
      fc.uniqueArray(fc.integer({ min: 0, max: 3 * 365 }), { maxLength: 3 }),
    )
    .map(([near, anywhere]) => {
      const dates = [
        ...near.map((d) => isoOf(addLocalDays(base, d))),
        ...anywhere.map((d) => isoOf(addLocalDays({ year: 2025, month: 1, day: 1 }, d))),
      ];
      return [...new Set(dates)];
    });
}

export interface CalendarCase {
  calendar: BusinessCalendar;
  /** An instant in 2025–2027 the holidays were placed around. */
  anchor: number;
}

/** A random calendar together with an anchor instant near which its holidays and DST days lie. */
export function calendarCaseArb(days: readonly Weekday[] = WEEKDAYS): fc.Arbitrary<CalendarCase> {
  return fc.constantFrom(...ZONES).chain((timeZone) =>
    instantArb(timeZone).chain((anchor) =>
      fc.record({ weekly: weeklyArb(days), holidays: holidaysArb(anchor, timeZone) }).map(({ weekly, holidays }) => ({
        calendar: { timeZone, weekly, holidays },
        anchor,
      })),
    ),
  );
}
