import { CategoryList, DirectoryCategories, DirectoryList, ErrorCode, PledgeState, Role, SubmissionStatus } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { allPages, expectPagingErrors, withCursor } from '../../../../test/paging.ts';
import { expectFieldErrors, expectProblem, expectSchema } from '../../../../test/expectations.ts';
import { bearer, createSubmission, createUser, createVendor, setPledge } from '../../../../test/factories.ts';
import { Vendor } from '../vendor.entity.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('GET /api/v1/categories', () => {
  it('lists the categories in order to anyone', async () => {
    const res = await t.http().get('/api/v1/categories');
    expect(res.status).toBe(200);
    expectSchema(CategoryList, res.body);
    expect((res.body.items as { slug: string }[]).map((c) => c.slug)).toEqual(['lms', 'lxp', 'authoring-tool', 'content-provider', 'talent-hr-system', 'other']);
    expect(res.body.items[0]).toEqual({ slug: 'lms', name: 'Learning management system', description: expect.any(String) });
  });

  it('answers the same to a signed-in caller and ignores a bad token', async () => {
    const admin = await createUser(t.db);
    expect((await t.http().get('/api/v1/categories').set('authorization', bearer(t.app, admin))).status).toBe(200);
    expect((await t.http().get('/api/v1/categories').set('authorization', 'Bearer not-a-token')).status).toBe(200);
  });
});

