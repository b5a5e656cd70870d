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

export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
};

/** Every list answer: one page of items plus what the client needs to page. */
export const Page = <T extends Type.TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ minimum: 0 }),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1 }),
  });

export const IdParams = Type.Object({ id: Id });
export type IdParams = Type.Static<typeof IdParams>;
