import Type from 'typebox';
import { DateTime, Email, Id, Password } from './atoms.ts';
import { ROLES } from './enums.ts';

/**
 * A password typed to prove who one is (sign-in, or before a change): any non-empty text, since
 * passwords set under older rules must still work. A new password is `Password`.
 */
export const TypedPassword = Type.String({ minLength: 1, maxLength: 200 });

export const LoginBody = Type.Object(
  {
    email: Email,
    password: TypedPassword,
  },
  { additionalProperties: false },
);
export type LoginBody = Type.Static<typeof LoginBody>;

export const MeSchema = Type.Object({
  id: Id,
  email: Email,
  name: Type.String(),
  role: Type.Enum(ROLES),
  vendorId: Type.Union([Id, Type.Null()]),
  twoFactor: Type.Object({
    /** Signing in asks for a second factor (an authenticator app or a passkey). */
    enabled: Type.Boolean(),
    /** An admin without one: nothing works but setting one up (`/account/two-factor`). */
    enrolmentRequired: Type.Boolean(),
  }),
});
export type Me = Type.Static<typeof MeSchema>;

/** The access token travels in the body; the refresh token only in an HttpOnly cookie. */
export const TokenResponse = Type.Object({
  accessToken: Type.String(),
  tokenType: Type.Literal('Bearer'),
  expiresIn: Type.Integer({ description: 'Seconds until the access token expires' }),
  user: MeSchema,
});
export type TokenResponse = Type.Static<typeof TokenResponse>;

/** Forgot password: the address to send a one-time link to. The answer never says whether it has an account. */
export const PasswordResetRequestBody = Type.Object({ email: Email }, { additionalProperties: false });
export type PasswordResetRequestBody = Type.Static<typeof PasswordResetRequestBody>;

/** The same answer for every address, so nobody learns from it who has an account. */
export const AcceptedNotice = Type.Object({ message: Type.String() });
export type AcceptedNotice = Type.Static<typeof AcceptedNotice>;

/** What the reset page shows before the new password is chosen. */
export const PasswordResetSummary = Type.Object({ email: Email, expiresAt: DateTime });
export type PasswordResetSummary = Type.Static<typeof PasswordResetSummary>;

export const PasswordResetBody = Type.Object({ password: Password }, { additionalProperties: false });
export type PasswordResetBody = Type.Static<typeof PasswordResetBody>;

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: TypedPassword,
    newPassword: Password,
  },
  { additionalProperties: false },
);
export type ChangePasswordBody = Type.Static<typeof ChangePasswordBody>;

export const ChangeEmailBody = Type.Object(
  {
    newEmail: Email,
    currentPassword: TypedPassword,
  },
  { additionalProperties: false },
);
export type ChangeEmailBody = Type.Static<typeof ChangeEmailBody>;

/** One signed-in device: a refresh-token family, from its sign-in to its latest refresh. */
export const SessionSchema = Type.Object({
  id: Id,
  signedInAt: DateTime,
  lastUsedAt: DateTime,
  ip: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  /** The session the request itself came from (its refresh cookie). */
  current: Type.Boolean(),
});
export type Session = Type.Static<typeof SessionSchema>;

export const SessionList = Type.Object({ items: Type.Array(SessionSchema) });
export type SessionList = Type.Static<typeof SessionList>;

export const SessionsEnded = Type.Object({ ended: Type.Integer({ minimum: 0, description: 'How many other devices were signed out' }) });
export type SessionsEnded = Type.Static<typeof SessionsEnded>;
