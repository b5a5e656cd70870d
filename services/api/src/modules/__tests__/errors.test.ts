import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import { ErrorCode } from '@cep/shared';
import { AppError, isDatabaseUnavailable, problemBody, toAppError } from '../../plugins/errors.ts';
import { validatorCompiler } from '../../plugins/validation.ts';

/** An error as the pg driver (wrapped by TypeORM or not) throws it. */
const pgError = (code: string, wrapped = true) => {
  const driverError = Object.assign(new Error(`pg says ${code}: detail with SELECT secret FROM app_user`), { code });
  return wrapped ? Object.assign(new Error('QueryFailedError'), { driverError }) : driverError;
};

describe('toAppError', () => {
  it('maps PostgreSQL errors: duplicates and references to 409, bad values to 400', () => {
    expect(toAppError(pgError('23505'))).toMatchObject({ statusCode: 409, code: ErrorCode.Duplicate });
    expect(toAppError(pgError('23505', false))).toMatchObject({ statusCode: 409, code: ErrorCode.Duplicate });
    expect(toAppError(pgError('23503'))).toMatchObject({ statusCode: 409, code: ErrorCode.Conflict });
    expect(toAppError(pgError('22P02'))).toMatchObject({ statusCode: 400, code: ErrorCode.ValidationFailed });
    expect(toAppError(pgError('22007'))).toMatchObject({ statusCode: 400, code: ErrorCode.ValidationFailed });
    expect(toAppError(pgError('22021'))).toMatchObject({ statusCode: 400, code: ErrorCode.ValidationFailed });
    expect(toAppError(pgError('22P05'))).toMatchObject({ statusCode: 400, code: ErrorCode.ValidationFailed });
  });

  it('maps an unreachable database to 503 with Retry-After', () => {
    const unreachable = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      pgError('57P01'),
      pgError('08006'),
      pgError('53300', false),
    ];
    for (const error of unreachable) {
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(toAppError(error)).toMatchObject({ statusCode: 503, code: ErrorCode.DatabaseUnavailable, headers: { 'retry-after': '5' } });
    }
    expect(isDatabaseUnavailable(pgError('23505'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });

  it('maps Fastify’s own errors', () => {
    const fastify = (code: string, statusCode: number) => Object.assign(new Error(code), { code, statusCode });
    expect(toAppError(fastify('FST_ERR_CTP_INVALID_JSON_BODY', 400))).toMatchObject({ statusCode: 400, code: ErrorCode.MalformedBody });
    expect(toAppError(fastify('FST_ERR_CTP_EMPTY_JSON_BODY', 400))).toMatchObject({ statusCode: 400, code: ErrorCode.MalformedBody });
    expect(toAppError(fastify('FST_ERR_CTP_BODY_TOO_LARGE', 413))).toMatchObject({ statusCode: 413, code: ErrorCode.PayloadTooLarge });
    expect(toAppError(fastify('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415))).toMatchObject({ statusCode: 415, code: ErrorCode.UnsupportedMediaType });
    expect(toAppError(fastify('SOMETHING_ELSE', 429))).toMatchObject({ statusCode: 429, code: ErrorCode.RateLimited });
    expect(toAppError(fastify('FST_ERR_BAD_URL', 400))).toMatchObject({ statusCode: 400 });
    expect(toAppError(fastify('FST_ERR_NOT_FOUND', 404))).toMatchObject({ statusCode: 404, code: ErrorCode.NotFound });
  });

  it('names the fields of a validation error and where they were', () => {
    const error = Object.assign(new Error('body/email must match format'), {
      validation: [
        { instancePath: '/email', keyword: 'format', params: { format: 'email' }, message: 'must match format "email"' },
        { instancePath: '', keyword: 'required', params: { requiredProperties: ['password'] }, message: 'required' },
        { instancePath: '', keyword: 'additionalProperties', params: { additionalProperties: ['extra'] }, message: 'extra' },
      ],
      validationContext: 'body',
    });
    const appError = toAppError(error);
    expect(appError).toMatchObject({ statusCode: 400, code: ErrorCode.ValidationFailed });
    expect(appError.errors).toEqual([
      { field: 'email', in: 'body', message: 'must be a valid e-mail address' },
      { field: 'password', in: 'body', message: 'is required' },
      { field: 'extra', in: 'body', message: 'is not allowed' },
    ]);
  });

  it('turns anything unknown into a 500 that shows nothing of it', () => {
    const request = { id: 'req-1', url: '/api/v1/vendors?q=x' } as unknown as FastifyRequest;
    for (const thrown of [new Error('relation "secret_table" does not exist'), new TypeError('x is undefined'), 'a string', null, pgError('42P01')]) {
      const appError = toAppError(thrown);
      expect(appError).toMatchObject({ statusCode: 500, code: ErrorCode.Internal });
      expect(problemBody(appError, request)).toEqual({ type: 'urn:cep:problem:internal_error', title: 'Internal error', status: 500, code: 'internal_error', requestId: 'req-1', instance: '/api/v1/vendors' });
    }
  });

  it('passes an AppError through unchanged', () => {
    const error = new AppError(ErrorCode.PreconditionFailed, 'The vendor is at version 3');
    expect(toAppError(error)).toBe(error);
    expect(error.statusCode).toBe(412);
  });
});

describe('validatorCompiler', () => {
  const schema = Type.Object({ page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })), flag: Type.Optional(Type.Boolean()), name: Type.Optional(Type.String()) });
  const compile = (httpPart: 'querystring' | 'body') => validatorCompiler({ schema, method: 'GET', url: '/x', httpPart }) as (data: unknown) => boolean;

  it('converts numbers and booleans of a query string, and fills defaults', () => {
    const validate = compile('querystring');
    const query: Record<string, unknown> = { page: '2', flag: 'true', name: '12' };
    expect(validate(query)).toBe(true);
    expect(query).toEqual({ page: 2, flag: true, name: '12' });
    const empty: Record<string, unknown> = {};
    expect(validate(empty)).toBe(true);
    expect(empty).toEqual({ page: 1 });
  });

  it('refuses a query value that is not a whole number', () => {
    const validate = compile('querystring');
    for (const page of ['1.5', 'true', 'two', '']) {
      expect({ page, valid: validate({ page }) }).toEqual({ page, valid: false });
    }
  });

  it('never converts a body', () => {
    const validate = compile('body');
    expect(validate({ page: 2, name: 'Ada' })).toBe(true);
    for (const body of [{ page: '2' }, { name: 12 }, { name: ['Ada'] }, { flag: 'true' }]) {
      expect({ body, valid: validate(body) }).toEqual({ body, valid: false });
    }
  });
});
