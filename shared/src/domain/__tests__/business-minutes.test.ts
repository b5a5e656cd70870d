import fc from 'fast-check';
import type { BusinessCalendar } from '../../schemas/vendors.ts';
import { businessMinutes, localToInstant } from '../business-minutes.ts';
import {
  addLocalDays,
  boundariesPlacedRight,
  calendarCaseArb,
  DAY_MS,
  instantsShowing,
  isoOf,
  localMidnight,
  MINUTE_MS,
  offsetOf,
  transitionsOf,
  wallClockOf,
  weekdayOf,
  ZONES,
  type CalendarCase,
  type LocalDate,
} from './support/zones.ts';

const weekdays = (ranges: [string, string][]) => ({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges });
const everyDay = (ranges: [string, string][]) => ({ ...weekdays(ranges), sat: ranges, sun: ranges });
const newYork: BusinessCalendar = { timeZone: 'America/New_York', weekly: weekdays([['09:00', '17:00']]), holidays: ['2026-07-03'] };
const paris: BusinessCalendar = { timeZone: 'Europe/Paris', weekly: weekdays([['09:00', '12:00'], ['13:00', '18:00']]), holidays: [] };
const around: BusinessCalendar = { timeZone: 'Europe/Paris', weekly: { sun: [['00:00', '24:00']], sat: [['00:00', '24:00']] }, holidays: [] };
const at = (iso: string) => new Date(iso);
const minutesOf = (a: number, b: number, calendar: BusinessCalendar) => businessMinutes(new Date(a), new Date(b), calendar);