describe('GET /api/v1/directory', () => {
  beforeAll(async () => {
    const pledged = async (overrides: Parameters<typeof createVendor>[1], state: PledgeState) => {
      const vendor = await createVendor(t.db, overrides);
      const owner = await createUser(t.db, { role: Role.VendorOwner, vendorId: vendor.id });
      await setPledge(t.db, vendor, owner, { state, activeSince: new Date('2026-02-01T10:00:00Z') });
      return vendor;
    };
    await pledged(
      { name: 'Dir Alpha', category: 'lms', description: 'Compliance training platform', supportContact: { name: 'Private Person', kind: 'person', email: 'private@alpha.example' } },
      PledgeState.Active,
    );
    await pledged({ name: 'Dir Beta', category: 'lxp', description: 'Skills' }, PledgeState.Lapsed);
    await pledged({ name: 'Dir Gamma', category: 'lms', description: 'Onboarding' }, PledgeState.Suspended);
    // Not pledged: waiting for a signature, or ended.
    await createVendor(t.db, { name: 'Dir Pending', category: 'lms' });
    await pledged({ name: 'Dir Revoked', category: 'lms' }, PledgeState.Revoked);
  });

  it('lists pledged vendors to anyone with their live state, public fields only', async () => {
    const res = await t.http().get('/api/v1/directory?q=dir');
    expect(res.status).toBe(200);
    expectSchema(DirectoryList, res.body);
    expect(res.body).toMatchObject({ total: 3, totalCapped: false, next: null });
    expect(res.body.items[0]).toEqual({
      name: 'Dir Alpha',
      slug: expect.any(String),
      website: expect.any(String),
      category: 'lms',
      description: 'Compliance training platform',
      state: 'active',
      since: '2026-02-01T10:00:00.000Z',
      memberSince: '2026-02-01T10:00:00.000Z',
      lastCheckedPeriod: null,
    });
    expect(JSON.stringify(res.body)).not.toContain('private@alpha.example');
    expect(JSON.stringify(res.body)).not.toMatch(/Dir Pending|Dir Revoked/);
  });

  it('names the last period the registry accepted on each card', async () => {
    const listed = (await t.http().get('/api/v1/directory?q=dir%20alpha')).body.items[0] as { slug: string };
    const vendor = await t.db.getRepository(Vendor).findOneByOrFail({ slug: listed.slug });
    await createSubmission(t.db, vendor, '2026-H1', { status: SubmissionStatus.Accepted });
    await createSubmission(t.db, vendor, '2026-H2', { status: SubmissionStatus.Submitted });
    expect((await t.http().get('/api/v1/directory?q=dir%20alpha')).body.items[0]).toMatchObject({ lastCheckedPeriod: '2026-H1' });
  });

  it('searches names, slugs and descriptions, filters by category and state, and pages', async () => {
    const names = (body: { items: { name: string }[] }) => body.items.map((v) => v.name);
    expect(names((await t.http().get('/api/v1/directory?q=compliance')).body)).toEqual(['Dir Alpha']);
    // Any case; the slug too; LIKE's wildcards are plain characters.
    expect(names((await t.http().get('/api/v1/directory?q=TRAINING%20Platform')).body)).toEqual(['Dir Alpha']);
    const beta = await t.db.getRepository(Vendor).findOneByOrFail({ name: 'Dir Beta' });
    expect(names((await t.http().get(`/api/v1/directory?q=${beta.slug.toUpperCase()}`)).body)).toEqual(['Dir Beta']);
    expect((await t.http().get('/api/v1/directory?q=d%25a')).body).toMatchObject({ total: 0, items: [] });
    expect(names((await t.http().get('/api/v1/directory?q=dir&category=lms')).body)).toEqual(['Dir Alpha', 'Dir Gamma']);
    expect(names((await t.http().get('/api/v1/directory?q=dir&state=lapsed')).body)).toEqual(['Dir Beta']);
    expect(names((await t.http().get('/api/v1/directory?q=dir&state=suspended&category=lms')).body)).toEqual(['Dir Gamma']);
    const pages = await allPages<{ name: string }>((after) => t.http().get(withCursor('/api/v1/directory?q=dir&limit=2', after)));
    expect(pages.map((p) => names(p))).toEqual([['Dir Alpha', 'Dir Beta'], ['Dir Gamma']]);
    expect(pages.map((p) => p.total)).toEqual([3, 3]);
    expect((await t.http().get('/api/v1/directory?q=nothing-like-this')).body).toMatchObject({ total: 0, items: [] });
  });

  it('sorts by category then name, or newest in the registry first, and pages either way', async () => {
    const names = (body: { items: { name: string }[] }) => body.items.map((v) => v.name);
    expect(names((await t.http().get('/api/v1/directory?q=dir&sort=category')).body)).toEqual(['Dir Alpha', 'Dir Gamma', 'Dir Beta']);
    expect(names((await t.http().get('/api/v1/directory?q=dir&sort=newest')).body)).toEqual(['Dir Gamma', 'Dir Beta', 'Dir Alpha']);
    const pages = await allPages<{ name: string }>((after) => t.http().get(withCursor('/api/v1/directory?q=dir&sort=category&limit=2', after)));
    expect(pages.map((p) => names(p))).toEqual([['Dir Alpha', 'Dir Gamma'], ['Dir Beta']]);
    expectFieldErrors(await t.http().get('/api/v1/directory?sort=popular'), ['sort']);
  });

  it('counts the listed vendors of each category, for the same search and state', async () => {
    const counts = await t.http().get('/api/v1/directory/categories?q=dir');
    expect(counts.status).toBe(200);
    expectSchema(DirectoryCategories, counts.body);
    expect(counts.body).toEqual({
      // By the category's name.
      items: [
        { slug: 'lxp', name: 'Learning experience platform', count: 1 },
        { slug: 'lms', name: 'Learning management system', count: 2 },
      ],
      total: 3,
    });
    expect((await t.http().get('/api/v1/directory/categories?q=dir&state=lapsed')).body).toEqual({ items: [{ slug: 'lxp', name: expect.any(String), count: 1 }], total: 1 });
    expectFieldErrors(await t.http().get('/api/v1/directory/categories?state=revoked&sort=name'), ['state', 'sort']);
  });

  it('refuses a state that is not a pledged one', async () => {
    expectFieldErrors(await t.http().get('/api/v1/directory?state=revoked'), ['state']);
  });

  it('names bad query parameters', async () => {
    expectFieldErrors(await t.http().get('/api/v1/directory?limit=many&category=LMS!'), ['limit', 'category']);
    await expectPagingErrors((query) => t.http().get(`/api/v1/directory?${query}`));
    expectFieldErrors(await t.http().get(`/api/v1/directory?q=${'q'.repeat(101)}`), ['q']);
  });

  it('answers 400, not 500, for a search PostgreSQL cannot take', async () => {
    expectProblem(await t.http().get('/api/v1/directory?q=a%00b'), 400, ErrorCode.ValidationFailed);
  });
});
