import fc from 'fast-check';
import {
  addDays,
  calendarStatus,
  comparePeriods,
  dateOf,
  dueDate,
  formatPeriod,
  isPeriod,
  lapseDate,
  nextPeriod,
  parsePeriod,
  periodBounds,
  periodOf,
  periodsBetween,
  pledgePeriods,
  previousPeriod,
  reminderDates,
} from '../periods.ts';
import { DAY_MS } from '../durations.ts';

describe('period names', () => {
  it('parses and rejects', () => {
    expect(parsePeriod('2026-H2')).toEqual({ year: 2026, half: 2 });
    expect(() => parsePeriod('2026-H3')).toThrow(RangeError);
    expect(() => parsePeriod('26-H1')).toThrow(RangeError);
  });

  it('finds the period of an instant in UTC, at the boundaries', () => {
    expect(periodOf(new Date('2026-06-30T23:59:59Z'))).toBe('2026-H1');
    expect(periodOf(new Date('2026-07-01T00:00:00Z'))).toBe('2026-H2');
    expect(periodOf(new Date('2026-12-31T23:59:59Z'))).toBe('2026-H2');
    expect(periodOf(new Date('2027-01-01T00:00:00Z'))).toBe('2027-H1');
  });

  it('steps across the year end both ways', () => {
    expect(nextPeriod('2026-H1')).toBe('2026-H2');
    expect(nextPeriod('2026-H2')).toBe('2027-H1');
    expect(previousPeriod('2027-H1')).toBe('2026-H2');
    expect(previousPeriod('2026-H2')).toBe('2026-H1');
  });

  it('orders and enumerates', () => {
    expect(comparePeriods('2026-H2', '2027-H1')).toBeLessThan(0);
    expect(comparePeriods('2026-H2', '2026-H2')).toBe(0);
    expect(periodsBetween('2025-H2', '2027-H1')).toEqual(['2025-H2', '2026-H1', '2026-H2', '2027-H1']);
    expect(periodsBetween('2027-H1', '2026-H2')).toEqual([]);
  });
});

describe('period dates', () => {
  it('bounds are whole half-years', () => {
    expect(periodBounds('2026-H1')).toEqual({ start: '2026-01-01', end: '2026-06-30' });
    expect(periodBounds('2026-H2')).toEqual({ start: '2026-07-01', end: '2026-12-31' });
  });

  it('data is due 30 days after the period ends, across the year end', () => {
    expect(dueDate('2026-H1')).toBe('2026-07-30');
    expect(dueDate('2026-H2')).toBe('2027-01-30');
  });

  it('lapses the day after the due date and reminds 14 and 3 days before it', () => {
    expect(lapseDate('2026-H1')).toBe('2026-07-31');
    expect(lapseDate('2026-H2')).toBe('2027-01-31');
    expect(reminderDates('2026-H1')).toEqual(['2026-07-16', '2026-07-27']);
    expect(reminderDates('2026-H2')).toEqual(['2027-01-16', '2027-01-27']);
  });

  it('adds days across month ends and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });
});

describe('calendarStatus', () => {
  it.each([
    ['2026-06-30', 'upcoming'],
    ['2026-07-01', 'open'],
    ['2026-12-31', 'open'],
    ['2027-01-01', 'due'],
    ['2027-01-30', 'due'],
    ['2027-01-31', 'overdue'],
  ])('2026-H2 on %s is %s', (today, status) => {
    expect(calendarStatus('2026-H2', today)).toBe(status);
  });
});

describe('pledgePeriods', () => {
  it('starts with the period the pledge became active in and ends with the current one', () => {
    expect(pledgePeriods(new Date('2026-05-20T10:00:00Z'), new Date('2027-02-01T00:00:00Z'))).toEqual(['2026-H1', '2026-H2', '2027-H1']);
    expect(pledgePeriods(new Date('2026-05-20T10:00:00Z'), new Date('2026-05-21T00:00:00Z'))).toEqual(['2026-H1']);
  });
});

// Four-digit years whose neighbours have four digits too (a period name has exactly four).
const periodArb = fc.record({ year: fc.integer({ min: 1001, max: 8999 }), half: fc.constantFrom(1 as const, 2 as const) }).map((p) => formatPeriod(p));
const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

describe('period properties', () => {
  it('formats names that parse back, and steps forward and back to where it started', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        expect(isPeriod(p)).toBe(true);
        expect(formatPeriod(parsePeriod(p))).toBe(p);
        expect(nextPeriod(previousPeriod(p))).toBe(p);
        expect(previousPeriod(nextPeriod(p))).toBe(p);
        expect(comparePeriods(p, nextPeriod(p))).toBeLessThan(0);
        expect(comparePeriods(nextPeriod(p), p)).toBeGreaterThan(0);
        expect(comparePeriods(p, p)).toBe(0);
        expect(periodsBetween(p, nextPeriod(nextPeriod(p)))).toEqual([p, nextPeriod(p), nextPeriod(nextPeriod(p))]);
      }),
      { numRuns: 200 },
    );
  });

  it('bounds a period by its first and last day, which belong to it, next to its neighbours’ bounds', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        const { start, end } = periodBounds(p);
        expect(start <= end).toBe(true);
        expect(periodOf(new Date(`${start}T00:00:00Z`))).toBe(p);
        expect(periodOf(new Date(`${end}T23:59:59.999Z`))).toBe(p);
        expect(addDays(end, 1)).toBe(periodBounds(nextPeriod(p)).start);
        expect(addDays(start, -1)).toBe(periodBounds(previousPeriod(p)).end);
        // A half-year is 181 to 184 days long.
        const days = (dayMs(end) - dayMs(start)) / DAY_MS + 1;
        expect(days).toBeGreaterThanOrEqual(181);
        expect(days).toBeLessThanOrEqual(184);
      }),
      { numRuns: 200 },
    );
  });

  it('is due 30 days after the end, lapses the day after, and reminds 14 and 3 days before', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        const due = dueDate(p);
        expect((dayMs(due) - dayMs(periodBounds(p).end)) / DAY_MS).toBe(30);
        expect((dayMs(lapseDate(p)) - dayMs(due)) / DAY_MS).toBe(1);
        expect(reminderDates(p).map((r) => (dayMs(due) - dayMs(r)) / DAY_MS)).toEqual([14, 3]);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the period of any instant inside its bounds', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }), (instant) => {
        const p = periodOf(instant);
        const { start, end } = periodBounds(p);
        const day = dateOf(instant);
        expect(start <= day && day <= end).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('moves a period through upcoming, open, due and overdue, in that order, as the days pass', () => {
    const order = ['upcoming', 'open', 'due', 'overdue'];
    fc.assert(
      fc.property(periodArb, fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 400 }), (p, from, step) => {
        const { start } = periodBounds(p);
        const earlier = calendarStatus(p, addDays(start, from));
        const later = calendarStatus(p, addDays(start, from + step));
        expect(order.indexOf(earlier)).toBeLessThanOrEqual(order.indexOf(later));
        expect(calendarStatus(p, dueDate(p))).toBe('due');
        expect(calendarStatus(p, lapseDate(p))).toBe('overdue');
      }),
      { numRuns: 200 },
    );
  });

  it('adding days and taking them away again returns the same date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 900 }), fc.integer({ min: -5000, max: 5000 }), (offset, days) => {
        const date = addDays('1970-01-01', offset);
        expect(addDays(addDays(date, days), -days)).toBe(date);
        expect((dayMs(addDays(date, days)) - dayMs(date)) / DAY_MS).toBe(days);
      }),
      { numRuns: 200 },
    );
  });
});
