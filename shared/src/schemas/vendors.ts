import Type from 'typebox';
import { DateTime, Domain, Email, Id, NonBlankText, Page, PageQuery, PersonName, ShortText, Slug, Url } from './atoms.ts';
import { withMessage } from '../messages.ts';
import { ROLES } from './enums.ts';
import { PledgeSummarySchema } from './pledges.ts';
import { MEMBER_STATES, PLEDGE_STATES } from '../domain/pledge-states.ts';

/** `HH:MM`, 00:00 to 24:00 (24:00 closes a range at midnight). */
export const ClockTime = Type.String({ pattern: withMessage('^(?:[01]\\d|2[0-3]):[0-5]\\d$|^24:00$', 'must be a time such as 09:00 (24:00 closes at midnight)') });
export const TimeRange = Type.Tuple([ClockTime, ClockTime], { description: '[opens, closes], same day' });
const DayRanges = Type.Array(TimeRange, { maxItems: 8 });

export const WeeklySchedule = Type.Object(
  {
    mon: Type.Optional(DayRanges),
    tue: Type.Optional(DayRanges),
    wed: Type.Optional(DayRanges),
    thu: Type.Optional(DayRanges),
    fri: Type.Optional(DayRanges),
    sat: Type.Optional(DayRanges),
    sun: Type.Optional(DayRanges),
  },
  { additionalProperties: false },
);
export type WeeklySchedule = Type.Static<typeof WeeklySchedule>;

export const BusinessCalendarSchema = Type.Object(
  {
    timeZone: Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. America/New_York' }),
    weekly: WeeklySchedule,
    holidays: Type.Array(Type.String({ format: 'date' }), { maxItems: 400 }),
  },
  { additionalProperties: false },
);
export type BusinessCalendar = Type.Static<typeof BusinessCalendarSchema>;

export const SupportContactSchema = Type.Object(
  {
    name: PersonName,
    kind: Type.Enum(['person', 'team']),
    email: Email,
    phone: Type.Optional(Type.String({ maxLength: 40, pattern: withMessage('^[+0-9 ()./-]{3,40}$', 'may contain digits, spaces and + ( ) . / - only') })),
  },
  { additionalProperties: false },
);
export type SupportContact = Type.Static<typeof SupportContactSchema>;

const PriorityDefinition = Type.Object(
  {
    description: NonBlankText(1, 1000),
    targetMinutes: Type.Integer({ minimum: 1, maximum: 100000, description: 'Target first-response time in business minutes' }),
  },
  { additionalProperties: false },
);
export const QueuePrioritiesSchema = Type.Object(
  { low: PriorityDefinition, medium: PriorityDefinition, high: PriorityDefinition },
  { additionalProperties: false },
);
export type QueuePriorities = Type.Static<typeof QueuePrioritiesSchema>;

const BadgeDomains = Type.Array(Domain, { maxItems: 20, uniqueItems: true });

export const VendorSchema = Type.Object({
  id: Id,
  name: Type.String(),
  slug: Slug,
  website: Type.String(),
  category: Slug,
  description: Type.String(),
  supportContact: Type.Union([SupportContactSchema, Type.Null()]),
  queuePriorities: Type.Union([QueuePrioritiesSchema, Type.Null()]),
  badgeDomains: Type.Array(Type.String()),
  calendar: BusinessCalendarSchema,
  pledge: Type.Union([PledgeSummarySchema, Type.Null()], { description: 'Lifecycle state and the next checkpoint due date' }),
  version: Type.Integer({ description: 'Optimistic-lock version; also the ETag' }),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type Vendor = Type.Static<typeof VendorSchema>;

export const UpdateVendorBody = Type.Object(
  {
    name: Type.Optional(ShortText),
    slug: Type.Optional(Slug),
    website: Type.Optional(Url),
    category: Type.Optional(Slug),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    supportContact: Type.Optional(Type.Union([SupportContactSchema, Type.Null()])),
    queuePriorities: Type.Optional(Type.Union([QueuePrioritiesSchema, Type.Null()])),
    badgeDomains: Type.Optional(BadgeDomains),
    calendar: Type.Optional(BusinessCalendarSchema),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateVendorBody = Type.Static<typeof UpdateVendorBody>;

export const VendorSort = ['name', '-name', 'createdAt', '-createdAt', 'state', '-state', 'nextDue', '-nextDue'] as const;
export const ListVendorsQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100 })),
    category: Type.Optional(Slug),
    state: Type.Optional(Type.Enum(PLEDGE_STATES)),
    sort: Type.Optional(Type.Enum([...VendorSort])),
  },
  { additionalProperties: false },
);
export type ListVendorsQuery = Type.Static<typeof ListVendorsQuery>;

