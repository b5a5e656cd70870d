import { randomUUID } from 'node:crypto';
import { ApiKeyList, ApiScope, CreatedApiKeySchema, DAY_MS, ErrorCode, MAX_ACTIVE_API_KEYS, PledgeState, Role } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createApiKey, createCast, createUser, createVendorWithPeople, movableClock, setPledge } from '../../../../test/factories.ts';
import { auditOf } from '../../../../test/queries.ts';

const time = movableClock(new Date('2026-03-02T10:00:00Z'));
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let auth: { admin: string; owner: string; member: string; otherOwner: string };
beforeAll(async () => {
  // A small quota, so the rate-limit test reaches it in a few calls; the others use fresh keys.
  t = await createTestApp({ clock: time.clock, env: { RATE_LIMIT_API_KEY: '5' } });
  cast = await createCast(t.db);
  await setPledge(t.db, cast.vendor, cast.owner, { state: PledgeState.Active, activeSince: new Date('2026-01-10T09:00:00Z') });
  auth = { admin: bearer(t.app, cast.admin), owner: bearer(t.app, cast.owner), member: bearer(t.app, cast.member), otherOwner: bearer(t.app, cast.otherOwner) };
});
afterAll(async () => t.close());

const keysUrl = (vendorId: string) => `/api/v1/vendors/${vendorId}/api-keys`;
const withKey = (key: string) => ({ 'x-api-key': key });
const checkpointsOf = (vendorId: string, key: string) => t.http().get(`/api/v1/vendors/${vendorId}/checkpoints`).set(withKey(key));
/** A refused key: 401, the reason, and the scheme to answer with. */
function expectKeyRefused(res: Awaited<ReturnType<typeof checkpointsOf>>, detail: string): void {
  expectProblem(res, 401, ErrorCode.Unauthenticated);
  expect(res.headers['www-authenticate']).toBe('ApiKey');
  expect(res.body.detail).toBe(detail);
}

