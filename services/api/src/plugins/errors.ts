import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ErrorCode, type FieldError, type Problem, toFieldErrors } from '@cep/shared';

/** The one place that decides which HTTP status each domain error code means. */
const STATUS_BY_CODE: Record<ErrorCode, number> = {
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.MalformedBody]: 400,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.UnsupportedMediaType]: 415,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.InvalidCredentials]: 401,
  [ErrorCode.InvalidRefreshToken]: 401,
  [ErrorCode.InvalidSecondFactor]: 401,
  [ErrorCode.TwoFactorRequired]: 403,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.Duplicate]: 409,
  [ErrorCode.InvalidState]: 409,
  [ErrorCode.IdempotencyKeyReused]: 422,
  [ErrorCode.IdempotencyInProgress]: 409,
  [ErrorCode.PreconditionFailed]: 412,
  [ErrorCode.PreconditionRequired]: 428,
  [ErrorCode.TokenInvalid]: 410,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.DatabaseUnavailable]: 503,
  [ErrorCode.Internal]: 500,
};

const TITLE_BY_CODE: Record<ErrorCode, string> = {
  [ErrorCode.ValidationFailed]: 'The request is not valid',
  [ErrorCode.MalformedBody]: 'The request body could not be read',
  [ErrorCode.PayloadTooLarge]: 'The request body is too large',
  [ErrorCode.UnsupportedMediaType]: 'Unsupported content type',
  [ErrorCode.Unauthenticated]: 'Authentication required',
  [ErrorCode.InvalidCredentials]: 'Wrong e-mail or password',
  [ErrorCode.InvalidRefreshToken]: 'The session has ended; sign in again',
  [ErrorCode.InvalidSecondFactor]: 'The code or passkey was not accepted',
  [ErrorCode.TwoFactorRequired]: 'Set up two-step sign-in first',
  [ErrorCode.Forbidden]: 'Not allowed',
  [ErrorCode.NotFound]: 'Not found',
  [ErrorCode.Conflict]: 'Conflict',
  [ErrorCode.Duplicate]: 'Already exists',
  [ErrorCode.InvalidState]: 'Not possible in the current state',
  [ErrorCode.IdempotencyKeyReused]: 'Idempotency-Key reused with a different request',
  [ErrorCode.IdempotencyInProgress]: 'A request with this Idempotency-Key is still in progress',
  [ErrorCode.PreconditionFailed]: 'The resource has changed since you read it',
  [ErrorCode.PreconditionRequired]: 'If-Match is required',
  [ErrorCode.TokenInvalid]: 'This link is invalid, used or expired',
  [ErrorCode.RateLimited]: 'Too many requests',
  [ErrorCode.DatabaseUnavailable]: 'The service is temporarily unavailable',
  [ErrorCode.Internal]: 'Internal error',
};

export function statusOf(code: ErrorCode): number {
  return STATUS_BY_CODE[code];
}

/** What services throw: a stable code, a human detail, and optionally the fields at fault. */
export class AppError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? TITLE_BY_CODE[code]);
    this.statusCode = STATUS_BY_CODE[code];
  }
}

export const notFound = (what = 'Resource') => new AppError(ErrorCode.NotFound, `${what} not found`);
export const invalid = (errors: FieldError[], detail = 'Some fields are not valid') => new AppError(ErrorCode.ValidationFailed, detail, errors);

const DB_UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE', '57P01', '57P02', '57P03', '57014', '53300']);

/** True for errors that mean "PostgreSQL is not reachable right now" rather than "bad query". */
export function isDatabaseUnavailable(error: unknown): boolean {
  // Duck-typed rather than `instanceof Error`: socket errors may come from another realm (jest's vm).
  if (typeof error !== 'object' || error === null || typeof (error as { message?: unknown }).message !== 'string') return false;
  const withCode = error as Error & { code?: string; driverError?: unknown };
  if (withCode.driverError && withCode.driverError !== error && isDatabaseUnavailable(withCode.driverError)) return true;
  const code = withCode.code ?? '';
  if (DB_UNAVAILABLE_ERRNOS.has(code) || code.startsWith('08')) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Connection refused|the database system is (starting up|shutting down)|Client has encountered a connection error/i.test(
    withCode.message,
  );
}

function pgCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = e.driverError?.code ?? e.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** Maps any thrown value to an AppError; unknown errors become `internal_error` (logged, never shown). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // `throw null` or a rejected promise without a reason: nothing to read, so an internal error.
  if (typeof error !== 'object' || error === null) return new AppError(ErrorCode.Internal);
  const fe = error as FastifyError & { validationContext?: FieldError['in'] };
  if (fe.validation) {
    const fields = toFieldErrors(fe.validation).map((e) => (fe.validationContext ? { ...e, in: fe.validationContext } : e));
    return new AppError(ErrorCode.ValidationFailed, 'Some fields are missing or not valid', fields);
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(ErrorCode.MalformedBody, fe.message);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE': // @fastify/multipart: a file over its size limit
      return new AppError(ErrorCode.PayloadTooLarge);
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError(ErrorCode.ValidationFailed, fe.message, [{ field: 'file', in: 'body', message: 'send one file and nothing else' }]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(ErrorCode.UnsupportedMediaType, fe.message);
    default:
  }
  if (isDatabaseUnavailable(error)) return new AppError(ErrorCode.DatabaseUnavailable, undefined, undefined, { 'retry-after': '5' });
  switch (pgCode(error)) {
    case '23505':
      return new AppError(ErrorCode.Duplicate, 'A record with the same unique value already exists');
    case '23503':
      return new AppError(ErrorCode.Conflict, 'A referenced record does not exist or is still in use');
    case '22P02':
    case '22007':
    case '22008':
      return new AppError(ErrorCode.ValidationFailed, 'A value has the wrong format');
    // A NUL character (\u0000) passes JSON Schema but PostgreSQL cannot store it in text or jsonb.
    case '22021':
    case '22P05':
      return new AppError(ErrorCode.ValidationFailed, 'A value contains characters that cannot be stored');
    default:
  }
  if (error instanceof SyntaxError && (error as FastifyError).statusCode === 400) return new AppError(ErrorCode.MalformedBody, error.message);
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status === 429) return new AppError(ErrorCode.RateLimited);
  if (status >= 400 && status < 500) {
    const generic = new AppError(status === 404 ? ErrorCode.NotFound : ErrorCode.ValidationFailed, fe.message);
    return Object.assign(generic, { statusCode: status });
  }
  return new AppError(ErrorCode.Internal);
}

export function problemBody(error: AppError, request: FastifyRequest): Problem {
  const body: Problem = {
    type: `urn:cep:problem:${error.code}`,
    title: TITLE_BY_CODE[error.code] ?? STATUS_CODES[error.statusCode] ?? 'Error',
    status: error.statusCode,
    code: error.code,
    requestId: String(request.id),
    instance: request.url.split('?')[0],
  };
  if (error.message && error.message !== body.title) body.detail = error.message;
  if (error.errors?.length) body.errors = error.errors;
  return body;
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  if (error.headers) void reply.headers(error.headers);
  return reply.code(error.statusCode).type('application/problem+json').send(problemBody(error, reply.request));
}

/** Every error leaves as RFC 9457 problem+json; 5xx never carries internals. */
export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error, request, reply) => {
      const appError = toAppError(error);
      if (appError.statusCode >= 500) {
        request.log.error({ err: error }, appError.code === ErrorCode.DatabaseUnavailable ? 'database unavailable' : 'unhandled error');
      }
      return sendProblem(reply, appError);
    });
    app.setNotFoundHandler((request, reply) => sendProblem(reply, new AppError(ErrorCode.NotFound, `No route for ${request.method} ${request.url.split('?')[0]}`)));
  },
  { name: 'errors' },
);
