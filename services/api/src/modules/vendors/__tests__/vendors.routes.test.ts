import { randomUUID } from 'node:crypto';
import { ErrorCode, Role, VendorList, VendorSchema } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectPagingErrors } from '../../../../test/paging.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createCast, createUser, createVendor } from '../../../../test/factories.ts';
import { auditOf } from '../../../../test/queries.ts';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let auth: { admin: string; owner: string; member: string; otherOwner: string };
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t.db);
  auth = { admin: bearer(t.app, cast.admin), owner: bearer(t.app, cast.owner), member: bearer(t.app, cast.member), otherOwner: bearer(t.app, cast.otherOwner) };
});
afterAll(async () => t.close());

const url = (id: string) => `/api/v1/vendors/${id}`;

/** The version and a column of a vendor, straight from the database. */
async function stored(id: string): Promise<{ version: number; name: string; slug: string; support_contact_is_null: boolean }> {
  const [row] = (await t.db.query(`SELECT version, name, slug, support_contact IS NULL AS support_contact_is_null FROM vendor WHERE id = $1`, [id])) as {
    version: number;
    name: string;
    slug: string;
    support_contact_is_null: boolean;
  }[];
  if (!row) throw new Error(`no vendor ${id}`);
  return row;
}

/** A problem body without what differs between any two requests. */
function withoutRequest(body: Record<string, unknown>) {
  const { requestId: _requestId, instance: _instance, detail: _detail, ...rest } = body;
  return rest;
}

describe('GET /api/v1/vendors', () => {
  beforeAll(async () => {
    await createVendor(t.db, { name: 'Listing Alpha', category: 'lms', createdAt: new Date('2026-01-03T00:00:00Z') });
    await createVendor(t.db, { name: 'Listing Beta', category: 'lxp', createdAt: new Date('2026-01-01T00:00:00Z') });
    await createVendor(t.db, { name: 'Listing Gamma', category: 'lms', createdAt: new Date('2026-01-02T00:00:00Z') });
    await createVendor(t.db, { name: 'Listing 100%_sure', category: 'other' });
  });

  const names = (body: { items: { name: string }[] }) => body.items.map((v) => v.name);

  it('lists every vendor to the admin, searchable, filterable, sorted and paged', async () => {
    const all = await t.http().get('/api/v1/vendors?limit=100').set('authorization', auth.admin);
    expect(all.status).toBe(200);
    expectSchema(VendorList, all.body);
    expect(all.body.total).toBeGreaterThanOrEqual(6);
    expect(names(all.body)).toEqual(expect.arrayContaining([cast.vendor.name, cast.otherVendor.name, 'Listing Alpha']));

    const listing = await t.http().get('/api/v1/vendors?q=listing&category=lms').set('authorization', auth.admin);
    expect(listing.body).toMatchObject({ total: 2, totalCapped: false, next: null });
    expect(names(listing.body)).toEqual(['Listing Alpha', 'Listing Gamma']);

    const byAge = await t.http().get('/api/v1/vendors?q=listing&sort=-createdAt&limit=2').set('authorization', auth.admin);
    expect(byAge.body.total).toBe(4);
    expect(names(byAge.body)).toHaveLength(2);
    expect(byAge.body.next).toEqual(expect.any(String));
    const byName = await t.http().get('/api/v1/vendors?q=listing&sort=-name').set('authorization', auth.admin);
    expect(names(byName.body)).toEqual(['Listing Gamma', 'Listing Beta', 'Listing Alpha', 'Listing 100%_sure']);
  });

  it('takes % and _ in the search literally', async () => {
    const res = await t.http().get(`/api/v1/vendors?q=${encodeURIComponent('100%_')}`).set('authorization', auth.admin);
    expect(names(res.body)).toEqual(['Listing 100%_sure']);
    expect((await t.http().get('/api/v1/vendors?q=%25').set('authorization', auth.admin)).body.total).toBe(1);
  });

  it('lists only their own vendor to its owner and member', async () => {
    for (const who of [auth.owner, auth.member]) {
      const res = await t.http().get('/api/v1/vendors').set('authorization', who);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ total: 1, items: [{ id: cast.vendor.id }] });
      const other = await t.http().get(`/api/v1/vendors?q=${encodeURIComponent(cast.otherVendor.name)}`).set('authorization', who);
      expect(other.body).toMatchObject({ total: 0, items: [] });
    }
  });

  it('names bad query parameters', async () => {
    expectFieldErrors(await t.http().get('/api/v1/vendors?sort=price&category=Not%20A%20Slug&limit=0').set('authorization', auth.admin), ['sort', 'category', 'limit']);
    expectFieldErrors(await t.http().get(`/api/v1/vendors?q=${'x'.repeat(101)}&limit=1.5`).set('authorization', auth.admin), ['q', 'limit']);
    await expectPagingErrors((query) => t.http().get(`/api/v1/vendors?${query}`).set('authorization', auth.admin));
  });

  it('answers 401 anonymously', async () => {
    expectUnauthenticated(await t.http().get('/api/v1/vendors'));
  });
});

