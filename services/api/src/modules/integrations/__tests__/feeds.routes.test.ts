import { ApiScope, BulkStatusList, DirectoryChangeList, ErrorCode, PledgeState, Role } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { eventually, expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createApiKey, createUser, createVendor, setPledge } from '../../../../test/factories.ts';

let t: TestApp;
let admin: Awaited<ReturnType<typeof createUser>>;
let key: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.db, { role: Role.Admin });
  key = (await createApiKey(t.db, { vendorId: null, createdBy: admin.id, scopes: [ApiScope.StatusRead] })).key;
});
afterAll(async () => t.close());

async function vendorIn(state: PledgeState | 'pending') {
  const vendor = await createVendor(t.db);
  const owner = await createUser(t.db, { role: Role.VendorOwner, vendorId: vendor.id });
  if (state !== 'pending') await setPledge(t.db, vendor, owner, { state, activeSince: new Date('2026-02-01T10:00:00Z') });
  return vendor;
}
const status = (vendors: unknown, etag?: string) => {
  const req = t.http().post('/api/v1/badges/status').set('x-api-key', key).send({ vendors });
  return etag ? req.set('if-none-match', etag) : req;
};
/** The badge cache follows the database's notifications: ask until it has caught up (15 s at most, for a loaded machine). */
const adminPost = (url: string, body: object) => t.http().post(url).set('authorization', bearer(t.app, admin)).send(body);

