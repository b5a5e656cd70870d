import Type from 'typebox';

/**
 * Stable error codes: clients branch on `code`, never on `title` or `detail`.
 * The API maps each to one HTTP status in one place (`services/api/src/plugins/errors.ts`).
 */
export const ErrorCode = {
  ValidationFailed: 'validation_failed',
  MalformedBody: 'malformed_body',
  PayloadTooLarge: 'payload_too_large',
  UnsupportedMediaType: 'unsupported_media_type',
  Unauthenticated: 'unauthenticated',
  InvalidCredentials: 'invalid_credentials',
  InvalidRefreshToken: 'invalid_refresh_token',
  InvalidSecondFactor: 'invalid_second_factor',
  TwoFactorRequired: 'two_factor_required',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  Conflict: 'conflict',
  Duplicate: 'duplicate',
  InvalidState: 'invalid_state',
  IdempotencyKeyReused: 'idempotency_key_reused',
  IdempotencyInProgress: 'idempotency_in_progress',
  PreconditionFailed: 'precondition_failed',
  PreconditionRequired: 'precondition_required',
  TokenInvalid: 'token_invalid',
  RateLimited: 'rate_limited',
  DatabaseUnavailable: 'database_unavailable',
  Internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const FieldError = Type.Object({
  field: Type.String({ description: 'Dotted path of the field, e.g. `supportContact.email`' }),
  in: Type.Optional(Type.Union([Type.Literal('body'), Type.Literal('querystring'), Type.Literal('params'), Type.Literal('headers')])),
  message: Type.String(),
});
export type FieldError = Type.Static<typeof FieldError>;

/** RFC 9457 problem details, plus our stable `code`, the request id and field errors. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    code: Type.Enum(Object.values(ErrorCode)),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldError)),
  },
  { title: 'Problem', description: 'RFC 9457 problem details (application/problem+json)' },
);
export type Problem = Type.Static<typeof ProblemSchema>;