describe('GET /api/v1/vendors/{id}', () => {
  it('returns the profile with its version as a strong ETag', async () => {
    for (const who of [auth.admin, auth.owner, auth.member]) {
      const res = await t.http().get(url(cast.vendor.id)).set('authorization', who);
      expect(res.status).toBe(200);
      expectSchema(VendorSchema, res.body);
      expect(res.body).toMatchObject({ id: cast.vendor.id, name: cast.vendor.name, slug: cast.vendor.slug, calendar: { timeZone: 'UTC' } });
      expect(res.headers.etag).toBe(`"${res.body.version as number}"`);
    }
  });

  it('answers 404 for another vendor, exactly as for one that does not exist', async () => {
    const others = await t.http().get(url(cast.otherVendor.id)).set('authorization', auth.owner);
    const missing = await t.http().get(url(randomUUID())).set('authorization', auth.owner);
    expectProblem(others, 404, ErrorCode.NotFound);
    expectProblem(missing, 404, ErrorCode.NotFound);
    expect(withoutRequest(others.body as Record<string, unknown>)).toEqual(withoutRequest(missing.body as Record<string, unknown>));
    expectProblem(await t.http().get(url(cast.otherVendor.id)).set('authorization', auth.member), 404, ErrorCode.NotFound);
    expectProblem(await t.http().get(url(randomUUID())).set('authorization', auth.admin), 404, ErrorCode.NotFound);
  });

  it('answers 400 for an id that is no uuid, and 401 anonymously', async () => {
    expectFieldErrors(await t.http().get(url('acme')).set('authorization', auth.admin), ['id']);
    expectUnauthenticated(await t.http().get(url(cast.vendor.id)));
  });
});

