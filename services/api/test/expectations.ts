import type { Response } from 'supertest';
import type { TSchema } from 'typebox';
import Value from 'typebox/value';
import type { ErrorCode } from '@cep/shared';

/** Every error answer is problem+json with our code, its status and the request id. */
export function expectProblem(res: Response, status: number, code: ErrorCode): void {
  expect({ status: res.status, contentType: res.headers['content-type'], code: res.body.code }).toEqual({
    status,
    contentType: expect.stringContaining('application/problem+json'),
    code,
  });
  expect(res.body).toMatchObject({ status, type: `urn:cep:problem:${code}`, title: expect.any(String), requestId: expect.any(String) });
}

/** A 400 naming exactly these fields (in any order). */
export function expectFieldErrors(res: Response, fields: string[]): void {
  expectProblem(res, 400, 'validation_failed');
  const named = (res.body.errors as { field: string }[]).map((e) => e.field);
  expect([...new Set(named)].sort()).toEqual([...fields].sort());
}

/** The body matches a contract schema from @cep/shared; on failure the message lists what differs. */
export function expectSchema(schema: TSchema, value: unknown): void {
  const errors = Value.Errors(schema, value).map((e) => `${e.instancePath || '(root)'} ${e.message}`);
  expect(errors).toEqual([]);
}

/** A 401 for a missing or bad access token, with the Bearer challenge. */
export function expectUnauthenticated(res: Response): void {
  expectProblem(res, 401, 'unauthenticated');
  expect(res.headers['www-authenticate']).toBe('Bearer');
}

/** A 409 for a lifecycle move the pledge's state does not allow, naming that state. */
export function expectInvalidState(res: Response, state: string): void {
  expectProblem(res, 409, 'invalid_state');
  expect(res.body.detail).toEqual(expect.stringContaining(state));
}

/**
 * Reads until `done` holds or `timeoutMs` passes, and returns the last reading for the caller's
 * expectations. For what the product promises soon rather than at once: the change feed shows a
 * change once every older transaction on the server has ended (other test files' included).
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    value = await read();
  }
  return value;
}
