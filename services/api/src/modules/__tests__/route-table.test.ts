import { randomUUID } from 'node:crypto';
import { ApiScope, PROGRAM_KEY_SCOPES, Role, VENDOR_KEY_SCOPES } from '@cep/shared';
import { forgeJwt } from '../../../test/auth.ts';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { expectUnauthenticated } from '../../../test/expectations.ts';
import { createApiKey, createCast, createUser } from '../../../test/factories.ts';
import { type RouteEntry, routeTable } from '../../../test/routes.ts';
import { toPrincipal } from '../accounts/index.ts';

/**
 * The routes anyone may call. Everything else must refuse an anonymous caller; a route added
 * without `config: { public: true }` is therefore protected, and one added with it fails here
 * until it is listed.
 */
const PUBLIC = [
  'GET /healthz',
  'GET /readyz',
  'GET /metrics',
  'GET /openapi.json',
  'GET /docs',
  'GET /docs/*',
  'GET /docs/json',
  'GET /docs/yaml',
  'GET /docs/static/index.html',
  'GET /docs/static/swagger-initializer.js',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/refresh',
  'POST /api/v1/auth/login/second-factor',
  'POST /api/v1/auth/passkey-sign-in/options',
  'POST /api/v1/auth/passkey-sign-in',
  'POST /api/v1/auth/password-resets',
  'GET /api/v1/auth/password-resets/:token',
  'POST /api/v1/auth/password-resets/:token',
  'POST /api/v1/auth/email-changes/:token',
  'POST /api/v1/complaints/outcome/response',
  'POST /api/v1/complaints/questions/view',
  'POST /api/v1/complaints/questions/answer',
  'POST /api/v1/auth/logout',
  'POST /api/v1/applications',
  'GET /api/v1/invitations/:token',
  'POST /api/v1/invitations/:token/accept',
  'GET /api/v1/categories',
  'GET /api/v1/directory',
  'GET /api/v1/agreements/current',
  'GET /api/v1/directory/:slug',
  'GET /api/v1/directory/categories',
  'POST /api/v1/directory/requests',
  'POST /api/v1/directory/requests/confirm',
  'POST /api/v1/complaints',
  'POST /api/v1/complaints/confirm',
  'POST /api/v1/complaints/outcome',
  'GET /badge/:slug.svg',
  'GET /badge/:slug.json',
  'GET /badge/:slug/shields.json',
  'GET /.well-known/jwks.json',
  'GET /.well-known/did.json',
  'GET /credentials/status/:list',
  'GET /credentials/:id',
  'POST /api/v1/credentials/verify',
  'GET /api/v1/directory/changes.atom',
  'GET /api/v1/directory/changes.json',
];
/**
 * The routes an API key may call and the scopes each accepts (SPEC §8, docs/integrating.md). Every
 * other route is for people: a key gets 403 there, whatever its scopes. A route that starts
 * accepting keys fails here until it is listed, and so does one that stops.
 */
const S = ApiScope;
const CHECKPOINT_READERS = [S.CheckpointsRead, S.CheckpointsWrite, S.AdminRead];
const KEY_ROUTES: Record<string, ApiScope[]> = {
  'GET /api/v1/vendors': [S.AdminRead],
  'GET /api/v1/vendors/:id': [S.StatusRead, S.AdminRead],
  'GET /api/v1/vendors/:id/pledge': [S.StatusRead, S.AdminRead],
  'GET /api/v1/vendors/:id/audit': [S.AdminRead],
  'GET /api/v1/vendors/:id/badge-stats': [S.StatusRead, S.AdminRead],
  'GET /api/v1/vendors/:id/credential': [S.StatusRead, S.AdminRead],
  'GET /api/v1/agreements': [S.AdminRead],
  'GET /api/v1/applications': [S.AdminRead],
  'GET /api/v1/vendors/:id/checkpoints': CHECKPOINT_READERS,
  'GET /api/v1/vendors/:id/checkpoints/:period': CHECKPOINT_READERS,
  'GET /api/v1/vendors/:id/metrics': CHECKPOINT_READERS,
  'PUT /api/v1/vendors/:id/checkpoints/:period': [S.CheckpointsWrite],
  'POST /api/v1/vendors/:id/checkpoints/:period/tickets': [S.CheckpointsWrite],
  'GET /api/v1/checkpoints': [S.AdminRead],
  'GET /api/v1/metrics': [S.AdminRead],
  'GET /api/v1/complaints': [S.ComplaintsRead, S.AdminRead],
  'GET /api/v1/complaints/:id': [S.ComplaintsRead, S.AdminRead],
  'GET /api/v1/watchlist': [S.AdminRead],
  'POST /api/v1/badges/status': [S.StatusRead, S.AdminRead],
  'GET /api/v1/directory/changes': [S.StatusRead, S.AdminRead],
  'GET /api/v1/webhooks': [S.WebhooksManage],
  'POST /api/v1/webhooks': [S.WebhooksManage],
  'GET /api/v1/webhooks/:id': [S.WebhooksManage],
  'PATCH /api/v1/webhooks/:id': [S.WebhooksManage],
  'DELETE /api/v1/webhooks/:id': [S.WebhooksManage],
  'POST /api/v1/webhooks/:id/rotate-secret': [S.WebhooksManage],
  'POST /api/v1/webhooks/:id/test': [S.WebhooksManage],
  'GET /api/v1/webhooks/:id/deliveries': [S.WebhooksManage],
  'POST /api/v1/webhooks/:id/redeliver': [S.WebhooksManage],
};

