import fc from 'fast-check';
import { WEEKDAYS } from '../../schemas/enums.ts';
import type { BusinessCalendar } from '../../schemas/vendors.ts';
import { addBusinessDays, isBusinessDay, nthBusinessDay } from '../business-days.ts';
import { clockMinutes } from '../calendar.ts';
import { acceptableBoundaries, addLocalDays, calendarCaseArb, isoOf, wallClockOf, weekdayOf, type LocalDate } from './support/zones.ts';

const HOURS: [string, string][] = [['09:00', '17:00']];
const weekdays = (ranges: [string, string][]) => ({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges });
const utc: BusinessCalendar = { timeZone: 'UTC', weekly: weekdays(HOURS), holidays: [] };
/** Berlin with two ranges a day and the Easter holidays of 2026 (Good Friday 3 April, Easter Monday 6 April). */
const berlin: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  weekly: weekdays([
    ['13:00', '18:00'],
    ['08:00', '12:00'],
  ]),
  holidays: ['2026-04-03', '2026-04-06', '2026-10-24'],
};
const newYork: BusinessCalendar = { timeZone: 'America/New_York', weekly: weekdays(HOURS), holidays: ['2026-07-03'] };
const at = (iso: string) => new Date(iso);

describe('isBusinessDay', () => {
  it('is a weekday with hours that is no holiday', () => {
    expect(isBusinessDay('2026-04-02', berlin)).toBe(true); // Thursday
    expect(isBusinessDay('2026-04-03', berlin)).toBe(false); // Good Friday
    expect(isBusinessDay('2026-04-04', berlin)).toBe(false); // Saturday
    expect(isBusinessDay('2026-04-05', berlin)).toBe(false); // Sunday
    expect(isBusinessDay('2026-04-07', berlin)).toBe(true); // Tuesday
  });

  it('is not a day whose ranges are empty or missing, and is a weekend day that has hours', () => {
    const calendar: BusinessCalendar = { timeZone: 'UTC', weekly: { mon: [], sat: [['10:00', '14:00']] }, holidays: [] };
    expect(isBusinessDay('2026-03-02', calendar)).toBe(false); // Monday, empty
    expect(isBusinessDay('2026-03-03', calendar)).toBe(false); // Tuesday, missing
    expect(isBusinessDay('2026-03-07', calendar)).toBe(true); // Saturday
  });
});

describe('nthBusinessDay', () => {
  it('counts from the day after the start’s local date, whatever the hour', () => {
    expect(nthBusinessDay(at('2026-03-02T00:00:00Z'), 1, utc)).toBe('2026-03-03');
    expect(nthBusinessDay(at('2026-03-02T23:59:00Z'), 1, utc)).toBe('2026-03-03');
  });

  it('skips weekends', () => {
    expect(nthBusinessDay(at('2026-03-06T10:00:00Z'), 1, utc)).toBe('2026-03-09'); // Friday → Monday
    expect(nthBusinessDay(at('2026-03-07T10:00:00Z'), 1, utc)).toBe('2026-03-09'); // Saturday → Monday
    expect(nthBusinessDay(at('2026-03-06T10:00:00Z'), 10, utc)).toBe('2026-03-20');
  });

  it('skips holidays, and a holiday on a weekend changes nothing', () => {
    // Thursday 2 April: Fri 3 and Mon 6 are holidays; Tue 7 … Fri 10 (4), Mon 13 … Fri 17 (9), Mon 20 (10).
    expect(nthBusinessDay(at('2026-04-02T10:00:00Z'), 1, berlin)).toBe('2026-04-07');
    expect(nthBusinessDay(at('2026-04-02T10:00:00Z'), 10, berlin)).toBe('2026-04-20');
    // Saturday 24 October 2026 is a "holiday" too: Friday 23 → Monday 26 all the same.
    expect(nthBusinessDay(at('2026-10-23T10:00:00Z'), 1, berlin)).toBe('2026-10-26');
  });

  it('takes the start’s date in the calendar’s time zone', () => {
    // 03:00 UTC on Friday 6 March is still Thursday evening in New York.
    expect(nthBusinessDay(at('2026-03-06T03:00:00Z'), 1, newYork)).toBe('2026-03-06');
    expect(nthBusinessDay(at('2026-03-06T03:00:00Z'), 1, utc)).toBe('2026-03-09');
    // 22:30 UTC on Monday 6 April is already Tuesday 7 April in Berlin (CEST): counting starts on the 8th.
    expect(nthBusinessDay(at('2026-04-06T22:30:00Z'), 1, berlin)).toBe('2026-04-08');
  });

  it('works with one business day a week', () => {
    const sundays: BusinessCalendar = { timeZone: 'UTC', weekly: { sun: [['10:00', '12:00']] }, holidays: ['2026-03-15'] };
    expect(nthBusinessDay(at('2026-03-02T10:00:00Z'), 3, sundays)).toBe('2026-03-29'); // 8, (15), 22, 29
  });

  it('is null for a calendar without any hours', () => {
    expect(nthBusinessDay(at('2026-03-02T10:00:00Z'), 1, { timeZone: 'UTC', weekly: {}, holidays: [] })).toBeNull();
    expect(nthBusinessDay(at('2026-03-02T10:00:00Z'), 10, { timeZone: 'UTC', weekly: { mon: [], tue: [] }, holidays: [] })).toBeNull();
  });
});

