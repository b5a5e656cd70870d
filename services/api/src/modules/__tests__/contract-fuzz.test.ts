import fc from 'fast-check';
import type { Response } from 'supertest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { bearer, createApplication, createCast, createInvitation } from '../../../test/factories.ts';

/**
 * Property-based fuzzing from the contract: for every operation in the OpenAPI document that takes
 * a JSON body, bodies are generated from its request schema — valid ones, then ones with one field
 * of the wrong type, an unknown field, an oversized string, deep nesting or a `__proto__` key — and
 * sent as the admin with real ids in the path. Never a 5xx (and in test mode every answer is also
 * checked against its documented response schema: see plugins/response-check.ts); every 4xx is
 * problem+json; a 400 for a broken field names that field.
 */

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema | Schema[];
  prefixItems?: Schema[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};
type Operation = { method: string; path: string; schema: Schema };

const RUNS = Number(process.env.CONTRACT_FUZZ_RUNS ?? 8);

/** Values that satisfy `schema` (as far as a generator can: patterns by fc.stringMatching, formats by hand). */
function arbitraryOf(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s) => arbitraryOf(s, depth)));
  if (schema.allOf) return arbitraryOf(Object.assign({}, ...schema.allOf) as Schema, depth);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000), max: schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 100000) });
    case 'number':
      return fc.double({ min: schema.minimum ?? schema.exclusiveMinimum ?? -1000, max: schema.maximum ?? schema.exclusiveMaximum ?? 100000, noNaN: true, noDefaultInfinity: true, minExcluded: schema.exclusiveMinimum !== undefined, maxExcluded: schema.exclusiveMaximum !== undefined });
    case 'string':
      return stringOf(schema);
    case 'array': {
      const tuple = schema.prefixItems ?? (Array.isArray(schema.items) ? schema.items : undefined);
      if (tuple) return fc.tuple(...tuple.map((s) => arbitraryOf(s, depth + 1)));
      const item = arbitraryOf((schema.items as Schema | undefined) ?? {}, depth + 1);
      const bounds = { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, Math.max(schema.minItems ?? 0, 3)) };
      return schema.uniqueItems ? fc.uniqueArray(item, { ...bounds, selector: (v) => JSON.stringify(v) }) : fc.array(item, bounds);
    }
    case 'object':
    default: {
      const properties = schema.properties ?? {};
      if (depth > 4 || Object.keys(properties).length === 0) return fc.constant({});
      return fc.record(Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, arbitraryOf(s, depth + 1)])), { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
    }
  }
}

function stringOf(schema: Schema): fc.Arbitrary<string> {
  const max = Math.min(schema.maxLength ?? 40, 40);
  const min = Math.min(schema.minLength ?? 0, max);
  switch (schema.format) {
    case 'email':
      return fc.emailAddress().filter((e) => e.length <= (schema.maxLength ?? 254));
    case 'uri':
      return fc.webUrl({ validSchemes: ['https'] });
    case 'date-time':
      return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'date':
      return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'uuid':
      return fc.uuid();
  }
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    const fits = (s: string) => s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? Infinity);
    // Stretched to the length bounds when that keeps it matching (a token of 32 characters); never
    // filtered, which could reject almost every draw.
    const sized = (s: string) => {
      if (fits(s) || s.length === 0) return s;
      const stretched = s.repeat(Math.ceil((schema.minLength ?? 0) / s.length)).slice(0, schema.maxLength ?? Infinity);
      return pattern.test(stretched) && fits(stretched) ? stretched : s;
    };
    try {
      return fc.stringMatching(pattern).map(sized);
    } catch {
      // fast-check cannot build from lookaheads (the non-blank patterns): any string that happens to match, else a plain word.
      return fc.string({ minLength: Math.max(1, min), maxLength: Math.max(1, max) }).map((s) => (pattern.test(s) && fits(s) ? s : 'word'.slice(0, Math.max(1, max))));
    }
  }
  return fc.string({ minLength: min, maxLength: Math.max(min, max) });
}

/** A value of another JSON type than the one `schema` allows, or undefined when it allows several. */
function wrongTypeFor(schema: Schema): unknown {
  if (schema.anyOf || schema.oneOf || schema.enum || schema.const !== undefined || Array.isArray(schema.type)) return undefined;
  switch (schema.type) {
    case 'string':
      return 12345;
    case 'integer':
    case 'number':
      return 'not a number';
    case 'boolean':
      return 'yes';
    case 'array':
      return { not: 'an array' };
    case 'object':
      return 'not an object';
    default:
      return undefined;
  }
}

