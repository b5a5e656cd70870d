import Type from 'typebox';
import { DateTime, Id, NonBlankText, Slug } from './atoms.ts';
import { withMessage } from '../messages.ts';
import { CREDENTIAL_VERDICTS } from '../domain/credentials.ts';
import { PeriodSchema } from './pledges.ts';

/** The vendor's current membership credential (an Open Badges 3.0 OpenBadgeCredential, signed as a VC-JWT). */
export const CredentialSchema = Type.Object({
  id: Id,
  /** Public address of the signed credential (`application/vc+jwt`). */
  url: Type.String(),
  jwt: Type.String({ description: 'The credential as a compact JWS (VC-JWT, EdDSA)' }),
  credential: Type.Record(Type.String(), Type.Unknown(), { description: 'The credential the JWT carries, as JSON' }),
  issuedAt: DateTime,
  expiresAt: DateTime,
  lastCheckedPeriod: Type.Union([PeriodSchema, Type.Null()]),
  agreementVersion: Type.Integer(),
});
export type Credential = Type.Static<typeof CredentialSchema>;

export const VerifyCredentialBody = Type.Object(
  { credential: NonBlankText(1, 20_000, { description: 'The VC-JWT, or the JSON file the registry lets vendors download' }) },
  { additionalProperties: false },
);
export type VerifyCredentialBody = Type.Static<typeof VerifyCredentialBody>;

/** What the registry says of a credential someone pasted or uploaded. */
export const CredentialVerdictSchema = Type.Object({
  verdict: Type.Enum([...CREDENTIAL_VERDICTS]),
  /** One sentence a buyer understands. */
  reason: Type.String(),
  vendor: Type.Union([Type.Object({ name: Type.String(), slug: Slug }), Type.Null()]),
  issuedAt: Type.Union([DateTime, Type.Null()]),
  expiresAt: Type.Union([DateTime, Type.Null()]),
});
export type CredentialVerdict = Type.Static<typeof CredentialVerdictSchema>;

export const StatusListParams = Type.Object({ list: Type.String({ pattern: withMessage('^(revocation|suspension)-(0|[1-9][0-9]{0,5})$', 'must name a status list such as revocation-0') }) });
export type StatusListParams = Type.Static<typeof StatusListParams>;
export const CredentialIdParams = Type.Object({ id: Id });
export type CredentialIdParams = Type.Static<typeof CredentialIdParams>;