export const VendorList = Page(VendorSchema);
export type VendorList = Type.Static<typeof VendorList>;

export const MemberSchema = Type.Object({
  id: Id,
  email: Email,
  name: Type.String(),
  role: Type.Enum(ROLES),
  status: Type.Enum(['active', 'invited']),
  /** Signing in asks this person for a second factor (an authenticator app or a passkey). */
  twoFactor: Type.Boolean(),
  createdAt: DateTime,
});
export type Member = Type.Static<typeof MemberSchema>;

export const MemberList = Type.Object({ items: Type.Array(MemberSchema) });
export type MemberList = Type.Static<typeof MemberList>;

/** A vendor has exactly one owner: people join as members, and the owner hands ownership on. */
export const InviteMemberBody = Type.Object(
  {
    email: Email,
    role: Type.Optional(Type.Enum(['vendor_member'], { description: 'Always a member: a vendor has one owner, who can transfer ownership later' })),
  },
  { additionalProperties: false },
);
export type InviteMemberBody = Type.Static<typeof InviteMemberBody>;

/** One person of one vendor's team. */
export const MemberParams = Type.Object({ id: Id, userId: Id });
export type MemberParams = Type.Static<typeof MemberParams>;

/** Ownership passes to a member who has set a password; the owner becomes a member. */
export const TransferOwnershipBody = Type.Object({ userId: Id }, { additionalProperties: false });
export type TransferOwnershipBody = Type.Static<typeof TransferOwnershipBody>;

/** What the public directory shows: nothing private (SPEC §5 "Privacy"). */
export const DirectoryEntrySchema = Type.Object({
  name: Type.String(),
  slug: Slug,
  website: Type.String(),
  category: Slug,
  description: Type.String(),
  state: Type.Enum(PLEDGE_STATES),
  since: DateTime,
  /** The pledge's first activation, never reset (null only for data from before it was kept). */
  memberSince: Type.Union([DateTime, Type.Null()]),
  /** The latest period whose data the registry accepted. */
  lastCheckedPeriod: Type.Union([Type.String(), Type.Null()]),
});
export type DirectoryEntry = Type.Static<typeof DirectoryEntrySchema>;

/** The directory lists members only: the badge's own rule. */
export const DIRECTORY_STATES = MEMBER_STATES;

export const DirectoryQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100 })),
    category: Type.Optional(Slug),
    state: Type.Optional(Type.Enum([...DIRECTORY_STATES])),
    sort: Type.Optional(Type.Enum(['name', 'category', 'newest'], { description: 'By name (the default), by category then name (the page groups them), or newest in the registry first' })),
  },
  { additionalProperties: false },
);
export type DirectoryQuery = Type.Static<typeof DirectoryQuery>;

/** How many vendors of the directory each category holds, for the same search and state. */
export const DirectoryCategoriesQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100 })),
    state: Type.Optional(Type.Enum([...DIRECTORY_STATES])),
  },
  { additionalProperties: false },
);
export type DirectoryCategoriesQuery = Type.Static<typeof DirectoryCategoriesQuery>;

export const DirectoryCategories = Type.Object({
  items: Type.Array(Type.Object({ slug: Slug, name: Type.String(), count: Type.Integer({ minimum: 0 }) }), { description: 'Categories with at least one vendor listed, by name' }),
  total: Type.Integer({ minimum: 0 }),
});
export type DirectoryCategories = Type.Static<typeof DirectoryCategories>;

export const DirectoryList = Page(DirectoryEntrySchema);
export type DirectoryList = Type.Static<typeof DirectoryList>;
