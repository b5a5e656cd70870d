import fc from 'fast-check';
import type { BusinessCalendar } from '../../schemas/vendors.ts';
import { businessClock, zonedTimeReader } from '../business-clock.ts';
import { businessMinutes, localToInstant } from '../business-minutes.ts';
import { addLocalDays, calendarCaseArb, DAY_MS, instantsShowing, offsetOf, ZONES } from './support/zones.ts';

const weekdays = (ranges: [string, string][]) => ({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges });
const newYork: BusinessCalendar = { timeZone: 'America/New_York', weekly: weekdays([['09:00', '12:00'], ['13:00', '17:00']]), holidays: ['2026-07-03'] };
const ms = (iso: string) => Date.parse(iso);
const exact = (a: number, b: number, calendar: BusinessCalendar) => businessMinutes(new Date(a), new Date(b), calendar);

describe('businessClock (hand-checked)', () => {
  const clock = businessClock(newYork, ms('2026-06-01T00:00:00Z'), ms('2026-08-01T00:00:00Z'));

  it('counts inside one day, leaving out the lunch break', () => {
    // Tuesday 2 June, 11:00–14:00 EDT: 60 before lunch, 60 after.
    expect(clock.minutes(ms('2026-06-02T15:00:00Z'), ms('2026-06-02T18:00:00Z'))).toBe(120);
  });

  it('skips nights, weekends and holidays', () => {
    // Thursday 2 July 16:00 EDT to Monday 6 July 10:00 EDT; Friday 3 July is a holiday: 60 + 60.
    expect(clock.minutes(ms('2026-07-02T20:00:00Z'), ms('2026-07-06T14:00:00Z'))).toBe(120);
    // A whole week: five days of seven hours, one of them the holiday.
    expect(clock.minutes(ms('2026-06-29T04:00:00Z'), ms('2026-07-06T04:00:00Z'))).toBe(4 * 7 * 60);
  });

  it('is zero when the end is not after the start', () => {
    expect(clock.minutes(ms('2026-06-02T18:00:00Z'), ms('2026-06-02T15:00:00Z'))).toBe(0);
    expect(clock.minutes(ms('2026-06-02T15:00:00Z'), ms('2026-06-02T15:00:00Z'))).toBe(0);
  });

  it('answers at the very edges of its window and outside it like businessMinutes', () => {
    const [start, end] = [ms('2026-06-01T00:00:00Z'), ms('2026-08-01T00:00:00Z')];
    expect(clock.minutes(start, end)).toBe(exact(start, end, newYork));
    // Straddling either edge: the clock defers to businessMinutes.
    expect(clock.minutes(ms('2026-05-29T14:00:00Z'), ms('2026-06-01T14:00:00Z'))).toBe(exact(ms('2026-05-29T14:00:00Z'), ms('2026-06-01T14:00:00Z'), newYork));
    expect(clock.minutes(ms('2026-05-29T14:00:00Z'), ms('2026-06-01T14:00:00Z'))).toBe(420);
    expect(clock.minutes(ms('2026-07-31T14:00:00Z'), ms('2026-08-03T14:00:00Z'))).toBe(420);
  });

  it('takes a day’s ranges in any order', () => {
    const shuffled: BusinessCalendar = { ...newYork, weekly: weekdays([['13:00', '17:00'], ['09:00', '12:00']]) };
    const other = businessClock(shuffled, ms('2026-06-01T00:00:00Z'), ms('2026-08-01T00:00:00Z'));
    expect(other.minutes(ms('2026-06-02T12:00:00Z'), ms('2026-06-05T21:00:00Z'))).toBe(4 * 7 * 60);
  });
});

/** A calendar with a clock window near its anchor, and two queries: one inside, one anywhere. */
const clockCaseArb = calendarCaseArb().chain(({ calendar, anchor }) =>
  fc
    .record({
      startShift: fc.integer({ min: -3 * DAY_MS, max: 0 }),
      length: fc.integer({ min: DAY_MS, max: 20 * DAY_MS }),
      inside: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
      anywhere: fc.tuple(fc.integer({ min: -4 * DAY_MS, max: 24 * DAY_MS }), fc.integer({ min: -DAY_MS, max: 8 * DAY_MS })),
    })
    .map(({ startShift, length, inside, anywhere }) => {
      const windowStart = anchor + startShift;
      const windowEnd = windowStart + length;
      const [x, y] = inside;
      const [p, q] = [windowStart + Math.round(Math.min(x, y) * length), windowStart + Math.round(Math.max(x, y) * length)];
      const [from, span] = anywhere;
      return { calendar, windowStart, windowEnd, inside: [p, q] as const, anywhere: [windowStart + from, windowStart + from + span] as const };
    }),
);

