import Type from 'typebox';
import { DateTime, IsoDate, Slug } from './atoms.ts';
import { isMemberState, MEMBER_STATES, PLEDGE_STATES, type PledgeState, REASON_CATEGORIES } from '../domain/pledge-states.ts';
import { PeriodSchema } from './pledges.ts';
import { QueuePrioritiesSchema } from './vendors.ts';

/** What a badge shows: the pledge state of a member, otherwise "not a member". */
export const BADGE_STATUSES = [...MEMBER_STATES, 'not_member'] as const;
export type BadgeStatus = (typeof BADGE_STATUSES)[number];

/** A member shows its pledge state; an unsigned, revoked or withdrawn pledge (or none) is "not a member". */
export function badgeStatusOf(state: PledgeState | null | undefined): BadgeStatus {
  return isMemberState(state) ? state : 'not_member';
}

/** The words on the badge itself (its right half): the API renders them, the web app previews them. */
export const BADGE_MESSAGES: Record<BadgeStatus, string> = {
  active: 'active',
  lapsed: 'lapsed',
  suspended: 'suspended',
  not_member: 'not a member',
};

export const BadgeParams = Type.Object({ slug: Slug });
export type BadgeParams = Type.Static<typeof BadgeParams>;

/** The badge's looks: the small flat badge (default) or the larger seal, each light (default) or dark. */
export const BADGE_STYLES = ['flat', 'seal'] as const;
export type BadgeStyle = (typeof BADGE_STYLES)[number];
export const BADGE_THEMES = ['light', 'dark'] as const;
export type BadgeTheme = (typeof BADGE_THEMES)[number];
export const BadgeSvgQuery = Type.Object(
  {
    style: Type.Optional(Type.Enum([...BADGE_STYLES], { description: '`flat` (default): the small badge; `seal`: larger, with member since and the last period checked' })),
    theme: Type.Optional(Type.Enum([...BADGE_THEMES], { description: '`light` (default) or `dark`, for dark page backgrounds' })),
  },
  // Other parameters (a page's cache-buster) are ignored, not refused: a pasted snippet must keep working.
);
export type BadgeSvgQuery = Type.Static<typeof BadgeSvgQuery>;

/** `GET /badge/{slug}.json`: public, nothing private. */
export const BadgeJsonSchema = Type.Object({
  status: Type.Enum([...BADGE_STATUSES]),
  vendorName: Type.String(),
  slug: Slug,
  since: Type.Union([DateTime, Type.Null()], { description: 'When the pledge entered its current state (members only)' }),
  memberSince: Type.Union([DateTime, Type.Null()], { description: 'The first activation; a suspension or a lapse never resets it (members only)' }),
  lastCheckedPeriod: Type.Union([PeriodSchema, Type.Null()]),
  nextDueDate: Type.Union([IsoDate, Type.Null()]),
  verificationUrl: Type.String(),
  /** Where the badge is genuine (as on the verification page): the embed script judges its own page by it. */
  badgeDomains: Type.Array(Type.String()),
});
export type BadgeJson = Type.Static<typeof BadgeJsonSchema>;

/** The shields.io endpoint-badge schema (https://shields.io/badges/endpoint-badge). */
export const ShieldsEndpointSchema = Type.Object({
  schemaVersion: Type.Literal(1),
  label: Type.String(),
  message: Type.String(),
  color: Type.String(),
  cacheSeconds: Type.Integer(),
});
export type ShieldsEndpoint = Type.Static<typeof ShieldsEndpointSchema>;

/** The public verification page's data (SPEC §7): the pledge, its standing, the badge domains. */
export const VerificationSchema = Type.Object({
  name: Type.String(),
  slug: Slug,
  website: Type.String(),
  category: Slug,
  state: Type.Enum(PLEDGE_STATES),
  status: Type.Enum([...BADGE_STATUSES]),
  since: Type.String({ format: 'date-time', description: 'When the pledge entered its current state' }),
  memberSince: Type.Union([DateTime, Type.Null()], { description: 'The first activation, never reset' }),
  /** For a suspended or revoked pledge: the category of the admin's reason (never the text). */
  reasonCategory: Type.Union([Type.Enum(REASON_CATEGORIES), Type.Null()]),
  agreement: Type.Union([
    Type.Object({ version: Type.Integer(), title: Type.String(), text: Type.String(), textSha256: Type.String(), signedAt: DateTime }),
    Type.Null(),
  ]),
  lastCheckedPeriod: Type.Union([PeriodSchema, Type.Null()]),
  nextDueDate: Type.Union([IsoDate, Type.Null()]),
  badgeDomains: Type.Array(Type.String()),
});
export type Verification = Type.Static<typeof VerificationSchema>;

/**
 * Promises 3 and 4 are made to customers, so the verification page shows what they rest on: the
 * vendor's support-queue priorities with their targets, and its named support contact (the name
 * and whether a person or a team; the contact's e-mail and phone stay with the vendor's customers).
 * Null for a vendor that has not described them, and for a non-member.
 */
export const CustomerPromisesSchema = Type.Object({
  queueDefinitions: Type.Union([QueuePrioritiesSchema, Type.Null()]),
  supportContact: Type.Union([Type.Object({ name: Type.String(), kind: Type.Enum(['person', 'team']) }), Type.Null()]),
});
export type CustomerPromises = Type.Static<typeof CustomerPromisesSchema>;

/** `GET /directory/{slug}`: the standing the badge shows, and the customer promises behind it. */
export const VerificationPageSchema = Type.Intersect([VerificationSchema, CustomerPromisesSchema]);
export type VerificationPage = Type.Static<typeof VerificationPageSchema>;

export const BadgeStatsSchema = Type.Object({
  days: Type.Integer({ description: 'The window the counts cover, ending today' }),
  views: Type.Integer({ description: 'Badge requests (SVG, JSON and shields) from listed domains or without a Referer' }),
  unverified: Type.Integer(),
  byDomain: Type.Array(Type.Object({ domain: Type.String(), views: Type.Integer(), unverified: Type.Integer() })),
  sharedMaxAge: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Seconds a CDN in front of this registry may keep a badge (BADGE_SHARED_MAX_AGE): the longest a change takes to show there. null: browsers ask on every view, so a change shows on the next one.',
  }),
});
export type BadgeStats = Type.Static<typeof BadgeStatsSchema>;
