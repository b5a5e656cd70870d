import type { Response } from 'supertest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { bearer, createApplication, createCast, createInvitation } from '../../../test/factories.ts';
import { type RouteEntry, routeTable } from '../../../test/routes.ts';

/**
 * No input, however malformed, gets a 500 (SPEC §8). Garbage bodies, parameters, query strings and
 * headers go to every route, anonymously and as the admin, so that both the validation and the
 * code behind it (services, SQL) see them; every answer must be below 500, and every refusal
 * problem+json.
 */

let t: TestApp;
let admin: string;
let ids: { vendor: string; application: string; token: string };
let routes: RouteEntry[];
beforeAll(async () => {
  t = await createTestApp();
  const cast = await createCast(t.db);
  admin = bearer(t.app, cast.admin);
  ids = {
    vendor: cast.vendor.id,
    application: (await createApplication(t.db)).id,
    token: (await createInvitation(t.db, cast.vendor)).token,
  };
  routes = routeTable(t.app).filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD' && r.method !== 'OPTIONS');
});
afterAll(async () => t.close());

/** Real ids, so requests that pass validation reach the database. */
const real = (url: string) => url.replace(':id', url.includes('/applications/') ? ids.application : ids.vendor).replace(':token', ids.token);

const NUL = '\u0000';
const FIELDS = [
  'email', 'password', 'name', 'companyName', 'website', 'category', 'contactName', 'contactEmail', 'contactTitle', 'message',
  'slug', 'reason', 'role', 'description', 'supportContact', 'queuePriorities', 'badgeDomains', 'calendar',
];
const ODD_VALUES: unknown[] = [null, 1e308, -1, 0.5, true, [], {}, [[[[]]]], { $gt: '' }, NUL, `a${NUL}b`, 'x'.repeat(20000), '\u202e\ud83d\ude00', ['a', 1, null]];

/** Raw JSON texts that are not the object a route wants. */
const RAW_BODIES = [
  '"a string"', '42', 'true', 'null', '[]', '[1,2,3]', '{}', '{"a":1e400}', '{"a":-0}', '{"a":"\\u0000"}',
  '{"__proto__":{"role":"admin"}}', '{"constructor":{"prototype":{"role":"admin"}}}',
  `${'['.repeat(50000)}${']'.repeat(50000)}`, `${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}`,
  '{"email":"a@b.example","email":"c@d.example"}', '\ufeff{}', '{"a":1}garbage', '',
];

/** Bodies that pass the schema of some route, with a NUL or an extreme in one string field. */
const NEAR_VALID: Record<string, object[]> = {
  'POST /api/v1/applications': [
    { companyName: `Acme${NUL}`, website: 'https://acme.example', category: 'lms', contactName: 'A', contactEmail: 'a@acme.example' },
    { companyName: 'Acme', website: 'https://acme.example', category: 'lms', contactName: `A${NUL}`, contactEmail: 'a@acme.example', message: NUL },
  ],
  'POST /api/v1/applications/:id/reject': [{ reason: `No${NUL}pe` }],
  'POST /api/v1/applications/:id/approve': [{ slug: 'a'.repeat(64) }],
  'PATCH /api/v1/vendors/:id': [
    { name: `Acme${NUL}` },
    { description: NUL },
    { supportContact: { name: `N${NUL}`, kind: 'team', email: 'help@acme.example' } },
    { queuePriorities: { low: { description: NUL, targetMinutes: 1 }, medium: { description: 'm', targetMinutes: 100000 }, high: { description: 'h', targetMinutes: 1 } } },
    { calendar: { timeZone: `Europe/Berlin${NUL}`, weekly: {}, holidays: [] } },
    { calendar: { timeZone: 'UTC', weekly: { mon: Array.from({ length: 8 }, () => ['00:00', '24:00']) }, holidays: ['0000-01-01', '9999-12-31'] } },
  ],
  'POST /api/v1/invitations/:token/accept': [{ name: `Ada${NUL}`, password: `pass${NUL}word-long-enough` }],
  'POST /api/v1/auth/login': [{ email: 'nobody@nowhere.example', password: NUL }],
};

const BAD_PARAMS = ['%00', 'null', '0', '-1', '1e400', 'x'.repeat(150), 'x'.repeat(250), '%2e%2e%2f%2e%2e', '%E2%82%AC', '%', '%ZZ', '00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', "1'%20OR%20'1'='1"];
const BAD_QUERIES = [
  'limit=1e400', 'limit=99999999999999999999', 'limit=100&after=WyJuYW1lIiwiemEiXQ', 'limit=-0', 'limit[]=1', 'after=a&after=b', 'after=%00', `after=${'A'.repeat(900)}`,
  'after=WyJfX3Byb3RvX18iXQ', 'page=2', 'q[a]=b', 'q=%00', 'q=%', 'q=%25%5F%5C',
  'sort=__proto__', '__proto__=x', 'constructor=x', 'status=%FF', 'category=%00', 'to=%00', `q=${'é'.repeat(200)}`, 'q=\\', '&&&==&',
];
const CONTENT_TYPES = ['application/json; charset=latin1', 'application/vnd.api+json', 'multipart/form-data; boundary=x', 'application/json, text/plain'];