describe('addBusinessDays', () => {
  it('ends when the n-th business day’s last range closes', () => {
    expect(addBusinessDays(at('2026-03-06T16:59:00Z'), 10, utc)).toEqual(at('2026-03-20T17:00:00Z'));
    // Ranges listed out of order: the later close counts (18:00 CEST = 16:00 UTC).
    expect(addBusinessDays(at('2026-04-02T10:00:00Z'), 10, berlin)).toEqual(at('2026-04-20T16:00:00Z'));
  });

  it('follows daylight-saving changes: the close is local time on the day itself', () => {
    // New York goes to summer time on Sunday 8 March 2026: Friday closes at 22:00 UTC, Monday at 21:00 UTC.
    expect(addBusinessDays(at('2026-03-05T15:00:00Z'), 1, newYork)).toEqual(at('2026-03-06T22:00:00Z'));
    expect(addBusinessDays(at('2026-03-05T15:00:00Z'), 2, newYork)).toEqual(at('2026-03-09T21:00:00Z'));
    // Berlin goes back to winter time on Sunday 25 October 2026: Friday 23 closes at 16:00 UTC, Monday 26 at 17:00 UTC.
    expect(addBusinessDays(at('2026-10-22T10:00:00Z'), 1, berlin)).toEqual(at('2026-10-23T16:00:00Z'));
    expect(addBusinessDays(at('2026-10-22T10:00:00Z'), 2, berlin)).toEqual(at('2026-10-26T17:00:00Z'));
  });

  it('closes at midnight for a range that ends at 24:00', () => {
    const late: BusinessCalendar = { timeZone: 'Asia/Kolkata', weekly: weekdays([['18:00', '24:00']]), holidays: [] };
    // Tuesday 3 March ends at midnight in Kolkata, 18:30 UTC.
    expect(addBusinessDays(at('2026-03-02T10:00:00Z'), 1, late)).toEqual(at('2026-03-03T18:30:00Z'));
  });

  it('is null for a calendar without any hours', () => {
    expect(addBusinessDays(at('2026-03-02T10:00:00Z'), 10, { timeZone: 'Europe/Berlin', weekly: {}, holidays: [] })).toBeNull();
  });

  it('agrees with a count done by hand for any calendar, start and n', () => {
    fc.assert(
      fc.property(calendarCaseArb(), fc.integer({ min: 1, max: 25 }), ({ calendar, anchor }, n) => {
        const closes = (date: LocalDate) => (calendar.weekly[weekdayOf(date)] ?? []).map(([, close]) => clockMinutes(close));
        const hasHours = WEEKDAYS.some((d) => (calendar.weekly[d] ?? []).length > 0);
        const due = addBusinessDays(new Date(anchor), n, calendar);
        const date = nthBusinessDay(new Date(anchor), n, calendar);
        if (!hasHours) return due === null && date === null;

        // Walk the local dates after the start's, counting those with hours that are no holidays.
        let day: LocalDate = wallClockOf(anchor, calendar.timeZone);
        let counted = 0;
        while (counted < n) {
          day = addLocalDays(day, 1);
          if (closes(day).length > 0 && !calendar.holidays.includes(isoOf(day))) counted += 1;
        }
        if (date !== isoOf(day) || due === null) return false;
        const close = Math.max(...closes(day));
        return acceptableBoundaries(day.year, day.month, day.day, close, calendar.timeZone).includes(due.getTime()) && due.getTime() > anchor;
      }),
      { numRuns: 300 },
    );
  });
});
