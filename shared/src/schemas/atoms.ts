import Type from 'typebox';
import { nonBlank, withMessage } from '../messages.ts';

/** The building blocks every resource schema is made of. */
export const Id = Type.String({ format: 'uuid', description: 'UUID' });
export const DateTime = Type.String({ format: 'date-time', description: 'ISO 8601 instant' });
export const IsoDate = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD' });
export const Email = Type.String({ format: 'email', maxLength: 254 });
export const Url = Type.String({ format: 'uri', pattern: withMessage('^https?://', 'must be a web address starting with http:// or https://'), maxLength: 2048 });
/** Lower-case letters, digits and inner hyphens, 1–64 characters (a vendor's address in URLs). */
export const SLUG_PATTERN = withMessage('^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$', 'may contain only lower-case letters, digits and inner hyphens');
export const Slug = Type.String({
  pattern: SLUG_PATTERN,
  minLength: 1,
  maxLength: 64,
  description: 'Lower-case letters, digits and inner hyphens',
});
/** A host name such as `example.com` or `www.example.co.uk` (no scheme, no path). */
export const Domain = Type.String({
  pattern: withMessage('^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$', 'must be a host name such as example.com (no https:// and no path)'),
  description: 'Host name, lower case, without scheme or path',
});
export const Password = Type.String({ minLength: 12, maxLength: 200, description: 'At least 12 characters' });
/** Text that must say something: at least `min` characters besides spaces (what is stored is trimmed). */
export const NonBlankText = (min: number, maxLength: number, options: { description?: string } = {}) => Type.String({ maxLength, pattern: nonBlank(min), ...options });
export const PersonName = NonBlankText(1, 120);
export const ShortText = NonBlankText(1, 200);
export const LongText = Type.String({ maxLength: 5000 });

/** The code in a one-time link (an invitation, a complaint's confirmation or outcome). */
export const LINK_TOKEN_PATTERN = withMessage('^[A-Za-z0-9_-]+$', 'must be the code from the link: letters, digits, - and _ only');

/** A list's cursor: what `next` gave, passed back as `after`. */
export const CURSOR_PATTERN = '^[A-Za-z0-9_-]{1,800}$';
/** Lists count their matching items up to this many; past it they say "more than". */
export const TOTAL_COUNT_CAP = 1000;

/** Every list's paging parameters: keyset cursors, not page numbers (docs/decisions.md). */
export const PageQuery = {
  after: Type.Optional(Type.String({ pattern: CURSOR_PATTERN, description: 'The `next` cursor of the previous page; none for the first page' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Items per page' })),
};

/** Every list answer: one page of items, the cursor of the following one, and how many match. */
export const pageProperties = <T extends Type.TSchema>(item: T) => ({
  items: Type.Array(item),
  next: Type.Union([Type.String(), Type.Null()], { description: 'Pass as `after` for the following page; null on the last page' }),
  total: Type.Integer({ minimum: 0, maximum: TOTAL_COUNT_CAP, description: `Items matching the filters, counted up to ${TOTAL_COUNT_CAP}` }),
  totalCapped: Type.Boolean({ description: `True when more than ${TOTAL_COUNT_CAP} items match` }),
});
export const Page = <T extends Type.TSchema>(item: T) => Type.Object(pageProperties(item));

export const IdParams = Type.Object({ id: Id });
export type IdParams = Type.Static<typeof IdParams>;
