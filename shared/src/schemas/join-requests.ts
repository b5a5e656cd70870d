import Type from 'typebox';
import { DateTime, Email, LINK_TOKEN_PATTERN, PersonName, ShortText, Url } from './atoms.ts';

/** A buyer asks a vendor that is not a member to join; confirmed through the buyer's own e-mail. */
export const JoinRequestBody = Type.Object(
  {
    vendorName: ShortText,
    website: Url,
    contactEmail: { ...Email, description: 'Whom at the vendor the registry should write to' },
    email: { ...Email, description: 'Your e-mail: the request counts once you confirm it there' },
    name: Type.Optional(PersonName),
  },
  { additionalProperties: false },
);
export type JoinRequestBody = Type.Static<typeof JoinRequestBody>;

export const ConfirmJoinRequestBody = Type.Object({ token: Type.String({ minLength: 20, maxLength: 200, pattern: LINK_TOKEN_PATTERN }) }, { additionalProperties: false });
export type ConfirmJoinRequestBody = Type.Static<typeof ConfirmJoinRequestBody>;

export const JoinRequestConfirmed = Type.Object({
  vendorName: Type.String(),
  /** This confirmation e-mailed the vendor (false: the registry wrote to it in the last 30 days). */
  invited: Type.Boolean(),
  message: Type.String(),
});
export type JoinRequestConfirmed = Type.Static<typeof JoinRequestConfirmed>;

/** The admin's view: which vendors buyers asked for, and how many. */
export const RequestedVendor = Type.Object({
  domain: Type.String(),
  vendorName: Type.String({ description: 'As the latest request named it' }),
  website: Type.String(),
  requests: Type.Integer({ minimum: 1, description: 'Confirmed requests' }),
  lastAskedAt: DateTime,
  lastInvitedAt: Type.Union([DateTime, Type.Null()]),
});
export const RequestedVendors = Type.Object({ items: Type.Array(RequestedVendor, { maxItems: 200, description: 'The 200 most asked for, most requests first' }) });
export type RequestedVendors = Type.Static<typeof RequestedVendors>;
