import { BadgeJsonSchema, ErrorCode, PledgeState, Role, ShieldsEndpointSchema, VerificationPageSchema } from '@cep/shared';
import type { Response } from 'supertest';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema } from '../../../../test/expectations.ts';
import { bearer, createUser, createVendor, setPledge } from '../../../../test/factories.ts';
import { type Vendor } from '../../vendors/index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** Badges update asynchronously (NOTIFY → refresh): ask until the answer satisfies `ok`, up to 5 s. */
async function eventually(path: string, ok: (res: Response) => boolean, referer?: string): Promise<Response> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const req = t.http().get(path);
    const res = await (referer ? req.set('referer', referer) : req);
    if (ok(res) || Date.now() > deadline) return res;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function vendorIn(state: PledgeState | 'pending', overrides: Partial<Vendor> = {}): Promise<Vendor> {
  const vendor = await createVendor(t.db, { badgeDomains: ['acme.example'], ...overrides });
  if (state !== 'pending') {
    const owner = await createUser(t.db, { role: Role.VendorOwner, vendorId: vendor.id });
    await setPledge(t.db, vendor, owner, { state, activeSince: new Date('2026-02-01T10:00:00Z'), stateSince: new Date('2026-03-01T10:00:00Z') });
  }
  return vendor;
}

const svgOf = (vendor: Vendor, referer?: string) => eventually(`/badge/${vendor.slug}.svg`, (r) => r.status === 200, referer);

/**
 * Waits until the cache has caught up with the vendor's pledge (the factories write the vendor, then
 * its pledge, each change notified separately). The requests it takes are counted under the
 * `warmup.acme.example` referrer, which the view-count test leaves out.
 */
async function settled(vendor: Vendor, text: string): Promise<void> {
  const res = await eventually(`/badge/${vendor.slug}.svg`, (r) => r.status === 200 && r.body.toString().includes(`>${text}<`), 'https://warmup.acme.example/');
  expect(res.body.toString()).toContain(`>${text}<`);
}