describe('PATCH /api/v1/vendors/{id}', () => {
  const patch = (id: string, who: string, body: object, ifMatch?: string) => {
    const req = t.http().patch(url(id)).set('authorization', who);
    return (ifMatch === undefined ? req : req.set('if-match', ifMatch)).send(body);
  };
  const etagOf = async (id: string) => `"${(await stored(id)).version}"`;

  const profile = {
    name: 'Acme Learning',
    website: 'https://acme-learning.example',
    category: 'authoring-tool',
    description: 'Course authoring for teams.',
    supportContact: { name: 'Support Team', kind: 'team', email: 'support@acme-learning.example', phone: '+1 (555) 010-0000' },
    queuePriorities: {
      low: { description: 'Questions', targetMinutes: 960 },
      medium: { description: 'Something is broken', targetMinutes: 480 },
      high: { description: 'Nobody can work', targetMinutes: 60 },
    },
    badgeDomains: ['acme-learning.example', 'docs.acme-learning.example'],
    calendar: {
      timeZone: 'America/New_York',
      weekly: { mon: [['09:00', '12:00'], ['13:00', '17:00']], tue: [['09:00', '17:00']], sat: [['10:00', '24:00']] },
      holidays: ['2026-07-03', '2026-12-25'],
    },
  };

  it('updates the profile when If-Match carries the current version, and records who did it', async () => {
    const vendor = await createVendor(t.db);
    const owner = await createUser(t.db, { role: Role.VendorOwner, vendorId: vendor.id });
    const read = await t.http().get(url(vendor.id)).set('authorization', bearer(t.app, owner));

    const res = await patch(vendor.id, bearer(t.app, owner), profile, read.headers.etag as string);
    expect(res.status).toBe(200);
    expectSchema(VendorSchema, res.body);
    expect(res.body).toMatchObject({ ...profile, id: vendor.id, slug: vendor.slug, version: 2 });
    expect(res.headers.etag).toBe('"2"');

    const again = await t.http().get(url(vendor.id)).set('authorization', bearer(t.app, owner));
    expect(again.body).toMatchObject({ ...profile, version: 2 });
    expect(again.headers.etag).toBe('"2"');
    expect(await auditOf(t.db, vendor.id)).toEqual([
      expect.objectContaining({
        action: 'vendor.updated',
        actor_id: owner.id,
        actor_label: owner.email,
        vendor_id: vendor.id,
        request_id: res.headers['x-request-id'],
        details: { fields: Object.keys(profile) },
      }),
    ]);
  });

  it('accepts a weak ETag and clears the support contact with null', async () => {
    const vendor = await createVendor(t.db, { supportContact: { name: 'Old', kind: 'person', email: 'old@vendor.example' } });
    const res = await patch(vendor.id, auth.admin, { supportContact: null }, 'W/"1"');
    expect(res.status).toBe(200);
    expect(res.body.supportContact).toBeNull();
    // SQL NULL, not the JSON value null, so `support_contact IS NULL` finds it.
    expect((await stored(vendor.id)).support_contact_is_null).toBe(true);
  });

  it('lets the member edit the profile but not the slug; the owner and the admin may change the slug', async () => {
    const before = await stored(cast.vendor.id);
    expect((await patch(cast.vendor.id, auth.member, { description: 'Edited by a member' }, `"${before.version}"`)).status).toBe(200);
    expectProblem(await patch(cast.vendor.id, auth.member, { slug: 'member-slug' }, `"${before.version + 1}"`), 403, ErrorCode.Forbidden);
    const byOwner = await patch(cast.vendor.id, auth.owner, { slug: 'owner-slug' }, `"${before.version + 1}"`);
    expect(byOwner.body.slug).toBe('owner-slug');
    const byAdmin = await patch(cast.vendor.id, auth.admin, { slug: 'admin-slug' }, byOwner.headers.etag as string);
    expect(byAdmin.body.slug).toBe('admin-slug');
  });

  it('answers 428 without If-Match and changes nothing', async () => {
    const vendor = await createVendor(t.db);
    expectProblem(await patch(vendor.id, auth.admin, { name: 'No precondition' }), 428, ErrorCode.PreconditionRequired);
    expect(await stored(vendor.id)).toMatchObject({ version: 1, name: vendor.name });
  });

  it('answers 412 for a stale or unreadable If-Match and changes nothing', async () => {
    const vendor = await createVendor(t.db);
    expect((await patch(vendor.id, auth.admin, { name: 'First edit' }, '"1"')).status).toBe(200);
    for (const ifMatch of ['"1"', '"3"', 'W/"1"', '"abc"', '*', '"2", "3"', '']) {
      const res = await patch(vendor.id, auth.admin, { name: 'Lost update' }, ifMatch);
      expect({ ifMatch, status: res.status }).toEqual({ ifMatch, status: ifMatch === '' ? 428 : 412 });
    }
    expectProblem(await patch(vendor.id, auth.admin, { name: 'Lost update' }, '"1"'), 412, ErrorCode.PreconditionFailed);
    expect(await stored(vendor.id)).toMatchObject({ version: 2, name: 'First edit' });
    expect((await auditOf(t.db, vendor.id)).map((a) => a.action)).toEqual(['vendor.updated']);
  });

  it('lets exactly one of two simultaneous edits with the same If-Match through', async () => {
    const vendor = await createVendor(t.db);
    const results = await Promise.all([patch(vendor.id, auth.admin, { name: 'Edit A' }, '"1"'), patch(vendor.id, auth.admin, { name: 'Edit B' }, '"1"')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = results.find((r) => r.status === 200);
    expect(await stored(vendor.id)).toMatchObject({ version: 2, name: winner?.body.name as string });
  });

  it('answers 409 naming the slug when another vendor has it, and changes nothing', async () => {
    const vendor = await createVendor(t.db);
    const res = await patch(vendor.id, auth.admin, { slug: cast.otherVendor.slug, name: 'Renamed' }, '"1"');
    expectProblem(res, 409, ErrorCode.Duplicate);
    expect(res.body.errors).toEqual([{ field: 'slug', in: 'body', message: expect.any(String) }]);
    expect(await stored(vendor.id)).toMatchObject({ version: 1, slug: vendor.slug, name: vendor.name });
  });

  it('keeps the words the registry uses in URLs (the directory’s change feed) from being taken as a slug', async () => {
    const vendor = await createVendor(t.db);
    const res = await patch(vendor.id, auth.admin, { slug: 'changes' }, '"1"');
    expectFieldErrors(res, ['slug']);
    expect(res.body.errors[0].message).toBe('is a word the registry keeps for itself; choose another');
  });

  it('names each calendar rule that is broken', async () => {
    const vendor = await createVendor(t.db);
    const calendar = (overrides: object) => ({ calendar: { timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']] }, holidays: [], ...overrides } });
    expectFieldErrors(await patch(vendor.id, auth.admin, calendar({ timeZone: 'Mars/Olympus_Mons' }), '"1"'), ['calendar.timeZone']);
    expectFieldErrors(await patch(vendor.id, auth.admin, calendar({ timeZone: '+05:00' }), '"1"'), ['calendar.timeZone']);
    expectFieldErrors(await patch(vendor.id, auth.admin, calendar({ weekly: { mon: [['17:00', '09:00']] } }), '"1"'), ['calendar.weekly.mon.0']);
    expectFieldErrors(await patch(vendor.id, auth.admin, calendar({ weekly: { tue: [['09:00', '13:00'], ['12:00', '17:00']] } }), '"1"'), ['calendar.weekly.tue.1']);
    expectFieldErrors(await patch(vendor.id, auth.admin, calendar({ holidays: ['2026-02-30'] }), '"1"'), ['calendar.holidays.0']);
    expectFieldErrors(await patch(vendor.id, auth.admin, calendar({ holidays: ['2026-07-03', '2026-07-03'] }), '"1"'), ['calendar.holidays.1']);
    expectFieldErrors(await patch(vendor.id, auth.admin, calendar({ weekly: { mon: [['9:00', '25:00']] } }), '"1"'), ['calendar.weekly.mon.0.0', 'calendar.weekly.mon.0.1']);
    expectFieldErrors(await patch(vendor.id, auth.admin, calendar({ weekly: { funday: [['09:00', '17:00']] } }), '"1"'), ['calendar.weekly.funday']);
    expectFieldErrors(await patch(vendor.id, auth.admin, { calendar: { weekly: {}, holidays: [] } }, '"1"'), ['calendar.timeZone']);
    expect(await stored(vendor.id)).toMatchObject({ version: 1 });
  });

  it('names fields of the wrong type, unknown fields and an unknown category', async () => {
    const vendor = await createVendor(t.db);
    expectFieldErrors(await patch(vendor.id, auth.admin, {}, '"1"'), ['(root)']);
    expectFieldErrors(await patch(vendor.id, auth.admin, { name: 5, description: false, badgeDomains: 'acme.example', website: 'acme.example' }, '"1"'), [
      'name',
      'description',
      'badgeDomains',
      'website',
    ]);
    expectFieldErrors(await patch(vendor.id, auth.admin, { badgeDomains: ['https://acme.example/', 'ACME.example'] }, '"1"'), ['badgeDomains.0', 'badgeDomains.1']);
    expectFieldErrors(await patch(vendor.id, auth.admin, { badgeDomains: ['acme.example', 'acme.example'] }, '"1"'), ['badgeDomains']);
    const priorities = await patch(vendor.id, auth.admin, { queuePriorities: { low: { description: 'x', targetMinutes: '30' } } }, '"1"');
    expect((priorities.body.errors as { field: string }[]).map((e) => e.field)).toEqual(expect.arrayContaining(['queuePriorities.low.targetMinutes', 'queuePriorities.medium']));
    const contact = await patch(vendor.id, auth.admin, { supportContact: { name: 'Help', kind: 'robot', email: 'help@acme.example' } }, '"1"');
    expect((contact.body.errors as { field: string }[]).map((e) => e.field)).toContain('supportContact.kind');
    expectFieldErrors(await patch(vendor.id, auth.admin, { version: 7, id: randomUUID() }, '"1"'), ['version', 'id']);
    expectFieldErrors(await patch(vendor.id, auth.admin, { category: 'spaceships' }, '"1"'), ['category']);
    expect(await stored(vendor.id)).toMatchObject({ version: 1 });
  });

  it('answers 404 for another vendor or an unknown one, 400 for a bad id, 401 anonymously', async () => {
    expectProblem(await patch(cast.otherVendor.id, auth.owner, { name: 'Hijacked' }, '"1"'), 404, ErrorCode.NotFound);
    expectProblem(await patch(cast.otherVendor.id, auth.member, { name: 'Hijacked' }, '"1"'), 404, ErrorCode.NotFound);
    expect(await stored(cast.otherVendor.id)).toMatchObject({ name: cast.otherVendor.name });
    expectProblem(await patch(randomUUID(), auth.admin, { name: 'Nobody' }, '"1"'), 404, ErrorCode.NotFound);
    expectFieldErrors(await patch('not-a-uuid', auth.admin, { name: 'Nobody' }, '"1"'), ['id']);
    expectUnauthenticated(await t.http().patch(url(cast.vendor.id)).set('if-match', await etagOf(cast.vendor.id)).send({ name: 'Anonymous' }));
  });
});
