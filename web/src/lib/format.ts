/**
 * A date reads the same for everyone, and in the HTML the server renders for public pages (which
 * the browser then hydrates): one language and the UTC day, the registry's day for every record.
 */
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatDate = (iso: string): string => dateFormat.format(new Date(iso));
export const formatDateTime = (iso: string): string => dateTimeFormat.format(new Date(iso));

// A calendar date (`2026-01-30`) is the same day everywhere: format it in UTC, where it was parsed.
const calendarDateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
export const formatCalendarDate = (date: string): string => calendarDateFormat.format(new Date(`${date}T00:00:00Z`));

export const ROLE_LABELS: Record<string, string> = {
  admin: 'Admin',
  vendor_owner: 'Owner',
  vendor_member: 'Member',
};

const countFormat = new Intl.NumberFormat('en-GB');
/** A list's count as its answer gives it: exact, or "more than 1,000" past the count's cap. */
export const formatTotal = (total: number, capped: boolean): string => (capped ? `more than ${countFormat.format(total)}` : countFormat.format(total));