let t: TestApp;
let admin: string;
let operations: Operation[];
let real: (path: string) => string;
beforeAll(async () => {
  t = await createTestApp({ env: { RATE_LIMIT_LOGIN: '100000', RATE_LIMIT_PUBLIC_FORMS: '100000', RATE_LIMIT_COMPLAINTS: '100000', RATE_LIMIT_COMPLAINTS_PER_VENDOR: '100000' } });
  const cast = await createCast(t.db);
  admin = bearer(t.app, cast.admin);
  const application = await createApplication(t.db);
  const invitation = await createInvitation(t.db, cast.vendor);
  real = (path) =>
    path
      .replace('/applications/{id}', `/applications/${application.id}`)
      .replace('{id}', cast.vendor.id)
      .replace('{token}', invitation.token)
      .replace('{period}', '2026-H1')
      .replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
  const document = t.app.swagger() as { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>> };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).flatMap(([method, operation]) => {
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      return schema && path.startsWith('/api/v1/') ? [{ method: method.toUpperCase(), path, schema }] : [];
    }),
  );
}, 60_000);
afterAll(async () => t.close());

const counts = { requests: 0, namedFields: 0 };

function send(op: Operation, body: string): Promise<Response> {
  const url = real(op.path);
  const http = t.http();
  const request = op.method === 'POST' ? http.post(url) : op.method === 'PATCH' ? http.patch(url) : op.method === 'PUT' ? http.put(url) : http.delete(url);
  counts.requests += 1;
  return request.set('authorization', admin).set('if-match', '"1"').set('content-type', 'application/json').send(body);
}

/** What every answer must be: below 500, and a refusal in problem+json. Returns the field names of a 400. */
function expectSound(op: Operation, body: string, res: Response): string[] {
  const label = `${op.method} ${op.path} ${body.slice(0, 200)}`;
  if (res.status >= 500) throw new Error(`${label} → ${res.status} ${JSON.stringify(res.body)}`);
  if (res.status >= 400 && !String(res.headers['content-type']).startsWith('application/problem+json')) throw new Error(`${label} → ${res.status} as ${res.headers['content-type']}`);
  return res.status === 400 ? ((res.body as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field) : [];
}

describe('fuzzing every operation from its contract', () => {
  afterAll(() => {
    // Guards against a fuzz that silently sent nothing, or whose broken fields were never validated.
    expect(operations.length).toBeGreaterThan(20);
    expect(counts.requests).toBeGreaterThan(operations.length * RUNS * 2);
    expect(counts.namedFields).toBeGreaterThan(operations.length);
  });

  it('answers generated valid bodies without a 5xx', async () => {
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(arbitraryOf(op.schema), async (body) => {
          const text = JSON.stringify(body);
          expectSound(op, text, await send(op, text));
        }),
        { numRuns: RUNS },
      );
    }
  }, 300_000);

  it('names the field when one is of the wrong type, and refuses unknown fields', async () => {
    for (const op of operations) {
      const fields = Object.entries(op.schema.properties ?? {}).flatMap(([name, schema]) => {
        const wrong = wrongTypeFor(schema);
        return wrong === undefined ? [] : [{ name, wrong }];
      });
      await fc.assert(
        fc.asyncProperty(arbitraryOf(op.schema), fields.length > 0 ? fc.constantFrom(...fields) : fc.constant(null), async (body, field) => {
          const base = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
          if (field) {
            const text = JSON.stringify({ ...base, [field.name]: field.wrong });
            const named = expectSound(op, text, await send(op, text));
            const res400 = named.length > 0;
            if (res400) {
              expect(named.some((f) => f === field.name || f.startsWith(`${field.name}.`))).toBe(true);
              counts.namedFields += 1;
            }
          }
          if (op.schema.additionalProperties === false) {
            const text = JSON.stringify({ ...base, surelyNotAField: 1 });
            const named = expectSound(op, text, await send(op, text));
            if (named.length > 0) {
              expect(named).toContain('surelyNotAField');
              counts.namedFields += 1;
            }
          }
        }),
        { numRuns: RUNS },
      );
    }
  }, 300_000);

  it('survives oversized strings, deep nesting and __proto__ keys', async () => {
    const deep = `${'{"a":'.repeat(200)}1${'}'.repeat(200)}`;
    for (const op of operations) {
      const stringField = Object.entries(op.schema.properties ?? {}).find(([, s]) => s.type === 'string');
      const bodies = [
        deep,
        `{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}`,
        JSON.stringify(Object.fromEntries(Object.keys(op.schema.properties ?? {}).map((k) => [k, [[[[[[[[[[{}]]]]]]]]]]]))),
        ...(stringField ? [JSON.stringify({ [stringField[0]]: 'x'.repeat(Math.max(stringField[1].maxLength ?? 0, 10_000) + 1) })] : []),
      ];
      for (const body of bodies) {
        const res = await send(op, body);
        expectSound(op, body, res);
        expect(res.status).toBeGreaterThanOrEqual(400);
      }
    }
  }, 300_000);
});