const failures: string[] = [];
let requests = 0;

/**
 * Fastify's router answers a path it cannot decode (`%ZZ`) or a parameter over `maxParamLength`
 * itself, before any hook or handler, in its own JSON shape; only the `frameworkErrors` option of
 * the Fastify constructor turns those into problem+json. They must still be 4xx.
 */
const ROUTER_ERRORS = new Set(['FST_ERR_BAD_URL', 'FST_ERR_MAX_PARAM_LENGTH']);

/** Records any answer of 500 or more, and any refusal that is not problem+json. */
function check(label: string, res: Response) {
  requests += 1;
  const problemJson = String(res.headers['content-type']).includes('application/problem+json');
  if (res.status >= 500) failures.push(`${label} → ${res.status} ${JSON.stringify(res.body)}`);
  else if (res.status >= 400 && !problemJson && !ROUTER_ERRORS.has(String((res.body as { code?: unknown }).code))) failures.push(`${label} → ${res.status} as ${res.headers['content-type']}`);
}

function send(method: string, url: string, who: string | undefined) {
  const http = t.http();
  const req = method === 'GET' ? http.get(url) : method === 'POST' ? http.post(url) : method === 'PATCH' ? http.patch(url) : method === 'PUT' ? http.put(url) : http.delete(url);
  const withAuth = who ? req.set('authorization', who) : req;
  return method === 'PATCH' ? withAuth.set('if-match', '"1"') : withAuth;
}

describe('malformed input on every API route', () => {
  afterAll(() => {
    // A guard against a fuzz that silently stopped sending anything.
    expect(requests).toBeGreaterThan(500);
  });

  it('never answers 500 to garbage bodies', async () => {
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      const url = real(route.url);
      for (const who of [undefined, admin]) {
        for (const raw of RAW_BODIES) {
          check(`${route.method} ${route.url} raw ${raw.slice(0, 30)}`, await send(route.method, url, who).set('content-type', 'application/json').send(raw));
        }
        for (const value of ODD_VALUES) {
          const body = Object.fromEntries(FIELDS.map((f) => [f, value]));
          check(`${route.method} ${route.url} all fields ${JSON.stringify(value).slice(0, 30)}`, await send(route.method, url, who).send(body));
        }
        for (const type of CONTENT_TYPES) check(`${route.method} ${route.url} as ${type}`, await send(route.method, url, who).set('content-type', type).send('{"a":1}'));
      }
      for (const body of NEAR_VALID[`${route.method} ${route.url}`] ?? []) {
        check(`${route.method} ${route.url} near-valid ${JSON.stringify(body).slice(0, 60)}`, await send(route.method, url, admin).send(body));
      }
    }
    expect(failures).toEqual([]);
    // Thousands of requests one after another: sized for a loaded machine, like the contract fuzz.
  }, 300_000);

  it('never answers 500 to garbage path parameters or query strings', async () => {
    for (const route of routes) {
      for (const who of [undefined, admin]) {
        if (route.url.includes(':')) {
          for (const param of BAD_PARAMS) {
            const url = route.url.replace(/:\w+/g, param);
            check(`${route.method} ${url}`, await send(route.method, url, who).send(route.method === 'GET' ? undefined : {}));
          }
        }
        for (const query of BAD_QUERIES) {
          const url = `${real(route.url)}?${query}`;
          check(`${route.method} ${url}`, await send(route.method, url, who));
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('never answers 500 to odd headers or methods', async () => {
    const vendor = `/api/v1/vendors/${ids.vendor}`;
    for (const ifMatch of ['"999999999"', '"2147483648"', '"-1"', 'W/', '""', '"1"'.repeat(40), '*', 'null']) {
      check(`PATCH if-match ${ifMatch}`, await t.http().patch(vendor).set('authorization', admin).set('if-match', ifMatch).send({ description: 'fuzz' }));
    }
    for (const key of ['', ' ', 'k'.repeat(201), 'ÿ', 'a b']) {
      check(`POST idempotency-key ${JSON.stringify(key)}`, await t.http().post('/api/v1/applications').set('idempotency-key', key).send({}));
    }
    for (const authorization of ['Bearer', 'Bearer a.b', `Bearer ${'a'.repeat(8000)}`, 'bearer x.y.z', 'Bearer \t x']) {
      check(`authorization ${authorization.slice(0, 20)}`, await t.http().get('/api/v1/me').set('authorization', authorization));
    }
    check('cookie garbage', await t.http().post('/api/v1/auth/refresh').set('cookie', 'cep_refresh=%E0%A4%A; cep_refresh=2'));
    check('PUT /api/v1/vendors', await t.http().put('/api/v1/vendors').set('authorization', admin).send({}));
    check('DELETE /api/v1/me', await t.http().delete('/api/v1/me').set('authorization', admin));
    check('OPTIONS /api/v1/me', await t.http().options('/api/v1/me'));
    check('GET /api/v1/../../etc/passwd', await t.http().get('/api/v1/%2e%2e/%2e%2e/etc/passwd'));
    expect(failures).toEqual([]);
  });
});
