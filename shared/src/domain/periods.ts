import { withMessage } from '../messages.ts';
import { DAY_MS } from './durations.ts';

/**
 * Checkpoint periods (SPEC §4): calendar half-years named `YYYY-H1` (1 Jan – 30 Jun) and `YYYY-H2`
 * (1 Jul – 31 Dec). A period's data is due 30 days after it ends; reminders go out 14 and 3 days
 * before; an unsubmitted period lapses the pledge on the day after the due date.
 *
 * Dates here are calendar dates (`YYYY-MM-DD`) in UTC, the registry's reference zone: a due date
 * is a whole day everywhere in the world, and "the day after" starts at 00:00 UTC.
 */

export type PeriodName = `${number}-H${1 | 2}`;
export interface Period {
  year: number;
  half: 1 | 2;
}

export const PERIOD_PATTERN = withMessage('^[0-9]{4}-H[12]$', 'must be a half-year such as 2026-H1');
export const DUE_AFTER_DAYS = 30;
export const REMINDER_DAYS_BEFORE_DUE = [14, 3] as const;


export function parsePeriod(name: string): Period {
  const match = /^(\d{4})-H([12])$/.exec(name);
  if (!match) throw new RangeError(`not a period: ${name}`);
  return { year: Number(match[1]), half: Number(match[2]) as 1 | 2 };
}

export function formatPeriod(period: Period): PeriodName {
  return `${period.year}-H${period.half}` as PeriodName;
}

export function isPeriod(name: string): name is PeriodName {
  return /^\d{4}-H[12]$/.test(name);
}

/** The period an instant falls in (UTC). */
export function periodOf(instant: Date): PeriodName {
  return formatPeriod({ year: instant.getUTCFullYear(), half: instant.getUTCMonth() < 6 ? 1 : 2 });
}

export function nextPeriod(name: string): PeriodName {
  const { year, half } = parsePeriod(name);
  return formatPeriod(half === 1 ? { year, half: 2 } : { year: year + 1, half: 1 });
}

export function previousPeriod(name: string): PeriodName {
  const { year, half } = parsePeriod(name);
  return formatPeriod(half === 2 ? { year, half: 1 } : { year: year - 1, half: 2 });
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return pa.year - pb.year || pa.half - pb.half;
}

/** Every period from `first` to `last`, both included (empty when last is before first). */
export function periodsBetween(first: string, last: string): PeriodName[] {
  const out: PeriodName[] = [];
  for (let p = formatPeriod(parsePeriod(first)); comparePeriods(p, last) <= 0; p = nextPeriod(p)) out.push(p);
  return out;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dateMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  return isoDate(dateMs(date) + days * DAY_MS);
}

/** First and last day of the period. */
export function periodBounds(name: string): { start: string; end: string } {
  const { year, half } = parsePeriod(name);
  return half === 1 ? { start: `${year}-01-01`, end: `${year}-06-30` } : { start: `${year}-07-01`, end: `${year}-12-31` };
}

/** The last day on which the period's data is on time: 30 days after the period ends. */
export function dueDate(name: string): string {
  return addDays(periodBounds(name).end, DUE_AFTER_DAYS);
}

/** The day a period with no submitted data lapses the pledge: the day after the due date. */
export function lapseDate(name: string): string {
  return addDays(dueDate(name), 1);
}

/** The days the reminders go out: 14 and 3 days before the due date. */
export function reminderDates(name: string): string[] {
  return REMINDER_DAYS_BEFORE_DUE.map((days) => addDays(dueDate(name), -days));
}

/** The UTC calendar date of an instant. */
export function dateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export type CalendarStatus = 'upcoming' | 'open' | 'due' | 'overdue';

/**
 * Where a period stands on `today`, before submissions are considered: not started yet
 * (`upcoming`), running (`open`), ended with data due (`due`, up to and including the due date),
 * or past its due date (`overdue`).
 */
export function calendarStatus(name: string, today: string): CalendarStatus {
  const { start, end } = periodBounds(name);
  if (today < start) return 'upcoming';
  if (today <= end) return 'open';
  if (today <= dueDate(name)) return 'due';
  return 'overdue';
}

/**
 * The periods a pledge answers for on `today`: from the one in which it became active to the one
 * running now (the current one is `open`; its data is not due yet).
 */
export function pledgePeriods(activeSince: Date, today: Date): PeriodName[] {
  return periodsBetween(periodOf(activeSince), periodOf(today));
}

/** How people read a period: `2026-H1` → "1st half of 2026". */
export function periodLabel(period: string): string {
  const [year, half] = period.split('-');
  return `${half === 'H1' ? '1st' : '2nd'} half of ${year}`;
}