describe('POST /badges/status', () => {
  it('answers each vendor asked for, by slug or id, and “not a member” for anything unknown', async () => {
    const active = await vendorIn(PledgeState.Active);
    const suspended = await vendorIn(PledgeState.Suspended);
    const pending = await vendorIn('pending');
    const res = await eventually(
      () => status([active.slug, suspended.id, pending.slug, 'no-such-vendor', active.slug.toUpperCase()]),
      (r) => r.body.items?.[1]?.status === 'suspended',
    );
    expect(res.status).toBe(200);
    expectSchema(BulkStatusList, res.body);
    const items = (res.body as BulkStatusList).items;
    expect(items.map((i) => [i.query, i.status, i.member])).toEqual([
      [active.slug, 'active', true],
      [suspended.id, 'suspended', true],
      [pending.slug, 'not_member', false],
      ['no-such-vendor', 'not_member', false],
      [active.slug.toUpperCase(), 'active', true],
    ]);
    expect(items[0]).toMatchObject({ id: active.id, slug: active.slug, name: active.name, memberSince: '2026-02-01T10:00:00.000Z', verifyUrl: `http://registry.test/verify/${active.slug}` });
    expect(items[3]).toMatchObject({ id: null, slug: null, verifyUrl: null });
  });

  it('answers 304 while nothing changed, and a new tag once a standing changes', async () => {
    const vendor = await vendorIn(PledgeState.Active);
    const first = await eventually(() => status([vendor.slug]), (r) => r.body.items?.[0]?.status === 'active');
    const etag = String(first.headers.etag);
    const again = await status([vendor.slug], etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect((await adminPost(`/api/v1/vendors/${vendor.id}/pledge/suspend`, { reason: 'Audit' })).status).toBe(200);
    const changed = await eventually(() => status([vendor.slug], etag), (r) => r.status === 200);
    expect(changed.status).toBe(200);
    expect(changed.body.items[0].status).toBe('suspended');
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('takes at most 1,000 vendors and refuses bad input naming the field', async () => {
    expectFieldErrors(await status(Array.from({ length: 1001 }, (_, i) => `v${i}`)), ['vendors']);
    expectFieldErrors(await status([]), ['vendors']);
    expectFieldErrors(await status('acme'), ['vendors']);
    expectFieldErrors(await status([42]), ['vendors.0']);
    expect((await status(Array.from({ length: 1000 }, (_, i) => `v${i}`))).status).toBe(200);
  });

  it('needs a key with status:read (or a signed-in person)', async () => {
    expectUnauthenticated(await t.http().post('/api/v1/badges/status').send({ vendors: ['x'] }));
    const webhooksOnly = (await createApiKey(t.db, { vendorId: null, createdBy: admin.id, scopes: [ApiScope.WebhooksManage] })).key;
    expectProblem(await t.http().post('/api/v1/badges/status').set('x-api-key', webhooksOnly).send({ vendors: ['x'] }), 403, ErrorCode.Forbidden);
    expect((await t.http().post('/api/v1/badges/status').set('authorization', bearer(t.app, admin)).send({ vendors: ['x'] })).status).toBe(200);
  });
});

describe('GET /directory/changes', () => {
  const changes = (after?: string, etag?: string) => {
    const req = t.http().get(`/api/v1/directory/changes${after ? `?after=${after}` : ''}`).set('x-api-key', key);
    return etag ? req.set('if-none-match', etag) : req;
  };

  it('lists every change of standing in order, resumes from a cursor, and never shows the admin’s reason', async () => {
    const start = (await changes()).body as DirectoryChangeList;
    expectSchema(DirectoryChangeList, start);
    // Read to the end first: other tests in this file changed standings too.
    let cursor = start.next;
    for (let page = (await changes(cursor)).body as DirectoryChangeList; page.items.length > 0; page = (await changes(cursor)).body as DirectoryChangeList) cursor = page.next;
    const vendor = await vendorIn(PledgeState.Active);
    await adminPost(`/api/v1/vendors/${vendor.id}/pledge/suspend`, { reason: 'A private reason' });
    await adminPost(`/api/v1/vendors/${vendor.id}/pledge/reinstate`, { reason: 'Another private reason' });
    const page = await eventually(
      async () => (await changes(cursor)).body as DirectoryChangeList,
      (answer) => answer.items.length >= 2,
    );
    expect(page.items.map((c) => [c.vendor.slug, c.from, c.to, c.member, c.headline])).toEqual([
      [vendor.slug, 'active', 'suspended', true, `${vendor.name}’s pledge was suspended`],
      [vendor.slug, 'suspended', 'active', true, `${vendor.name}’s pledge was reinstated`],
    ]);
    expect(page.items[1]?.sequence).toBeGreaterThan(page.items[0]?.sequence ?? Infinity);
    expect(JSON.stringify(page)).not.toContain('private reason');
    // Nothing new: the same cursor back, and 304 for the same answer.
    const quiet = await changes(page.next);
    expect(quiet.body).toEqual({ items: [], next: page.next });
    expect((await changes(page.next, String(quiet.headers.etag))).status).toBe(304);
  });

  it('refuses a cursor it did not make', async () => {
    expectFieldErrors(await changes('bm90LWEtY3Vyc29y'), ['after']);
    expectFieldErrors(await changes('***'), ['after']);
  });
});

describe('the public feeds of the directory’s changes', () => {
  it('serve the latest changes as Atom and JSON Feed, without credentials, with ETag and 304', async () => {
    const vendor = await vendorIn(PledgeState.Active);
    await adminPost(`/api/v1/vendors/${vendor.id}/pledge/suspend`, { reason: 'Kept private <b>' });
    const atom = await t.http().get('/api/v1/directory/changes.atom');
    expect(atom.status).toBe(200);
    expect(atom.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(atom.headers['cache-control']).toBe('public, max-age=300');
    expect(atom.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(atom.text).toContain(`<title>${vendor.name}’s pledge was suspended</title>`);
    expect(atom.text).not.toContain('Kept private');
    expect((await t.http().get('/api/v1/directory/changes.atom').set('if-none-match', String(atom.headers.etag))).status).toBe(304);
    const json = await t.http().get('/api/v1/directory/changes.json');
    expect(json.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(json.text) as { version: string; items: { title: string; url: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0]).toMatchObject({ title: `${vendor.name}’s pledge was suspended`, url: `http://registry.test/verify/${vendor.slug}` });
  });
});
