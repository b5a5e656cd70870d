import Type from 'typebox';
import { CURSOR_PATTERN, DateTime, Id, IsoDate, Slug } from './atoms.ts';
import { BADGE_STATUSES } from './badges.ts';
import { PLEDGE_STATES } from '../domain/pledge-states.ts';

/** Bulk status: what a marketplace asks for its whole list at once. */
export const BULK_STATUS_LIMIT = 1000;

export const BulkStatusBody = Type.Object(
  { vendors: Type.Array(Type.String({ minLength: 1, maxLength: 64, description: 'A vendor’s slug or id' }), { minItems: 1, maxItems: BULK_STATUS_LIMIT }) },
  { additionalProperties: false },
);
export type BulkStatusBody = Type.Static<typeof BulkStatusBody>;

export const BulkStatusItem = Type.Object({
  query: Type.String({ description: 'The slug or id as asked' }),
  id: Type.Union([Id, Type.Null()]),
  slug: Type.Union([Slug, Type.Null()]),
  name: Type.Union([Type.String(), Type.Null()]),
  status: Type.Enum([...BADGE_STATUSES], { description: '`not_member` for an unknown vendor or one whose pledge is not (or no longer) a membership' }),
  member: Type.Boolean(),
  memberSince: Type.Union([DateTime, Type.Null()]),
  lastCheckedPeriod: Type.Union([Type.String(), Type.Null()]),
  nextDueDate: Type.Union([IsoDate, Type.Null()]),
  verifyUrl: Type.Union([Type.String(), Type.Null()]),
});
export type BulkStatusItem = Type.Static<typeof BulkStatusItem>;
export const BulkStatusList = Type.Object({ items: Type.Array(BulkStatusItem) });
export type BulkStatusList = Type.Static<typeof BulkStatusList>;

/** One change of a vendor's standing, in the order the registry made them. */
export const DirectoryChange = Type.Object({
  id: Id,
  at: DateTime,
  vendor: Type.Object({ id: Id, slug: Slug, name: Type.String() }),
  sequence: Type.Integer({ minimum: 1, description: 'The vendor’s event number: restores the order of one vendor’s changes' }),
  from: Type.Enum(PLEDGE_STATES),
  to: Type.Enum(PLEDGE_STATES),
  member: Type.Boolean({ description: 'Whether the vendor is a member after this change' }),
  headline: Type.String(),
  verifyUrl: Type.String(),
});
export type DirectoryChange = Type.Static<typeof DirectoryChange>;

export const DirectoryChangesQuery = Type.Object(
  {
    after: Type.Optional(Type.String({ pattern: CURSOR_PATTERN, description: 'The `next` cursor of the previous answer; none to start from the beginning' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  },
  { additionalProperties: false },
);
export type DirectoryChangesQuery = Type.Static<typeof DirectoryChangesQuery>;

export const DirectoryChangeList = Type.Object({
  items: Type.Array(DirectoryChange),
  next: Type.String({ description: 'Where to resume: pass it as `after` next time (the same cursor when nothing changed)' }),
});
export type DirectoryChangeList = Type.Static<typeof DirectoryChangeList>;