describe('GET /badge/:slug.svg', () => {
  it.each([
    [PledgeState.Active, 'active', '#2e7d32'],
    [PledgeState.Lapsed, 'lapsed', '#9a6700'],
    [PledgeState.Suspended, 'suspended', '#c62828'],
    [PledgeState.Revoked, 'not a member', '#6e7781'],
    [PledgeState.Withdrawn, 'not a member', '#6e7781'],
    ['pending' as const, 'not a member', '#6e7781'],
  ])('shows a %s pledge as "%s" in %s', async (state, text, color) => {
    const vendor = await vendorIn(state);
    const res = await eventually(`/badge/${vendor.slug}.svg`, (r) => r.status === 200 && String(r.body).includes(`>${text}<`));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    const svg = res.body.toString();
    expect(svg).toContain('>Customer Excellence Pledge<');
    expect(svg).toContain(`>${text}<`);
    expect(svg).toContain(`fill="${color}"`);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="[^"]+"/);
    expect(svg).toContain(`<title>${vendor.name}: Customer Excellence Pledge — ${text}</title>`);
  });

  it('answers an unknown slug with 404 and a grey "not a member" badge', async () => {
    const res = await t.http().get('/badge/no-such-vendor.svg');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(res.body.toString()).toContain('>not a member<');
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('is embeddable anywhere, cacheable and never sniffed: CORS, CORP, Cache-Control, ETag, Vary, nosniff', async () => {
    const vendor = await vendorIn(PledgeState.Active);
    await settled(vendor, 'active');
    const res = await svgOf(vendor);
    expect(res.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      'x-content-type-options': 'nosniff',
      // Browsers ask again on every view: a change shows on the next one.
      'cache-control': 'public, no-cache',
      vary: 'Referer',
      etag: expect.stringMatching(/^"[A-Za-z0-9_-]+"$/),
    });
  });

  it('answers 304 without a body for a matching If-None-Match, 200 for another', async () => {
    const vendor = await vendorIn(PledgeState.Active);
    await settled(vendor, 'active');
    const first = await svgOf(vendor);
    const again = await t.http().get(`/badge/${vendor.slug}.svg`).set('if-none-match', String(first.headers.etag));
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['cache-control']).toBe('public, no-cache');
    expect(again.headers['content-type']).toBeUndefined();
    expect((await t.http().get(`/badge/${vendor.slug}.svg`).set('if-none-match', '"stale"')).status).toBe(200);
  });

  it('gives the same answers from the front door (over HTTP) and from the Fastify route (inject)', async () => {
    const vendor = await vendorIn(PledgeState.Active, { badgeDomains: ['acme.example'] });
    await settled(vendor, 'active');
    const svg = `/badge/${vendor.slug}.svg`;
    for (const path of [svg, `${svg}?style=seal`, `${svg}?style=seal&theme=dark`, `${svg}?theme=dark`, `/badge/${vendor.slug}.json`, `/badge/${vendor.slug}/shields.json`]) {
      for (const referer of ['https://acme.example/', 'https://copycat.example/']) {
        const viaHttp = await t.http().get(path).set('referer', referer);
        const viaInject = await t.app.inject({ method: 'GET', url: path, headers: { referer } });
        expect(viaInject.statusCode).toBe(viaHttp.status);
        expect(viaInject.body).toBe(Buffer.isBuffer(viaHttp.body) ? viaHttp.body.toString() : viaHttp.text);
        for (const header of ['etag', 'cache-control', 'content-type', 'vary', 'access-control-allow-origin', 'cross-origin-resource-policy']) {
          expect(viaInject.headers[header]).toBe(viaHttp.headers[header]);
        }
        const notModified = await t.app.inject({ method: 'GET', url: path, headers: { referer, 'if-none-match': String(viaHttp.headers.etag) } });
        expect(notModified.statusCode).toBe(304);
      }
    }
  });

  it('comes as a seal with member since and the last period checked, and in a dark theme; a copied seal vouches for nothing', async () => {
    const vendor = await vendorIn(PledgeState.Active, { badgeDomains: ['acme.example'] });
    await t.db.query(`INSERT INTO checkpoint (vendor_id, period, status, submitted_at) VALUES ($1, '2026-H1', 'accepted', '2026-07-10T00:00:00Z')`, [vendor.id]);
    const seal = await eventually(`/badge/${vendor.slug}.svg?style=seal&theme=dark`, (r) => r.status === 200 && r.body.toString().includes('checked 2026-H1'));
    const text = seal.body.toString();
    expect(text).toContain(`>${vendor.name}<`);
    expect(text).toContain('>Member since Feb 2026 · checked 2026-H1<');
    expect(text).toContain('fill="#0d1117"');
    expect(seal.headers['cache-control']).toBe('public, no-cache');
    const copied = await t.http().get(`/badge/${vendor.slug}.svg?style=seal`).set('referer', 'https://copycat.example/');
    expect(copied.body.toString()).toContain('>unverified site<');
    expect(copied.body.toString()).not.toContain('Member since');
    // A cache-buster a page adds is ignored; a look that does not exist is named.
    expect((await t.http().get(`/badge/${vendor.slug}.svg?v=3`)).status).toBe(200);
    expectFieldErrors(await t.http().get(`/badge/${vendor.slug}.svg?style=huge`), ['style']);
  });

  it('answers HEAD with the headers and no body', async () => {
    const vendor = await vendorIn(PledgeState.Active);
    await settled(vendor, 'active');
    const res = await t.http().head(`/badge/${vendor.slug}.svg`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(Number(res.headers['content-length'])).toBeGreaterThan(100);
    expect(res.text ?? '').toBe('');
  });

  it('counts its answers in /metrics instead of logging them', async () => {
    const vendor = await vendorIn(PledgeState.Active);
    await settled(vendor, 'active');
    const count = async (status: number): Promise<number> => {
      const metrics = await t.http().get('/metrics');
      expect(metrics.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      const line = metrics.text.split('\n').find((l) => l.startsWith(`cep_hot_responses_total{route="badge.svg",status="${status}"}`));
      return line ? Number(line.split(' ').pop()) : 0;
    };
    const [ok, notFound] = [await count(200), await count(404)];
    const first = await t.http().get(`/badge/${vendor.slug}.svg`);
    await t.http().get(`/badge/${vendor.slug}.svg`);
    await t.http().get('/badge/nobody-at-all.svg');
    expect(first.status).toBe(200);
    expect(await count(200)).toBe(ok + 2);
    expect(await count(404)).toBe(notFound + 1);
  });

  it('says "unverified site" on a page of a domain the vendor has not listed, and counts it', async () => {
    const vendor = await vendorIn(PledgeState.Active, { badgeDomains: ['acme.example'] });
    await settled(vendor, 'active');
    const listed = await svgOf(vendor, 'https://acme.example/about');
    expect(listed.body.toString()).toContain('>active<');
    expect((await svgOf(vendor, 'https://www.acme.example/')).body.toString()).toContain('>active<');
    expect((await svgOf(vendor, 'http://registry.test/verify/x')).body.toString()).toContain('>active<');
    expect((await svgOf(vendor)).body.toString()).toContain('>active<');

    const copied = await svgOf(vendor, 'https://copycat.example/badge-page');
    expect(copied.body.toString()).toContain('>unverified site<');
    expect(copied.headers.etag).not.toBe(listed.headers.etag);
    // A look-alike suffix is not a subdomain.
    expect((await svgOf(vendor, 'https://notacme.example/')).body.toString()).toContain('>unverified site<');

    const member = await createUser(t.db, { role: Role.VendorMember, vendorId: vendor.id });
    const stats = await t.http().get(`/api/v1/vendors/${vendor.id}/badge-stats`).set('authorization', bearer(t.app, member));
    expect(stats.status).toBe(200);
    const warmup = (stats.body.byDomain as { domain: string; views: number }[]).find((d) => d.domain === 'warmup.acme.example')?.views ?? 0;
    expect(stats.body).toEqual({
      days: 30,
      views: 4 + warmup,
      unverified: 2,
      byDomain: expect.arrayContaining([
        { domain: 'acme.example', views: 1, unverified: 0 },
        { domain: 'www.acme.example', views: 1, unverified: 0 },
        { domain: 'copycat.example', views: 0, unverified: 1 },
        { domain: 'notacme.example', views: 0, unverified: 1 },
        { domain: '(no referrer)', views: 1, unverified: 0 },
        { domain: 'registry.test', views: 1, unverified: 0 },
      ]),
      sharedMaxAge: null,
    });
  });

  it('names a malformed slug', async () => {
    expectFieldErrors(await t.http().get('/badge/Not_A_Slug!.svg'), ['slug']);
  });
});

describe('GET /badge/:slug.json and /badge/:slug/shields.json', () => {
  it('tells status, name, since, last checked period, next due date and the verification URL — nothing private', async () => {
    const vendor = await vendorIn(PledgeState.Active, { supportContact: { name: 'Private Person', kind: 'person', email: 'secret@vendor.example' } });
    await t.db.query(`INSERT INTO checkpoint (vendor_id, period, status, submitted_at) VALUES ($1, '2026-H1', 'accepted', '2026-07-10T00:00:00Z')`, [vendor.id]);
    const res = await eventually(`/badge/${vendor.slug}.json`, (r) => r.status === 200 && r.body.status === 'active' && r.body.lastCheckedPeriod === '2026-H1');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expectSchema(BadgeJsonSchema, res.body);
    expect(res.body).toEqual({
      status: 'active',
      vendorName: vendor.name,
      slug: vendor.slug,
      since: '2026-03-01T10:00:00.000Z',
      memberSince: '2026-02-01T10:00:00.000Z',
      lastCheckedPeriod: '2026-H1',
      nextDueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      verificationUrl: `http://registry.test/verify/${vendor.slug}`,
      badgeDomains: ['acme.example'],
    });
    expect(res.text).not.toContain('secret@vendor.example');
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('follows the shields.io endpoint schema', async () => {
    const vendor = await vendorIn(PledgeState.Lapsed);
    const res = await eventually(`/badge/${vendor.slug}/shields.json`, (r) => r.status === 200 && r.body.message === 'lapsed');
    expectSchema(ShieldsEndpointSchema, res.body);
    expect(res.body).toEqual({ schemaVersion: 1, label: 'Customer Excellence Pledge', message: 'lapsed', color: 'orange', cacheSeconds: 300 });
  });

  it('answers an unknown slug with a problem+json 404', async () => {
    expectProblem(await t.http().get('/badge/nobody.json'), 404, ErrorCode.NotFound);
    expectProblem(await t.http().get('/badge/nobody/shields.json'), 404, ErrorCode.NotFound);
  });
});

describe('a change shows on the badge', () => {
  it('when the admin suspends, the vendor is renamed, or its domains change', async () => {
    const vendor = await vendorIn(PledgeState.Active);
    const admin = await createUser(t.db, { role: Role.Admin });
    await settled(vendor, 'active');

    const suspended = await t.http().post(`/api/v1/vendors/${vendor.id}/pledge/suspend`).set('authorization', bearer(t.app, admin)).send({ reason: 'Complaints ignored' });
    expect(suspended.status).toBe(200);
    expect((await eventually(`/badge/${vendor.slug}.svg`, (r) => r.body.toString().includes('>suspended<'))).body.toString()).toContain('>suspended<');

    await t.db.query(`UPDATE vendor SET name = 'Renamed Vendor', badge_domains = '{elsewhere.example}' WHERE id = $1`, [vendor.id]);
    const renamed = await eventually(`/badge/${vendor.slug}.json`, (r) => r.body.vendorName === 'Renamed Vendor');
    expect(renamed.body.vendorName).toBe('Renamed Vendor');
    const moved = await eventually(`/badge/${vendor.slug}.svg`, (r) => r.body.toString().includes('>suspended<'), 'https://elsewhere.example/');
    expect(moved.body.toString()).toContain('>suspended<');
  });

  it('follows a slug change: the old slug is unknown, the new one answers', async () => {
    const vendor = await vendorIn(PledgeState.Active);
    await settled(vendor, 'active');
    await t.db.query(`UPDATE vendor SET slug = $2 WHERE id = $1`, [vendor.id, `${vendor.slug}-new`]);
    expect((await eventually(`/badge/${vendor.slug}-new.svg`, (r) => r.status === 200)).status).toBe(200);
    expect((await eventually(`/badge/${vendor.slug}.svg`, (r) => r.status === 404)).status).toBe(404);
  });
});

describe('GET /api/v1/directory/:slug (verification)', () => {
  it('shows the signed pledge, state, last check, next due date and badge domains — nothing private', async () => {
    const vendor = await vendorIn(PledgeState.Active, { badgeDomains: ['acme.example', 'shop.acme.example'], supportContact: { name: 'Private Person', kind: 'person', email: 'secret@vendor.example' } });
    const res = await t.http().get(`/api/v1/directory/${vendor.slug}`);
    expect(res.status).toBe(200);
    expectSchema(VerificationPageSchema, res.body);
    expect(res.body).toMatchObject({
      name: vendor.name,
      slug: vendor.slug,
      state: 'active',
      status: 'active',
      since: '2026-03-01T10:00:00.000Z',
      agreement: { version: 1, textSha256: expect.stringMatching(/^[0-9a-f]{64}$/), text: expect.stringContaining('CUSTOMER EXCELLENCE PLEDGE') },
      badgeDomains: ['acme.example', 'shop.acme.example'],
    });
    expect(res.text).not.toContain('secret@vendor.example');
  });

  it('shows a member’s customer promises: its queue definitions and the support contact’s name, not how to reach them', async () => {
    const queuePriorities = {
      low: { description: 'Questions', targetMinutes: 480 },
      medium: { description: 'Degraded for some', targetMinutes: 240 },
      high: { description: 'Down for everyone', targetMinutes: 60 },
    };
    const vendor = await vendorIn(PledgeState.Active, { queuePriorities, supportContact: { name: 'The Care Team', kind: 'team', email: 'care@vendor.example', phone: '+1 555 0100' } });
    const res = await t.http().get(`/api/v1/directory/${vendor.slug}`);
    expectSchema(VerificationPageSchema, res.body);
    expect(res.body).toMatchObject({ queueDefinitions: queuePriorities, supportContact: { name: 'The Care Team', kind: 'team' } });
    expect(res.text).not.toContain('care@vendor.example');
    expect(res.text).not.toContain('555 0100');

    // Not described yet: nulls. Not a member: nothing, even when described.
    const bare = await vendorIn(PledgeState.Active);
    expect((await t.http().get(`/api/v1/directory/${bare.slug}`)).body).toMatchObject({ queueDefinitions: null, supportContact: null });
    const waiting = await vendorIn(PledgeState.PendingSignature, { queuePriorities, supportContact: { name: 'Someone', kind: 'person', email: 'someone@vendor.example' } });
    const pending = await t.http().get(`/api/v1/directory/${waiting.slug}`);
    expect(pending.status).toBe(200);
    expect(pending.body).toMatchObject({ status: 'not_member', queueDefinitions: null, supportContact: null });
  });

  it('answers 404 for an unknown vendor and 400 for a malformed slug', async () => {
    expectProblem(await t.http().get('/api/v1/directory/nobody-here'), 404, ErrorCode.NotFound);
    expectFieldErrors(await t.http().get('/api/v1/directory/NOT_A_SLUG'), ['slug']);
  });
});

describe('GET /api/v1/vendors/:id/badge-stats', () => {
  it('answers 404 for another vendor and 401 anonymously', async () => {
    const vendor = await vendorIn(PledgeState.Active);
    const other = await vendorIn(PledgeState.Active);
    const otherMember = await createUser(t.db, { role: Role.VendorMember, vendorId: other.id });
    expectProblem(await t.http().get(`/api/v1/vendors/${vendor.id}/badge-stats`).set('authorization', bearer(t.app, otherMember)), 404, ErrorCode.NotFound);
    expect((await t.http().get(`/api/v1/vendors/${vendor.id}/badge-stats`)).status).toBe(401);
  });
});

describe('behind a CDN (BADGE_SHARED_MAX_AGE)', () => {
  it('lets shared caches keep the badge that long, browsers still revalidate, and the dashboard is told the delay', async () => {
    const cdn = await createTestApp({ env: { BADGE_SHARED_MAX_AGE: '30' } });
    try {
      const vendor = await createVendor(cdn.db);
      const owner = await createUser(cdn.db, { role: Role.VendorOwner, vendorId: vendor.id });
      await setPledge(cdn.db, vendor, owner, { state: PledgeState.Active, activeSince: new Date('2026-02-01T10:00:00Z') });
      let res = await cdn.http().get(`/badge/${vendor.slug}.svg`);
      for (let tries = 0; tries < 100 && !res.body.toString().includes('>active<'); tries++) {
        await new Promise((r) => setTimeout(r, 20));
        res = await cdn.http().get(`/badge/${vendor.slug}.svg`);
      }
      expect(res.headers['cache-control']).toBe('public, max-age=0, must-revalidate, s-maxage=30');
      const stats = await cdn.http().get(`/api/v1/vendors/${vendor.id}/badge-stats`).set('authorization', bearer(cdn.app, owner));
      expect(stats.body.sharedMaxAge).toBe(30);
    } finally {
      await cdn.close();
    }
  });
});

describe('the badge rate limit', () => {
  it('answers 429 with Retry-After past the per-client limit', async () => {
    const limited = await createTestApp({ env: { RATE_LIMIT_BADGE: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await limited.http().get('/badge/anyone.svg')).status);
      expect(statuses).toEqual([404, 404, 404, 429]);
      const res = await limited.http().get('/badge/anyone.json');
      expectProblem(res, 429, ErrorCode.RateLimited);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.headers['access-control-allow-origin']).toBe('*');
    } finally {
      await limited.close();
    }
  });
});