describe('businessMinutes', () => {
  it('counts time inside the hours of one day', () => {
    // Tuesday 10:00–11:30 in New York (EDT, UTC−4).
    expect(businessMinutes(at('2026-06-02T14:00:00Z'), at('2026-06-02T15:30:00Z'), newYork)).toBe(90);
  });

  it('starts the clock at the next opening for a ticket opened at night', () => {
    // Opened Monday 20:00 EDT, answered Tuesday 09:45 EDT: 45 business minutes.
    expect(businessMinutes(at('2026-06-02T00:00:00Z'), at('2026-06-02T13:45:00Z'), newYork)).toBe(45);
  });

  it('starts the clock at Monday’s opening for a ticket opened on Saturday', () => {
    // Opened Saturday 6 June 10:00 EDT, answered Monday 8 June 09:30 EDT: 30 business minutes.
    expect(businessMinutes(at('2026-06-06T14:00:00Z'), at('2026-06-08T13:30:00Z'), newYork)).toBe(30);
  });

  it('skips weekends and holidays', () => {
    // Thursday 2 July 16:00 EDT to Monday 6 July 10:00 EDT; Friday 3 July is a holiday: 60 + 60.
    expect(businessMinutes(at('2026-07-02T20:00:00Z'), at('2026-07-06T14:00:00Z'), newYork)).toBe(120);
    // The whole holiday, from its local midnight to the next: nothing.
    expect(businessMinutes(at('2026-07-03T04:00:00Z'), at('2026-07-04T04:00:00Z'), newYork)).toBe(0);
  });

  it('leaves out a lunch break between two ranges', () => {
    // Paris, Monday 11:00–14:00 local (CEST, UTC+2): 60 before lunch, 60 after.
    expect(businessMinutes(at('2026-06-01T09:00:00Z'), at('2026-06-01T12:00:00Z'), paris)).toBe(120);
    // Wholly inside the lunch break: nothing.
    expect(businessMinutes(at('2026-06-01T10:05:00Z'), at('2026-06-01T10:55:00Z'), paris)).toBe(0);
  });

  it('follows daylight-saving changes in both directions, in America and Europe', () => {
    // Europe springs forward on Sunday 29 March 2026: that day has 23 hours.
    expect(businessMinutes(at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'), around)).toBe(23 * 60);
    // ...and falls back on Sunday 25 October 2026: 25 hours.
    expect(businessMinutes(at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z'), around)).toBe(25 * 60);
    // New York springs forward on 8 March 2026: Friday 16:00 EST to Monday 10:00 EDT is still 2 hours.
    expect(businessMinutes(at('2026-03-06T21:00:00Z'), at('2026-03-09T14:00:00Z'), newYork)).toBe(120);
    // ...and falls back on 1 November 2026: Friday 16:00 EDT to Monday 10:00 EST, 2 hours again.
    expect(businessMinutes(at('2026-10-30T20:00:00Z'), at('2026-11-02T15:00:00Z'), newYork)).toBe(120);
  });

  describe('on the days the clocks change (hand-checked)', () => {
    const berlinNights: BusinessCalendar = { timeZone: 'Europe/Berlin', weekly: { sun: [['00:00', '06:00']] }, holidays: [] };
    const newYorkMornings: BusinessCalendar = { timeZone: 'America/New_York', weekly: { sun: [['00:00', '12:00']] }, holidays: [] };
    const newYorkWeekends: BusinessCalendar = { timeZone: 'America/New_York', weekly: { sat: [['00:00', '24:00']], sun: [['00:00', '24:00']] }, holidays: [] };
    const berlinDaily: BusinessCalendar = { timeZone: 'Europe/Berlin', weekly: everyDay([['08:00', '20:00']]), holidays: [] };
    const newYorkDaily: BusinessCalendar = { timeZone: 'America/New_York', weekly: everyDay([['08:00', '20:00']]), holidays: [] };

    it('Europe/Berlin, 29 March 2026 (spring forward): a night range 00:00–06:00 lasts 5 hours', () => {
      // 00:00 CET is 23:00Z the day before; 06:00 CEST is 04:00Z.
      expect(businessMinutes(at('2026-03-27T00:00:00Z'), at('2026-03-31T00:00:00Z'), berlinNights)).toBe(300);
      // Up to 02:30Z (04:30 CEST): 00:00 CET → 04:30 CEST is 3.5 hours.
      expect(businessMinutes(at('2026-03-28T12:00:00Z'), at('2026-03-29T02:30:00Z'), berlinNights)).toBe(210);
    });

    it('Europe/Berlin, 25 October 2026 (fall back): a night range 00:00–06:00 lasts 7 hours', () => {
      // 00:00 CEST is 22:00Z the day before; 06:00 CET is 05:00Z.
      expect(businessMinutes(at('2026-10-23T00:00:00Z'), at('2026-10-27T00:00:00Z'), berlinNights)).toBe(420);
    });

    it('Europe/Berlin, a seven-day desk open 08:00–20:00 across both changes', () => {
      // Saturday 12:00 CET (11:00Z) to Monday 09:00 CEST (07:00Z): 8 h + 12 h + 1 h.
      expect(businessMinutes(at('2026-03-28T11:00:00Z'), at('2026-03-30T07:00:00Z'), berlinDaily)).toBe(1260);
      // Saturday 12:00 CEST (10:00Z) to Monday 09:00 CET (08:00Z): the same 21 hours.
      expect(businessMinutes(at('2026-10-24T10:00:00Z'), at('2026-10-26T08:00:00Z'), berlinDaily)).toBe(1260);
    });

    it('America/New_York, 8 March 2026 (spring forward): 00:00–12:00 lasts 11 hours, the whole day 23', () => {
      // 00:00 EST is 05:00Z; 12:00 EDT is 16:00Z.
      expect(businessMinutes(at('2026-03-06T00:00:00Z'), at('2026-03-10T00:00:00Z'), newYorkMornings)).toBe(660);
      // Sunday 00:00 EST (05:00Z) to Monday 00:00 EDT (04:00Z).
      expect(businessMinutes(at('2026-03-08T05:00:00Z'), at('2026-03-09T04:00:00Z'), newYorkWeekends)).toBe(23 * 60);
    });

    it('America/New_York, 1 November 2026 (fall back): 00:00–12:00 lasts 13 hours, the whole day 25', () => {
      // 00:00 EDT is 04:00Z; 12:00 EST is 17:00Z.
      expect(businessMinutes(at('2026-10-30T00:00:00Z'), at('2026-11-03T00:00:00Z'), newYorkMornings)).toBe(780);
      // Sunday 00:00 EDT (04:00Z) to Monday 00:00 EST (05:00Z).
      expect(businessMinutes(at('2026-11-01T04:00:00Z'), at('2026-11-02T05:00:00Z'), newYorkWeekends)).toBe(25 * 60);
    });

    it('America/New_York, a seven-day desk open 08:00–20:00 across both changes', () => {
      // Saturday 12:00 EST (17:00Z) to Monday 09:00 EDT (13:00Z): 8 h + 12 h + 1 h.
      expect(businessMinutes(at('2026-03-07T17:00:00Z'), at('2026-03-09T13:00:00Z'), newYorkDaily)).toBe(1260);
      // Saturday 12:00 EDT (16:00Z) to Monday 09:00 EST (14:00Z).
      expect(businessMinutes(at('2026-10-31T16:00:00Z'), at('2026-11-02T14:00:00Z'), newYorkDaily)).toBe(1260);
      // Sunday 8 March, opened 07:00 EDT (11:00Z) before the 08:00 opening, answered 10:30 EDT (14:30Z).
      expect(businessMinutes(at('2026-03-08T11:00:00Z'), at('2026-03-08T14:30:00Z'), newYorkDaily)).toBe(150);
    });
  });

  it('is zero for an interval wholly outside hours, or reversed', () => {
    expect(businessMinutes(at('2026-06-06T12:00:00Z'), at('2026-06-07T20:00:00Z'), newYork)).toBe(0);
    expect(businessMinutes(at('2026-06-02T15:00:00Z'), at('2026-06-02T14:00:00Z'), newYork)).toBe(0);
  });
});

/** A calendar case with an interval [a, b] near its anchor and a point m between them. */
const intervalArb = (days?: Parameters<typeof calendarCaseArb>[0]) =>
  calendarCaseArb(days).chain((c: CalendarCase) =>
    fc
      .tuple(fc.integer({ min: -DAY_MS, max: DAY_MS }), fc.integer({ min: 0, max: 6 * DAY_MS }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([shift, length, split]) => {
        const a = c.anchor + shift;
        const b = a + length;
        return { calendar: c.calendar, a, b, m: a + Math.round(split * length) };
      }),
  );

describe('businessMinutes properties (random calendars in six zones, 2025–2027, DST days often)', () => {
  it('is additive: splitting an interval anywhere changes nothing', () => {
    fc.assert(
      fc.property(intervalArb(), ({ calendar, a, b, m }) => {
        const whole = minutesOf(a, b, calendar);
        const parts = minutesOf(a, m, calendar) + minutesOf(m, b, calendar);
        expect(Math.abs(whole - parts)).toBeLessThan(1e-6);
      }),
      { numRuns: 120 },
    );
  });

  it('places every range boundary on an instant at which the wall clock shows it (or the jump, when skipped)', () => {
    fc.assert(
      fc.property(intervalArb(), ({ calendar, a, b }) => {
        expect(boundariesPlacedRight(calendar, a, b)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it('is never negative, and zero when the end is not after the start', () => {
    fc.assert(
      fc.property(intervalArb(), ({ calendar, a, b }) => {
        expect(minutesOf(a, b, calendar)).toBeGreaterThanOrEqual(0);
        expect(minutesOf(b, a, calendar)).toBe(0);
        expect(minutesOf(a, a, calendar)).toBe(0);
      }),
      { numRuns: 80 },
    );
  });

  it('never counts more minutes than the clock on the wall does', () => {
    fc.assert(
      fc.property(intervalArb(), ({ calendar, a, b }) => {
        expect(minutesOf(a, b, calendar)).toBeLessThanOrEqual((b - a) / MINUTE_MS + 1e-9);
      }),
      { numRuns: 120 },
    );
  });

  it('is zero for any interval inside a holiday', () => {
    fc.assert(
      fc.property(
        calendarCaseArb(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ calendar, anchor }, x, y) => {
          const holiday = wallClockOf(anchor, calendar.timeZone);
          const from = localMidnight(holiday, calendar.timeZone);
          const to = localMidnight(addLocalDays(holiday, 1), calendar.timeZone);
          const withHoliday = { ...calendar, holidays: [...calendar.holidays, isoOf(holiday)] };
          const [p, q] = [from + Math.round(Math.min(x, y) * (to - from)), from + Math.round(Math.max(x, y) * (to - from))];
          expect(minutesOf(from, to, withHoliday)).toBe(0);
          expect(minutesOf(p, q, withHoliday)).toBe(0);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('is zero over a weekend for a Monday-to-Friday calendar', () => {
    fc.assert(
      fc.property(calendarCaseArb(['mon', 'tue', 'wed', 'thu', 'fri']), fc.double({ min: 0, max: 1, noNaN: true }), ({ calendar, anchor }, x) => {
        let saturday: LocalDate = wallClockOf(anchor, calendar.timeZone);
        while (weekdayOf(saturday) !== 'sat') saturday = addLocalDays(saturday, 1);
        const from = localMidnight(saturday, calendar.timeZone);
        const to = localMidnight(addLocalDays(saturday, 2), calendar.timeZone);
        expect(minutesOf(from, to, calendar)).toBe(0);
        expect(minutesOf(from + Math.round(x * (to - from)), to, calendar)).toBe(0);
      }),
      { numRuns: 80 },
    );
  });

  it('agrees with a minute-by-minute count of the wall clock, away from clock changes', () => {
    fc.assert(
      fc.property(intervalArb(), ({ calendar, a, b }) => {
        const from = Math.floor(a / MINUTE_MS) * MINUTE_MS;
        const to = from + Math.min(Math.floor((b - a) / MINUTE_MS), 4 * 1440) * MINUTE_MS;
        const offset = offsetOf(from, calendar.timeZone);
        // No clock change from the day before to the day after: one offset holds throughout.
        fc.pre(offset === offsetOf(to + 2 * DAY_MS, calendar.timeZone) && offset === offsetOf(from - 2 * DAY_MS, calendar.timeZone));
        const holidays = new Set(calendar.holidays);
        let expected = 0;
        for (let t = from; t < to; t += MINUTE_MS) {
          const local = new Date(t + offset);
          const date = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
          if (holidays.has(isoOf(date))) continue;
          const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
          const open = (calendar.weekly[weekdayOf(date)] ?? []).some(([o, c]) => {
            const [oh = 0, om = 0] = o.split(':').map(Number);
            const [ch = 0, cm = 0] = c.split(':').map(Number);
            return oh * 60 + om <= minute && minute < ch * 60 + cm;
          });
          if (open) expected += 1;
        }
        expect(minutesOf(from, to, calendar)).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('localToInstant', () => {
  it('gives the instant whose wall clock shows the requested time, on days without a clock change', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 3 * 365 - 1 }),
        fc.integer({ min: 0, max: 1439 }),
        (zone, dayIndex, minutes) => {
          const date = addLocalDays({ year: 2025, month: 1, day: 1 }, dayIndex);
          const midnightUtc = Date.UTC(date.year, date.month - 1, date.day);
          fc.pre(offsetOf(midnightUtc - 2 * DAY_MS, zone) === offsetOf(midnightUtc + 3 * DAY_MS, zone));
          const instant = localToInstant(date.year, date.month, date.day, minutes, zone);
          expect(instantsShowing(date.year, date.month, date.day, minutes, zone)).toEqual([instant]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('maps 24:00 to the next day’s midnight', () => {
    expect(localToInstant(2026, 3, 28, 1440, 'Europe/Berlin')).toBe(Date.parse('2026-03-28T23:00:00Z'));
    expect(localToInstant(2026, 12, 31, 1440, 'America/New_York')).toBe(Date.parse('2027-01-01T05:00:00Z'));
  });
});

/**
 * Clock-change days, hand-checked: wall-clock times that exist once map to their one instant, a
 * time shown twice (clocks going back) to the first, a skipped time (clocks springing forward) to
 * the instant the clock jumped. An earlier version took the later of two guesses and was an hour
 * off on these days; these cases keep it right.
 */
describe('localToInstant on clock-change days', () => {
  it('New York 2026-03-08 03:00 (EDT, after the spring-forward change) is 07:00Z, not 08:00Z', () => {
    expect(new Date(localToInstant(2026, 3, 8, 3 * 60, 'America/New_York')).toISOString()).toBe('2026-03-08T07:00:00.000Z');
  });

  it('Los Angeles 2026-03-08 03:00 (PDT) is 10:00Z, not 11:00Z', () => {
    expect(new Date(localToInstant(2026, 3, 8, 3 * 60, 'America/Los_Angeles')).toISOString()).toBe('2026-03-08T10:00:00.000Z');
  });

  it('Berlin 2026-10-25 01:30 (still CEST, before the repeated hour) is 2026-10-24T23:30Z, not 00:30Z', () => {
    expect(new Date(localToInstant(2026, 10, 25, 90, 'Europe/Berlin')).toISOString()).toBe('2026-10-24T23:30:00.000Z');
  });

  it('Sydney 2026-04-04 17:00 (AEDT, the evening before the fall-back change) is 06:00Z, not 07:00Z', () => {
    expect(new Date(localToInstant(2026, 4, 4, 17 * 60, 'Australia/Sydney')).toISOString()).toBe('2026-04-04T06:00:00.000Z');
  });

  it('Berlin 2026-03-29 02:30 (skipped) maps to the instant the clock jumped, 01:00Z, not 01:30Z', () => {
    expect(new Date(localToInstant(2026, 3, 29, 150, 'Europe/Berlin')).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('every wall-clock time that exists exactly once maps to its instant, around every change of 2025–2027', () => {
    const wrong: string[] = [];
    for (const zone of ZONES) {
      for (const change of transitionsOf(zone)) {
        const first = addLocalDays(wallClockOf(change, zone), -1);
        for (let d = 0; d < 3; d++) {
          const date = addLocalDays(first, d);
          for (let minutes = 0; minutes < 1440; minutes += 15) {
            const shown = instantsShowing(date.year, date.month, date.day, minutes, zone);
            if (shown.length !== 1) continue;
            const placed = localToInstant(date.year, date.month, date.day, minutes, zone);
            if (placed !== shown[0]) wrong.push(`${zone} ${isoOf(date)} +${minutes}min`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('businessMinutes on clock-change days', () => {
  it('New York, Sunday 2026-03-08, a range 04:00–08:00 EDT lasts 4 hours', () => {
    const calendar: BusinessCalendar = { timeZone: 'America/New_York', weekly: { sun: [['04:00', '08:00']] }, holidays: [] };
    expect(businessMinutes(at('2026-03-08T05:00:00Z'), at('2026-03-09T04:00:00Z'), calendar)).toBe(240);
  });

  it('Berlin, 2026-03-29, ranges 01:00–02:30 and 03:00–04:00 count 120 of the 120 minutes from 00:00Z to 02:00Z', () => {
    const calendar: BusinessCalendar = { timeZone: 'Europe/Berlin', weekly: { sun: [['01:00', '02:30'], ['03:00', '04:00']] }, holidays: [] };
    expect(businessMinutes(at('2026-03-29T00:00:00Z'), at('2026-03-29T02:00:00Z'), calendar)).toBe(120);
  });

  it('Berlin, 2026-10-25, a range 01:00–02:00 covers 23:00Z–00:00Z the evening before', () => {
    const calendar: BusinessCalendar = { timeZone: 'Europe/Berlin', weekly: { sun: [['01:00', '02:00']] }, holidays: [] };
    expect(businessMinutes(at('2026-10-24T23:00:00Z'), at('2026-10-25T00:00:00Z'), calendar)).toBe(60);
  });

  it('Sydney, a Saturday range 16:00–24:00 does not spill into Sunday 2026-04-05', () => {
    const calendar: BusinessCalendar = { timeZone: 'Australia/Sydney', weekly: { sat: [['16:00', '24:00']] }, holidays: ['2026-04-05'] };
    // Sunday 5 April runs from 00:00 AEDT (13:00Z on the 4th) to Monday 00:00 AEST (14:00Z on the 5th).
    expect(businessMinutes(at('2026-04-04T13:00:00Z'), at('2026-04-05T14:00:00Z'), calendar)).toBe(0);
  });
});
