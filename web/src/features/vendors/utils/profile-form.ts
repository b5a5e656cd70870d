import { type BusinessCalendar, type UpdateVendorBody, type Vendor, WEEKDAYS, type Weekday } from '@cep/shared';

export const PRIORITY_LEVELS = ['high', 'medium', 'low'] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

export const PRIORITY_LABELS: Record<PriorityLevel, string> = { high: 'High priority', medium: 'Medium priority', low: 'Low priority' };

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export type TimeRange = [string, string];

/** The editor keeps every value as the text the person typed; `toUpdateBody` makes the API body. */
export interface ProfileFormState {
  name: string;
  website: string;
  category: string;
  description: string;
  contact: { name: string; kind: 'person' | 'team'; email: string; phone: string };
  priorities: Record<PriorityLevel, { description: string; targetMinutes: string }>;
  badgeDomains: string[];
  calendar: { timeZone: string; weekly: Record<Weekday, TimeRange[]>; holidays: string[] };
}

export function toFormState(vendor: Vendor): ProfileFormState {
  const weekly = Object.fromEntries(WEEKDAYS.map((day) => [day, (vendor.calendar.weekly[day] ?? []).map(([open, close]) => [open, close] as TimeRange)])) as Record<Weekday, TimeRange[]>;
  const priority = (level: PriorityLevel) => {
    const p = vendor.queuePriorities?.[level];
    return { description: p?.description ?? '', targetMinutes: p ? String(p.targetMinutes) : '' };
  };
  return {
    name: vendor.name,
    website: vendor.website,
    category: vendor.category,
    description: vendor.description,
    contact: {
      name: vendor.supportContact?.name ?? '',
      kind: vendor.supportContact?.kind === 'person' ? 'person' : 'team',
      email: vendor.supportContact?.email ?? '',
      phone: vendor.supportContact?.phone ?? '',
    },
    priorities: { high: priority('high'), medium: priority('medium'), low: priority('low') },
    badgeDomains: [...vendor.badgeDomains],
    calendar: { timeZone: vendor.calendar.timeZone, weekly, holidays: [...vendor.calendar.holidays] },
  };
}

/** Whole minutes, or NaN so that validation names the field rather than sending a guess. */
const minutes = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/**
 * The whole profile as one PATCH body. A support contact or queue definition left entirely blank
 * is sent as null (none), so a vendor can also remove one.
 */
export function toUpdateBody(state: ProfileFormState): UpdateVendorBody {
  const contact = state.contact;
  const contactBlank = !contact.name.trim() && !contact.email.trim() && !contact.phone.trim();
  const prioritiesBlank = PRIORITY_LEVELS.every((level) => !state.priorities[level].description.trim() && !state.priorities[level].targetMinutes.trim());
  const priority = (level: PriorityLevel) => ({ description: state.priorities[level].description.trim(), targetMinutes: minutes(state.priorities[level].targetMinutes) });
  const weekly: BusinessCalendar['weekly'] = {};
  for (const day of WEEKDAYS) {
    const ranges = state.calendar.weekly[day];
    if (ranges.length > 0) weekly[day] = ranges.map(([open, close]) => [open.trim(), close.trim()]);
  }
  return {
    name: state.name.trim(),
    website: state.website.trim(),
    category: state.category,
    description: state.description.trim(),
    supportContact: contactBlank
      ? null
      : { name: contact.name.trim(), kind: contact.kind, email: contact.email.trim(), ...(contact.phone.trim() ? { phone: contact.phone.trim() } : {}) },
    queuePriorities: prioritiesBlank ? null : { low: priority('low'), medium: priority('medium'), high: priority('high') },
    badgeDomains: state.badgeDomains,
    calendar: { timeZone: state.calendar.timeZone, weekly, holidays: state.calendar.holidays },
  };
}

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  website: 'Web site',
  category: 'Category',
  description: 'Description',
  slug: 'Slug',
  supportContact: 'Support contact',
  'supportContact.name': 'Support contact name',
  'supportContact.kind': 'Support contact kind',
  'supportContact.email': 'Support contact e-mail',
  'supportContact.phone': 'Support contact phone',
  queuePriorities: 'Support queue',
  badgeDomains: 'Badge domains',
  calendar: 'Business hours',
  'calendar.timeZone': 'Time zone',
  'calendar.holidays': 'Holidays',
};

/** `calendar.weekly.mon.0.1` → "Monday, range 1"; the summary names each problem the way the form does. */
export function describeProfileField(field: string): string {
  if (FIELD_LABELS[field]) return FIELD_LABELS[field];
  const parts = field.split('.');
  if (parts[0] === 'queuePriorities' && parts[1] && parts[1] in PRIORITY_LABELS) {
    const level = PRIORITY_LABELS[parts[1] as PriorityLevel];
    return parts[2] === 'targetMinutes' ? `${level}, target minutes` : `${level}, description`;
  }
  if (parts[0] === 'calendar' && parts[1] === 'weekly' && parts[2] && parts[2] in WEEKDAY_LABELS) {
    const day = WEEKDAY_LABELS[parts[2] as Weekday];
    return parts[3] === undefined ? day : `${day}, range ${Number(parts[3]) + 1}`;
  }
  if (parts[0] === 'calendar' && parts[1] === 'holidays' && parts[2] !== undefined) return `Holiday ${Number(parts[2]) + 1}`;
  if (parts[0] === 'badgeDomains' && parts[1] !== undefined) return `Badge domain ${Number(parts[1]) + 1}`;
  return field;
}
