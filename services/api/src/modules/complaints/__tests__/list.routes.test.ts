import { ComplaintList } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectSchema } from '../../../../test/expectations.ts';
import { allPages, expectPagingErrors, withCursor } from '../../../../test/paging.ts';
import { bearer, createPledgedVendor, createUser, settableClock } from '../../../../test/factories.ts';
import { type Vendor } from '../../vendors/index.ts';
import { COMPLAINTS, complaintUrl, file, fileConfirmed, forward, respond, type Filed } from '../../../../test/complaints.ts';

/**
 * GET /complaints: the admin's queue of confirmed complaints, oldest confirmation first, with its
 * filters and paging; a vendor's list of those forwarded to it. Its own database, so the queue
 * holds exactly these complaints. "Now" is Monday 1 June 2026, 12:00 UTC.
 */
const time = settableClock('2026-05-01T12:00:00Z');
let t: TestApp;
let auth: { admin: string; owner: string; member: string; otherMember: string };
let vendor: Vendor;
let other: Vendor;
/** a1 31 days old (forwarded), a2 10 (dismissed), b1 7 (responded), a3 1 (confirmed), b2 0 (confirmed); a4 unconfirmed. */
let c: Record<'a1' | 'a2' | 'a3' | 'a4' | 'b1' | 'b2', Filed>;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock, env: { RATE_LIMIT_COMPLAINTS: '1000' } });
  const admin = await createUser(t.db);
  const mine = await createPledgedVendor(t.db, new Date('2026-01-05T09:00:00Z'));
  const theirs = await createPledgedVendor(t.db, new Date('2026-01-05T09:00:00Z'));
  vendor = mine.vendor;
  other = theirs.vendor;
  auth = { admin: bearer(t.app, admin), owner: bearer(t.app, mine.owner), member: bearer(t.app, mine.member), otherMember: bearer(t.app, theirs.member) };

  time.set('2026-05-01T12:00:00Z');
  const a1 = await fileConfirmed(t, vendor.slug, { promise: 'support' });
  time.set('2026-05-22T12:00:00Z');
  const a2 = await fileConfirmed(t, vendor.slug, { promise: 'ethics' });
  expect((await t.http().post(complaintUrl(a2.id, '/dismiss')).set('authorization', auth.admin).send({ reason: 'invalid' })).status).toBe(200);
  time.set('2026-05-25T12:00:00Z');
  const b1 = await fileConfirmed(t, other.slug, { promise: 'timeliness' });
  await forward(t, auth.admin, b1.id);
  expect((await respond(t, auth.otherMember, b1.id)).status).toBe(200);
  time.set('2026-05-26T08:00:00Z');
  await forward(t, auth.admin, a1.id);
  time.set('2026-05-31T12:00:00Z');
  const a3 = await fileConfirmed(t, vendor.slug, { promise: 'support' });
  time.set('2026-06-01T11:00:00Z');
  const b2 = await fileConfirmed(t, other.slug, { promise: 'support' });
  const a4 = await file(t, vendor.slug, { promise: 'support' });
  time.set('2026-06-01T12:00:00Z');
  c = { a1, a2, a3, a4, b1, b2 };
});
afterAll(async () => t.close());

async function list(query: string, token = auth.admin) {
  const res = await t.http().get(`${COMPLAINTS}${query ? `?${query}` : ''}`).set('authorization', token);
  expect(res.status).toBe(200);
  expectSchema(ComplaintList, res.body);
  const body = res.body as ComplaintList;
  const name = (id: string) => Object.entries(c).find(([, f]) => f.id === id)?.[0] ?? id;
  return { names: body.items.map((i) => name(i.id)), total: body.total, next: body.next, items: body.items };
}

