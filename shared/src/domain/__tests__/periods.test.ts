import {
  addDays,
  calendarStatus,
  comparePeriods,
  dueDate,
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