describe('a vendor’s API keys', () => {
  it('are created by the owner, shown once, listed by prefix with who made them and when they were last used, and revoked', async () => {
    const created = await t.http().post(keysUrl(cast.vendor.id)).set('authorization', auth.owner).send({ name: 'Zendesk export', scopes: ['checkpoints:write', 'checkpoints:read'] });
    expect(created.status).toBe(201);
    expectSchema(CreatedApiKeySchema, created.body);
    const { key, prefix, id } = created.body as { key: string; prefix: string; id: string };
    expect(key).toMatch(/^cep_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(prefix)).toBe(true);
    expect(prefix).toHaveLength(12);

    const listed = await t.http().get(keysUrl(cast.vendor.id)).set('authorization', auth.owner);
    expect(listed.status).toBe(200);
    expectSchema(ApiKeyList, listed.body);
    expect(JSON.stringify(listed.body)).not.toContain(key);
    expect(listed.body.items).toEqual([expect.objectContaining({ id, name: 'Zendesk export', prefix, status: 'active', createdBy: cast.owner.email, lastUsedAt: null, vendorId: cast.vendor.id })]);

    expect((await checkpointsOf(cast.vendor.id, key)).status).toBe(200);
    const used = (await t.http().get(keysUrl(cast.vendor.id)).set('authorization', auth.owner)).body.items[0];
    expect(used.lastUsedAt).toBe(time.now().toISOString());
    expect(used.lastUsedIp).toMatch(/127\.0\.0\.1/);

    const revoked = await t.http().delete(`${keysUrl(cast.vendor.id)}/${id}`).set('authorization', auth.owner);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id, status: 'revoked', revokedAt: time.now().toISOString() });
    expectKeyRefused(await checkpointsOf(cast.vendor.id, key), 'The API key was revoked');
    // Revoking again is harmless; both steps are on the audit log.
    expect((await t.http().delete(`${keysUrl(cast.vendor.id)}/${id}`).set('authorization', auth.owner)).status).toBe(200);
    expect((await auditOf(t.db, id)).map((a) => a.action)).toEqual(['api_key.created', 'api_key.revoked']);
  });

  it('act in the audit log as the key of the person who made it', async () => {
    const { key, row } = await createApiKey(t.db, { vendorId: cast.vendor.id, createdBy: cast.owner.id, scopes: [ApiScope.CheckpointsWrite] });
    const period = '2026-H1';
    const res = await t.http().put(`/api/v1/vendors/${cast.vendor.id}/checkpoints/${period}`).set(withKey(key)).send({ volume: { contacts: { email: 120 } } });
    expect(res.status).toBe(200);
    const [line] = (await t.db.query(`SELECT actor_label FROM audit_log WHERE vendor_id = $1 AND action LIKE 'checkpoint.%' ORDER BY at DESC LIMIT 1`, [cast.vendor.id])) as { actor_label: string }[];
    expect(line?.actor_label).toBe(`${cast.owner.email} via API key ${row.prefix}…`);
  });

  it('are managed by the owner and the admin only; another vendor’s keys answer 404', async () => {
    const body = { name: 'CRM', scopes: ['status:read'] };
    expectUnauthenticated(await t.http().post(keysUrl(cast.vendor.id)).send(body));
    expectProblem(await t.http().post(keysUrl(cast.vendor.id)).set('authorization', auth.member).send(body), 403, ErrorCode.Forbidden);
    expectProblem(await t.http().get(keysUrl(cast.vendor.id)).set('authorization', auth.member), 403, ErrorCode.Forbidden);
    expectProblem(await t.http().post(keysUrl(cast.vendor.id)).set('authorization', auth.otherOwner).send(body), 404, ErrorCode.NotFound);
    expectProblem(await t.http().get(keysUrl(cast.vendor.id)).set('authorization', auth.otherOwner), 404, ErrorCode.NotFound);
    expectProblem(await t.http().post(keysUrl(randomUUID())).set('authorization', auth.admin).send(body), 404, ErrorCode.NotFound);
    expect((await t.http().post(keysUrl(cast.vendor.id)).set('authorization', auth.admin).send(body)).status).toBe(201);
    const { row } = await createApiKey(t.db, { vendorId: cast.vendor.id, createdBy: cast.owner.id, scopes: [ApiScope.StatusRead] });
    expectProblem(await t.http().delete(`${keysUrl(cast.otherVendor.id)}/${row.id}`).set('authorization', auth.otherOwner), 404, ErrorCode.NotFound);
    // A key never manages keys, whatever its scopes.
    const { key } = await createApiKey(t.db, { vendorId: cast.vendor.id, createdBy: cast.owner.id, scopes: [...Object.values(ApiScope).filter((s) => s !== ApiScope.AdminRead)] });
    expectProblem(await t.http().get(keysUrl(cast.vendor.id)).set(withKey(key)), 403, ErrorCode.Forbidden);
  });

  it('refuse bad input naming the fields', async () => {
    const post = (body: object) => t.http().post(keysUrl(cast.vendor.id)).set('authorization', auth.owner).send(body);
    expectFieldErrors(await post({ scopes: ['status:read'] }), ['name']);
    expectFieldErrors(await post({ name: '   ', scopes: ['status:read'] }), ['name']);
    expectFieldErrors(await post({ name: 'x', scopes: [] }), ['scopes']);
    expectFieldErrors(await post({ name: 'x', scopes: ['everything'] }), ['scopes.0']);
    expectFieldErrors(await post({ name: 'x', scopes: 'status:read' }), ['scopes']);
    expectFieldErrors(await post({ name: 'x', scopes: ['admin:read'] }), ['scopes']);
    expectFieldErrors(await post({ name: 'x', scopes: ['status:read'], expiresAt: 'tomorrow' }), ['expiresAt']);
    expectFieldErrors(await post({ name: 'x', scopes: ['status:read'], expiresAt: new Date(time.now().getTime() - DAY_MS).toISOString() }), ['expiresAt']);
    expectFieldErrors(await post({ name: 'x', scopes: ['status:read'], owner: 'me' }), ['owner']);
    expectFieldErrors(await t.http().delete(`${keysUrl(cast.vendor.id)}/not-a-uuid`).set('authorization', auth.owner), ['keyId']);
  });

  it('are bounded: a vendor holds at most 25 active keys, and revoking one makes room', async () => {
    const vendor = (await createVendorWithPeople(t.db));
    const who = bearer(t.app, vendor.owner);
    const post = () => t.http().post(keysUrl(vendor.vendor.id)).set('authorization', who).send({ name: 'bulk', scopes: ['status:read'] });
    // Revoked and expired keys do not count.
    const revoked = await createApiKey(t.db, { vendorId: vendor.vendor.id, createdBy: vendor.owner.id, scopes: [ApiScope.StatusRead] });
    await t.db.query(`UPDATE api_key SET revoked_at = now() WHERE id = $1`, [revoked.row.id]);
    await createApiKey(t.db, { vendorId: vendor.vendor.id, createdBy: vendor.owner.id, scopes: [ApiScope.StatusRead], expiresAt: new Date(time.now().getTime() - DAY_MS) });
    const ids: string[] = [];
    for (let i = 0; i < MAX_ACTIVE_API_KEYS; i++) {
      const res = await post();
      expect(res.status).toBe(201);
      ids.push((res.body as { id: string }).id);
    }
    const refused = await post();
    expectProblem(refused, 409, ErrorCode.Conflict);
    expect(refused.body.detail).toContain('25 active API keys');
    expect((await t.http().delete(`${keysUrl(vendor.vendor.id)}/${ids[0]}`).set('authorization', who)).status).toBe(200);
    expect((await post()).status).toBe(201);
  });

  it('stop working when they expire', async () => {
    const { key } = await createApiKey(t.db, { vendorId: cast.vendor.id, createdBy: cast.owner.id, scopes: [ApiScope.CheckpointsRead], expiresAt: new Date(time.now().getTime() + DAY_MS) });
    expect((await checkpointsOf(cast.vendor.id, key)).status).toBe(200);
    time.advance(DAY_MS);
    expectKeyRefused(await checkpointsOf(cast.vendor.id, key), 'The API key has expired');
    expectKeyRefused(await checkpointsOf(cast.vendor.id, 'cep_not-a-key'), 'The API key is unknown');
    expectKeyRefused(await checkpointsOf(cast.vendor.id, 'sk_live_something'), 'The API key is not one of ours (keys start with cep_)');
  });
});

