import Type from 'typebox';
import { DateTime, Email, LINK_TOKEN_PATTERN, Password, PersonName } from './atoms.ts';
import { ROLES } from './enums.ts';

/** One-time tokens are 32 random bytes in base64url (43 characters). */
export const TokenString = Type.String({ minLength: 20, maxLength: 100, pattern: LINK_TOKEN_PATTERN });

/** The one-time token of an e-mailed link (invitation, password reset, new address). */
export const LinkTokenParams = Type.Object({ token: TokenString });
export type LinkTokenParams = Type.Static<typeof LinkTokenParams>;

export const InvitationSummary = Type.Object({
  email: Email,
  vendorName: Type.String(),
  role: Type.Enum(ROLES),
  expiresAt: DateTime,
});
export type InvitationSummary = Type.Static<typeof InvitationSummary>;

export const AcceptInvitationBody = Type.Object(
  {
    name: PersonName,
    password: Password,
  },
  { additionalProperties: false },
);
export type AcceptInvitationBody = Type.Static<typeof AcceptInvitationBody>;
