import type { FieldError } from '../errors.ts';
import { WEEKDAYS } from '../schemas/enums.ts';
import type { BusinessCalendar } from '../schemas/vendors.ts';

/** Monday to Friday, 09:00–17:00 in UTC: what a new vendor starts with until it sets its own. */
export const DEFAULT_CALENDAR: BusinessCalendar = {
  timeZone: 'UTC',
  weekly: {
    mon: [['09:00', '17:00']],
    tue: [['09:00', '17:00']],
    wed: [['09:00', '17:00']],
    thu: [['09:00', '17:00']],
    fri: [['09:00', '17:00']],
  },
  holidays: [],
};

/** True when the runtime's time-zone database knows `zone` by its IANA name (aliases included). */
/** What a field holding something else is told, in the API's answer and beside the web form's field alike. */
export const TIME_ZONE_MESSAGE = 'is not an IANA time zone such as Europe/Berlin';

export function isValidTimeZone(zone: string): boolean {
  // Intl also accepts offsets such as "+05:00"; a vendor's calendar needs a named zone so that
  // daylight-saving changes are followed.
  if (!/^(?:UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Minutes since midnight for `HH:MM` (24:00 is 1440). */
export function clockMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * The rules JSON Schema cannot say: a known time zone, ranges that open before they close and do
 * not overlap on the same day, holidays that are real dates listed once. Returns field errors named
 * as the API names them (`calendar.weekly.mon.1`), empty when the calendar is sound.
 */
export function validateCalendar(calendar: BusinessCalendar, prefix = 'calendar'): FieldError[] {
  const errors: FieldError[] = [];
  if (!isValidTimeZone(calendar.timeZone)) {
    errors.push({ field: `${prefix}.timeZone`, message: TIME_ZONE_MESSAGE });
  }
  for (const day of WEEKDAYS) {
    const ranges = calendar.weekly[day] ?? [];
    const sorted = ranges.map((r, i) => ({ open: clockMinutes(r[0]), close: clockMinutes(r[1]), i })).sort((a, b) => a.open - b.open);
    for (const r of sorted) {
      if (r.close <= r.open) {
        errors.push({ field: `${prefix}.weekly.${day}.${r.i}`, message: 'must close after it opens' });
      }
    }
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1];
      const cur = sorted[k];
      if (prev && cur && cur.open < prev.close) {
        errors.push({ field: `${prefix}.weekly.${day}.${cur.i}`, message: 'overlaps another range on the same day' });
      }
    }
  }
  const seen = new Set<string>();
  calendar.holidays.forEach((date, i) => {
    if (!isRealDate(date)) errors.push({ field: `${prefix}.holidays.${i}`, message: 'not a calendar date' });
    else if (seen.has(date)) errors.push({ field: `${prefix}.holidays.${i}`, message: 'listed twice' });
    seen.add(date);
  });
  return errors;
}

/** `2026-02-30` matches the date pattern but is no date. */
export function isRealDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === date;
}
