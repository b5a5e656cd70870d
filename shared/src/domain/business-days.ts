import { WEEKDAYS } from '../schemas/enums.ts';
import type { BusinessCalendar } from '../schemas/vendors.ts';
import { localDateOf, localToInstant } from './business-minutes.ts';
import { clockMinutes } from './calendar.ts';
import { addDays } from './periods.ts';

/**
 * Business days on a vendor's calendar (SPEC §6: "the vendor has 10 business days to respond").
 * A business day is a local date on which the weekly schedule has hours and which is no holiday.
 * Counting starts the day after the start instant's local date — a complaint forwarded at 16:59 on
 * a Monday does not use up Monday — and the n-th business day ends when its last range closes.
 */

/** Does the calendar have hours on this local date (`YYYY-MM-DD`)? */
export function isBusinessDay(date: string, calendar: BusinessCalendar): boolean {
  if (calendar.holidays.includes(date)) return false;
  const weekday = WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7];
  return ((weekday ? calendar.weekly[weekday] : undefined) ?? []).length > 0;
}

/** The n-th business day after the local date of `start` (n ≥ 1); null for a calendar without hours. */
export function nthBusinessDay(start: Date, n: number, calendar: BusinessCalendar): string | null {
  if (!WEEKDAYS.some((d) => (calendar.weekly[d] ?? []).length > 0)) return null;
  let date = localDateOf(start, calendar.timeZone);
  let counted = 0;
  // A year of holidays cannot hide more than a year of business days; the bound keeps this finite.
  for (let i = 0; i < 3660 && counted < n; i++) {
    date = addDays(date, 1);
    if (isBusinessDay(date, calendar)) counted += 1;
  }
  return counted === n ? date : null;
}

/** The instant the n-th business day after `start` closes (its last range's end). */
export function addBusinessDays(start: Date, n: number, calendar: BusinessCalendar): Date | null {
  const date = nthBusinessDay(start, n, calendar);
  if (!date) return null;
  const weekday = WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7];
  const ranges = (weekday ? calendar.weekly[weekday] : undefined) ?? [];
  const close = Math.max(...ranges.map(([, c]) => clockMinutes(c)));
  const [year, month, day] = date.split('-').map(Number);
  return new Date(localToInstant(year ?? 0, month ?? 1, day ?? 1, close, calendar.timeZone));
}
