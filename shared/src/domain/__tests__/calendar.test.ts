import { DEFAULT_CALENDAR, isRealDate, isValidTimeZone, TIME_ZONE_MESSAGE, validateCalendar } from '../calendar.ts';

describe('isValidTimeZone', () => {
  it.each(['America/New_York', 'Europe/Paris', 'UTC', 'Asia/Kolkata'])('accepts %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });
  it.each(['Mars/Olympus_Mons', '', 'EST5EDT-garbage', 'Not a zone'])('rejects %p', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});

describe('isRealDate', () => {
  it('accepts real dates, including 29 February of a leap year', () => {
    expect(isRealDate('2026-07-03')).toBe(true);
    expect(isRealDate('2028-02-29')).toBe(true);
  });
  it('rejects impossible dates', () => {
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('26-01-01')).toBe(false);
  });
});

describe('validateCalendar', () => {
  it('finds nothing wrong with the default calendar', () => {
    expect(validateCalendar(DEFAULT_CALENDAR)).toEqual([]);
  });

  it('allows several ranges a day, such as a lunch break, and a range closing at 24:00', () => {
    expect(
      validateCalendar({ timeZone: 'Europe/Berlin', weekly: { mon: [['08:00', '12:00'], ['13:00', '24:00']] }, holidays: ['2026-12-25'] }),
    ).toEqual([]);
  });

  it('names each broken field', () => {
    const errors = validateCalendar({
      timeZone: 'Nowhere/Land',
      weekly: { tue: [['10:00', '09:00']], wed: [['08:00', '12:00'], ['11:00', '14:00']] },
      holidays: ['2026-02-30', '2026-12-25', '2026-12-25'],
    });
    expect(errors).toEqual([
      { field: 'calendar.timeZone', message: TIME_ZONE_MESSAGE },
      { field: 'calendar.weekly.tue.0', message: 'must close after it opens' },
      { field: 'calendar.weekly.wed.1', message: 'overlaps another range on the same day' },
      { field: 'calendar.holidays.0', message: 'not a calendar date' },
      { field: 'calendar.holidays.2', message: 'listed twice' },
    ]);
  });
});