describe('GET /api/v1/complaints for the admin', () => {
  it('lists every confirmed complaint, oldest confirmation first, with its age in days; never an unconfirmed one', async () => {
    const { names, total, next, items } = await list('');
    expect({ names, total, next }).toEqual({ names: ['a1', 'a2', 'b1', 'a3', 'b2'], total: 5, next: null });
    expect(items.map((i) => i.ageDays)).toEqual([31, 10, 7, 1, 0]);
    expect(items[0]).toEqual({
      id: c.a1.id,
      reference: c.a1.reference,
      vendorId: vendor.id,
      vendorName: vendor.name,
      state: 'forwarded',
      promise: 'support',
      subject: c.a1.form.subject,
      confirmedAt: '2026-05-01T12:00:00.000Z',
      forwardedAt: '2026-05-26T08:00:00.000Z',
      responseDueAt: '2026-06-09T17:00:00.000Z',
      ageDays: 31,
    });
  });

  it('filters by state', async () => {
    expect((await list('state=confirmed')).names).toEqual(['a3', 'b2']);
    expect((await list('state=forwarded')).names).toEqual(['a1']);
    expect((await list('state=responded')).names).toEqual(['b1']);
    expect((await list('state=dismissed')).names).toEqual(['a2']);
    expect(await list('state=resolved')).toMatchObject({ names: [], total: 0 });
  });

  it('filters by vendor and by promise, together too', async () => {
    expect((await list(`vendorId=${vendor.id}`)).names).toEqual(['a1', 'a2', 'a3']);
    expect((await list(`vendorId=${other.id}`)).names).toEqual(['b1', 'b2']);
    expect((await list('promise=support')).names).toEqual(['a1', 'a3', 'b2']);
    expect((await list(`promise=support&vendorId=${vendor.id}`)).names).toEqual(['a1', 'a3']);
    expect((await list('promise=contact')).names).toEqual([]);
  });

  it('filters by age in whole days since confirmation, both bounds included', async () => {
    expect((await list('minAgeDays=7')).names).toEqual(['a1', 'a2', 'b1']);
    expect((await list('minAgeDays=8')).names).toEqual(['a1', 'a2']);
    expect((await list('maxAgeDays=7')).names).toEqual(['b1', 'a3', 'b2']);
    expect((await list('maxAgeDays=6')).names).toEqual(['a3', 'b2']);
    expect((await list('maxAgeDays=0')).names).toEqual(['b2']);
    expect((await list('minAgeDays=7&maxAgeDays=10')).names).toEqual(['a2', 'b1']);
    expect((await list('minAgeDays=11&maxAgeDays=30')).names).toEqual([]);
  });

  it('pages, keeping the total', async () => {
    const names = (id: string) => Object.entries(c).find(([, f]) => f.id === id)?.[0] ?? id;
    const pages = async (query: string) =>
      (await allPages<{ id: string }>((after) => t.http().get(withCursor(`${COMPLAINTS}?${query}`, after)).set('authorization', auth.admin))).map((p) => ({
        names: p.items.map((i) => names(i.id)),
        total: p.total,
      }));
    expect(await pages('limit=2')).toEqual([
      { names: ['a1', 'a2'], total: 5 },
      { names: ['b1', 'a3'], total: 5 },
      { names: ['b2'], total: 5 },
    ]);
    expect((await pages('promise=support&limit=1')).map((p) => p.names)).toEqual([['a1'], ['a3'], ['b2']]);
    await expectPagingErrors((query) => t.http().get(`${COMPLAINTS}?${query}`).set('authorization', auth.admin));
  });
});

describe('GET /api/v1/complaints for a vendor', () => {
  it('holds only the complaints forwarded to the caller’s vendor, whatever vendorId asks for', async () => {
    for (const token of [auth.owner, auth.member]) {
      expect(await list('', token)).toMatchObject({ names: ['a1'], total: 1 });
      expect(await list(`vendorId=${other.id}`, token)).toMatchObject({ names: ['a1'], total: 1 });
    }
    expect(await list('', auth.otherMember)).toMatchObject({ names: ['b1'], total: 1 });
  });

  it('applies the filters within them', async () => {
    expect((await list('state=confirmed', auth.owner)).names).toEqual([]);
    expect((await list('state=forwarded', auth.owner)).names).toEqual(['a1']);
    expect((await list('promise=ethics', auth.owner)).names).toEqual([]);
    expect((await list('minAgeDays=31', auth.owner)).names).toEqual(['a1']);
    expect((await list('maxAgeDays=30', auth.owner)).names).toEqual([]);
    expect((await list('state=responded&promise=timeliness&maxAgeDays=7', auth.otherMember)).names).toEqual(['b1']);
  });
});