/**
 * What an admin without a second factor may still call: reading its own account and setting one
 * up. Every other route refuses it with 403 two_factor_required.
 */
const BEFORE_TWO_FACTOR = [
  'GET /api/v1/me',
  'GET /api/v1/auth/sessions',
  'GET /api/v1/auth/two-factor',
  'POST /api/v1/auth/two-factor/totp',
  'POST /api/v1/auth/two-factor/totp/confirm',
  'DELETE /api/v1/auth/two-factor/totp',
  'POST /api/v1/auth/two-factor/recovery-codes',
  'POST /api/v1/auth/passkeys/options',
  'POST /api/v1/auth/passkeys',
  'DELETE /api/v1/auth/passkeys/:id',
];

/** HEAD answers wherever GET does. */
const EXPECTED_PUBLIC = [...PUBLIC, ...PUBLIC.filter((r) => r.startsWith('GET ')).map((r) => r.replace(/^GET/, 'HEAD'))].sort();

let t: TestApp;
let routes: RouteEntry[];
beforeAll(async () => {
  t = await createTestApp();
  routes = routeTable(t.app).filter((r) => r.method !== 'OPTIONS');
});
afterAll(async () => t.close());

/** A concrete URL for a route pattern: well-formed values for its parameters. */
function concrete(url: string): string {
  return url
    .replace(/:id\b/g, randomUUID())
    .replace(/:token\b/g, 'A'.repeat(43))
    .replace(/:period\b/g, '2026-H1')
    .replace(/:keyId\b/g, randomUUID())
    .replace(/\*$/, 'favicon-32x32.png');
}

function call(route: RouteEntry, authorization?: string, apiKey?: string) {
  const http = t.http();
  const path = concrete(route.url);
  const req =
    route.method === 'GET' ? http.get(path) : route.method === 'HEAD' ? http.head(path) : route.method === 'POST' ? http.post(path) : route.method === 'PATCH' ? http.patch(path) : route.method === 'PUT' ? http.put(path) : http.delete(path);
  if (apiKey) void req.set('x-api-key', apiKey);
  return authorization ? req.set('authorization', authorization) : req;
}