describe('what a key may do', () => {
  it('stays within its vendor: another vendor’s resources answer 404', async () => {
    const { key } = await createApiKey(t.db, { vendorId: cast.vendor.id, createdBy: cast.owner.id, scopes: [ApiScope.CheckpointsRead] });
    expectProblem(await checkpointsOf(cast.otherVendor.id, key), 404, ErrorCode.NotFound);
  });

  it('stays within its scopes: a missing scope is a 403 naming it, and people-only routes refuse every key', async () => {
    const { key } = await createApiKey(t.db, { vendorId: cast.vendor.id, createdBy: cast.owner.id, scopes: [ApiScope.StatusRead] });
    const res = await checkpointsOf(cast.vendor.id, key);
    expectProblem(res, 403, ErrorCode.Forbidden);
    expect(res.body.detail).toBe('This API key lacks the scope checkpoints:read or checkpoints:write or admin:read');
    expectProblem(await t.http().get('/api/v1/me').set(withKey(key)), 403, ErrorCode.Forbidden);
    expectProblem(await t.http().post(`/api/v1/vendors/${cast.vendor.id}/pledge/withdraw`).set(withKey(key)).send({}), 403, ErrorCode.Forbidden);
  });

  it('reads every vendor with a program key, and nothing it was not given', async () => {
    const admin = await createUser(t.db, { role: Role.Admin });
    const { key } = await createApiKey(t.db, { vendorId: null, createdBy: admin.id, scopes: [ApiScope.AdminRead] });
    expect((await checkpointsOf(cast.otherVendor.id, key)).status).toBe(200);
    expect((await t.http().get('/api/v1/vendors').set(withKey(key))).status).toBe(200);
    expectProblem(await t.http().post(`/api/v1/vendors/${cast.vendor.id}/pledge/suspend`).set(withKey(key)).send({ reason: 'A key may not' }), 403, ErrorCode.Forbidden);
    const { key: statusOnly } = await createApiKey(t.db, { vendorId: null, createdBy: admin.id, scopes: [ApiScope.StatusRead] });
    expectProblem(await t.http().get('/api/v1/vendors').set(withKey(statusOnly)), 403, ErrorCode.Forbidden);
  });

  it('has its own rate limit, announced in RateLimit headers and answered 429 with Retry-After', async () => {
    const { key } = await createApiKey(t.db, { vendorId: cast.vendor.id, createdBy: cast.owner.id, scopes: [ApiScope.CheckpointsRead] });
    const first = await checkpointsOf(cast.vendor.id, key);
    expect(first.headers['ratelimit-policy']).toBe('"api-key";q=5;w=60');
    expect(first.headers.ratelimit).toMatch(/^"api-key";r=4;t=\d+$/);
    for (let i = 0; i < 4; i += 1) expect((await checkpointsOf(cast.vendor.id, key)).status).toBe(200);
    const limited = await checkpointsOf(cast.vendor.id, key);
    expectProblem(limited, 429, ErrorCode.RateLimited);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers.ratelimit).toMatch(/^"api-key";r=0;t=\d+$/);
    // Another key has its own quota; people are not counted against it.
    const { key: other } = await createApiKey(t.db, { vendorId: cast.vendor.id, createdBy: cast.owner.id, scopes: [ApiScope.CheckpointsRead] });
    expect((await checkpointsOf(cast.vendor.id, other)).status).toBe(200);
    expect((await t.http().get(`/api/v1/vendors/${cast.vendor.id}/checkpoints`).set('authorization', auth.owner)).status).toBe(200);
  });
});

describe('program-wide keys', () => {
  it('are the admin’s alone, and take only the program’s scopes', async () => {
    expectProblem(await t.http().post('/api/v1/api-keys').set('authorization', auth.owner).send({ name: 'x', scopes: ['status:read'] }), 403, ErrorCode.Forbidden);
    expectProblem(await t.http().get('/api/v1/api-keys').set('authorization', auth.owner), 403, ErrorCode.Forbidden);
    expectFieldErrors(await t.http().post('/api/v1/api-keys').set('authorization', auth.admin).send({ name: 'x', scopes: ['checkpoints:write'] }), ['scopes']);
    const created = await t.http().post('/api/v1/api-keys').set('authorization', auth.admin).send({ name: 'Marketplace sync', scopes: ['status:read', 'admin:read'] });
    expect(created.status).toBe(201);
    expect(created.body.vendorId).toBeNull();
    const list = await t.http().get('/api/v1/api-keys').set('authorization', auth.admin);
    expect(list.body.items.map((k: { name: string }) => k.name)).toContain('Marketplace sync');
    expect((await t.http().get(keysUrl(cast.vendor.id)).set('authorization', auth.admin)).body.items.map((k: { name: string }) => k.name)).not.toContain('Marketplace sync');
    expect((await t.http().delete(`/api/v1/api-keys/${created.body.id}`).set('authorization', auth.admin)).body.status).toBe('revoked');
  });
});
