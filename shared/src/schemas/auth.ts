import Type from 'typebox';
import { Email, Id } from './atoms.ts';
import { ROLES } from './enums.ts';

export const LoginBody = Type.Object(
  {
    email: Email,
    password: Type.String({ minLength: 1, maxLength: 200 }),
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