describe('the route table', () => {
  it('is read in full', () => {
    const keys = routes.map((r) => `${r.method} ${r.url}`);
    expect(keys).toEqual(expect.arrayContaining(['PATCH /api/v1/vendors/:id', 'POST /api/v1/vendors/:id/members', 'GET /api/v1/outbox', 'POST /api/v1/applications/:id/approve']));
    expect(routes.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses anonymous calls on every route but the public ones, which are exactly the expected set', async () => {
    const open: string[] = [];
    for (const route of routes) {
      const res = await call(route);
      // HEAD answers carry no body: the status says it.
      const refused = res.status === 401 && (route.method === 'HEAD' || res.body.code === 'unauthenticated');
      if (!refused) open.push(`${route.method} ${route.url}`);
      else if (route.method !== 'HEAD') expectUnauthenticated(res);
    }
    expect(open.sort()).toEqual(EXPECTED_PUBLIC);
  });

  it('refuses an expired, foreign or unsigned token on every non-public route', async () => {
    const user = await createUser(t.db);
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: user.id, email: user.email, role: user.role, vid: null, iss: 'cep-registry', aud: 'cep-api', iat: now - 1000, exp: now + 900 };
    const tokens = [
      forgeJwt({ ...claims, exp: now - 1 }, { secret: t.config.jwt.secret }),
      forgeJwt(claims, { secret: 'x'.repeat(48) }),
      forgeJwt(claims, { secret: t.config.jwt.secret, alg: 'none' }),
    ];
    const protectedRoutes = routes.filter((r) => !EXPECTED_PUBLIC.includes(`${r.method} ${r.url}`));
    expect(protectedRoutes.length).toBeGreaterThanOrEqual(14);
    const answers: string[] = [];
    for (const route of protectedRoutes) {
      for (const token of tokens) answers.push(`${route.method} ${route.url} ${(await call(route, `Bearer ${token}`)).status}`);
    }
    expect(answers).toEqual(protectedRoutes.flatMap((r) => tokens.map(() => `${r.method} ${r.url} 401`)));
  });

  it('lets API keys call exactly the routes that list their scopes, and nothing else', async () => {
    const cast = await createCast(t.db);
    const admin = await createUser(t.db, { role: Role.Admin });
    const vendorKey = (await createApiKey(t.db, { vendorId: cast.vendor.id, createdBy: cast.owner.id, scopes: [...VENDOR_KEY_SCOPES] })).key;
    const programKey = (await createApiKey(t.db, { vendorId: null, createdBy: admin.id, scopes: [...PROGRAM_KEY_SCOPES] })).key;
    const keyRoutes = routes.filter((r) => r.method !== 'HEAD' && !EXPECTED_PUBLIC.includes(`${r.method} ${r.url}`));
    const admitted: Record<string, ApiScope[]> = {};
    for (const route of keyRoutes) {
      const name = `${route.method} ${route.url}`;
      const scopes = KEY_ROUTES[name];
      // The key that holds the route's scopes: the vendor's when one of them is a vendor scope.
      const holder = scopes?.some((s) => VENDOR_KEY_SCOPES.includes(s)) ? vendorKey : programKey;
      const res = await call(route, undefined, holder);
      if (res.status === 401 || res.status === 403) {
        expect([name, res.status, res.body.detail]).toEqual([name, 403, expect.stringMatching(/^(API keys cannot call this route|This API key lacks the scope)/)]);
        continue;
      }
      admitted[name] = scopes ?? [];
      // The same route with a key that has every other scope but none of its own: 403 naming them.
      const others = [...VENDOR_KEY_SCOPES, ...PROGRAM_KEY_SCOPES].filter((s) => !(scopes ?? []).includes(s));
      const lacking = (await createApiKey(t.db, { vendorId: holder === vendorKey ? cast.vendor.id : null, createdBy: admin.id, scopes: [...new Set(others)] })).key;
      const refused = await call(route, undefined, lacking);
      expect([name, refused.status, refused.body.detail]).toEqual([name, 403, `This API key lacks the scope ${(scopes ?? []).join(' or ')}`]);
    }
    expect(admitted).toEqual(KEY_ROUTES);
  });

  it('lets an admin without a second factor set one up and nothing else', async () => {
    const admin = await createUser(t.db, { totpEnabledAt: null });
    const auth = `Bearer ${t.app.signAccessToken(toPrincipal(admin))}`;
    const admitted: string[] = [];
    for (const route of routes.filter((r) => r.method !== 'HEAD' && !EXPECTED_PUBLIC.includes(`${r.method} ${r.url}`))) {
      const res = await call(route, auth);
      if (res.status === 403 && res.body.code === 'two_factor_required') continue;
      admitted.push(`${route.method} ${route.url}`);
    }
    expect(admitted.sort()).toEqual([...BEFORE_TWO_FACTOR].sort());
  });

  it('answers CORS preflights for the web app without credentials', async () => {
    const res = await t.http().options('/api/v1/vendors/x').set('origin', 'http://registry.test').set('access-control-request-method', 'PATCH').set('access-control-request-headers', 'authorization, if-match, content-type');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('http://registry.test');
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    const foreign = await t.http().options('/api/v1/vendors').set('origin', 'https://evil.example').set('access-control-request-method', 'GET');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });
});