describe('businessClock properties (random calendars, DST days often)', () => {
  it('equals businessMinutes for instants inside its window', () => {
    fc.assert(
      fc.property(clockCaseArb, ({ calendar, windowStart, windowEnd, inside: [a, b] }) => {
        const clock = businessClock(calendar, windowStart, windowEnd);
        expect(Math.abs(clock.minutes(a, b) - exact(a, b, calendar))).toBeLessThan(1e-6);
        expect(clock.minutes(b, a)).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('equals businessMinutes for any instants, inside the window or not (falling back outside)', () => {
    fc.assert(
      fc.property(clockCaseArb, ({ calendar, windowStart, windowEnd, anywhere: [a, b] }) => {
        const clock = businessClock(calendar, windowStart, windowEnd);
        expect(Math.abs(clock.minutes(a, b) - exact(a, b, calendar))).toBeLessThan(1e-6);
      }),
      { numRuns: 60 },
    );
  });

  it('is additive inside its window', () => {
    fc.assert(
      fc.property(clockCaseArb, fc.double({ min: 0, max: 1, noNaN: true }), ({ calendar, windowStart, windowEnd, inside: [a, b] }, split) => {
        const clock = businessClock(calendar, windowStart, windowEnd);
        const m = a + Math.round(split * (b - a));
        expect(Math.abs(clock.minutes(a, b) - clock.minutes(a, m) - clock.minutes(m, b))).toBeLessThan(1e-6);
      }),
      { numRuns: 40 },
    );
  });
});

describe('zonedTimeReader', () => {
  it('reads wall-clock times as instants (hand-checked)', () => {
    expect(new Date(zonedTimeReader('Europe/Berlin')(2026, 7, 1, 9, 15, 30)).toISOString()).toBe('2026-07-01T07:15:30.000Z');
    expect(new Date(zonedTimeReader('America/New_York')(2026, 1, 15, 9, 0, 0)).toISOString()).toBe('2026-01-15T14:00:00.000Z');
    expect(new Date(zonedTimeReader('Asia/Kolkata')(2026, 5, 20, 10, 45, 0)).toISOString()).toBe('2026-05-20T05:15:00.000Z');
    expect(new Date(zonedTimeReader('Asia/Kolkata')(2026, 5, 20, 10, 15, 59)).toISOString()).toBe('2026-05-20T04:45:59.000Z');
    expect(new Date(zonedTimeReader('Australia/Sydney')(2026, 1, 1, 0, 30, 0)).toISOString()).toBe('2025-12-31T13:30:00.000Z');
    expect(new Date(zonedTimeReader('UTC')(2026, 12, 31, 23, 59, 59)).toISOString()).toBe('2026-12-31T23:59:59.000Z');
  });

  it('gives the same answer from its cache as on first reading', () => {
    const read = zonedTimeReader('Asia/Kolkata');
    const first = [read(2026, 3, 1, 10, 10, 0), read(2026, 3, 1, 10, 40, 0), read(2026, 3, 1, 10, 20, 5)];
    const again = [read(2026, 3, 1, 10, 10, 0), read(2026, 3, 1, 10, 40, 0), read(2026, 3, 1, 10, 20, 5)];
    expect(again).toEqual(first);
    expect(first[1]).toBe(Date.parse('2026-03-01T05:10:00Z'));
  });

  // One reader per zone for the whole property, so that its per-hour cache is shared across runs.
  const readers = new Map(ZONES.map((zone) => [zone, zonedTimeReader(zone)]));

  it('equals localToInstant plus the seconds, and the instant the wall clock shows, on ordinary days', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 3 * 365 - 1 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, dayIndex, hour, minute, second) => {
          const date = addLocalDays({ year: 2025, month: 1, day: 1 }, dayIndex);
          const midnightUtc = Date.UTC(date.year, date.month - 1, date.day);
          // An ordinary day: no clock change from the day before to the day after.
          fc.pre(offsetOf(midnightUtc - 2 * DAY_MS, zone) === offsetOf(midnightUtc + 3 * DAY_MS, zone));
          const read = readers.get(zone);
          if (!read) throw new Error(`no reader for ${zone}`);
          const got = read(date.year, date.month, date.day, hour, minute, second);
          expect(got).toBe(localToInstant(date.year, date.month, date.day, hour * 60 + minute, zone) + second * 1000);
          expect([got - second * 1000]).toEqual(instantsShowing(date.year, date.month, date.day, hour * 60 + minute, zone));
          // A fresh reader (empty cache) agrees.
          expect(zonedTimeReader(zone)(date.year, date.month, date.day, hour, minute, second)).toBe(got);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('clock-change days (see localToInstant in business-minutes.test.ts)', () => {
  it('zonedTimeReader reads New York 2026-03-08 03:15:00 as 07:15Z', () => {
    expect(new Date(zonedTimeReader('America/New_York')(2026, 3, 8, 3, 15, 0)).toISOString()).toBe('2026-03-08T07:15:00.000Z');
  });

  it('businessClock and businessMinutes agree when a range ends in Berlin’s skipped hour (both should be 30)', () => {
    // Ranges 01:00–02:30 and 03:00–04:00 on Sunday 29 March 2026: the first really closes at the jump
    // (01:00Z) and the second opens then; 00:45Z–01:15Z holds 15 + 15 business minutes. Today the
    // first range is stretched to 01:30Z, overlapping the second, and the two functions disagree.
    const calendar: BusinessCalendar = { timeZone: 'Europe/Berlin', weekly: { sun: [['01:00', '02:30'], ['03:00', '04:00']] }, holidays: [] };
    const clock = businessClock(calendar, ms('2026-03-27T00:00:00Z'), ms('2026-04-01T00:00:00Z'));
    const [a, b] = [ms('2026-03-29T00:45:00Z'), ms('2026-03-29T01:15:00Z')];
    expect([clock.minutes(a, b), exact(a, b, calendar)]).toEqual([30, 30]);
  });
});
