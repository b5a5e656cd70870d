import { DAY_MS, type WatchEntry, WatchList } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectSchema } from '../../../../test/expectations.ts';
import { allPages, expectPagingErrors, withCursor } from '../../../../test/paging.ts';
import { bearer, checkpointData, createPledgedVendor, createSubmission, createUser, settableClock } from '../../../../test/factories.ts';
import { auditOf, mailTo } from '../../../../test/queries.ts';
import { type User } from '../../accounts/index.ts';
import { type Vendor } from '../../vendors/index.ts';
import { scanComplaints } from '../complaints.jobs.ts';
import { complaintUrl, file, fileConfirmed, fileForwarded } from '../../../../test/complaints.ts';

/**
 * The watch list (SPEC §6): 3 or more confirmed, non-dismissed complaints in 90 days, or 2 or more
 * per 100 clients (from the latest delivered checkpoint) in 180 days. Each crossing e-mails the
 * vendor's owners and the admins once; falling below takes the vendor off; a later crossing is new.
 */
const MINUTE = 60_000;
const time = settableClock('2026-03-02T10:00:00Z');
let t: TestApp;
let admin: User;
let adminAuth: string;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock, env: { RATE_LIMIT_COMPLAINTS: '1000' } });
  admin = await createUser(t.db);
  adminAuth = bearer(t.app, admin);
});
afterAll(async () => t.close());

const team = () => createPledgedVendor(t.db, new Date('2025-11-10T09:00:00Z'));

async function watchList(app: TestApp = t, auth = adminAuth, query = ''): Promise<WatchList> {
  const res = await app.http().get(`/api/v1/watchlist${query}`).set('authorization', auth);
  expect(res.status).toBe(200);
  expectSchema(WatchList, res.body);
  return res.body as WatchList;
}

async function entryOf(vendor: Vendor, app: TestApp = t, auth = adminAuth): Promise<WatchEntry | undefined> {
  const { items } = await watchList(app, auth, `?vendorId=${vendor.id}`);
  expect(items.length).toBeLessThanOrEqual(1);
  return items.find((i) => i.vendorId === vendor.id);
}

/** The crossing e-mails so far: to the vendor's owner, and to the admin. */
async function crossingMails(vendor: Vendor, owner: User, app: TestApp = t, to: User = admin) {
  const toOwner = (await mailTo(app.db, owner.email)).filter((m) => m.subject === `${vendor.name} is on the Customer Excellence Pledge watch list`);
  const toAdmin = (await mailTo(app.db, to.email)).filter((m) => m.subject === `Watch list: ${vendor.name} crossed a complaint threshold`);
  return { owner: toOwner.length, admin: toAdmin.length, texts: [...toOwner, ...toAdmin].map((m) => m.body_text) };
}

const watchAudit = async (vendor: Vendor) => (await auditOf(t.db, vendor.id)).filter((a) => a.action.startsWith('watchlist.')).map((a) => a.action);

describe('crossing by count', () => {
  it('puts the vendor on the list at the 3rd confirmed complaint, e-mailing its owners and the admins once; a 4th sends nothing', async () => {
    time.set('2026-03-02T10:00:00Z');
    const { vendor, owner, member } = await team();
    // Unconfirmed complaints never count.
    for (let i = 0; i < 3; i++) await file(t, vendor.slug);
    await fileConfirmed(t, vendor.slug);
    await fileForwarded(t, adminAuth, vendor.slug);
    expect(await entryOf(vendor)).toBeUndefined();
    expect(await crossingMails(vendor, owner)).toMatchObject({ owner: 0, admin: 0 });

    time.set('2026-03-05T10:00:00Z');
    await fileConfirmed(t, vendor.slug);
    expect(await entryOf(vendor)).toEqual({
      vendorId: vendor.id,
      vendorName: vendor.name,
      vendorSlug: vendor.slug,
      since: '2026-03-05T10:00:00.000Z',
      recentCount: 3,
      longCount: 3,
      clients: null,
      ratePer100: null,
      reasons: ['count'],
    });
    const mails = await crossingMails(vendor, owner);
    expect(mails).toMatchObject({ owner: 1, admin: 1 });
    // The admin reads the count; the vendor only what it can see: the one complaint forwarded to it.
    const [toOwner, toAdmin] = mails.texts;
    expect(toAdmin).toContain('3 confirmed complaints in the short window');
    expect(toOwner).not.toContain('3 confirmed');
    expect(toOwner).toContain('1 of them was forwarded to you in the last 180 days; this count includes only complaints you can see, and the registry may be reviewing others.');
    expect(await mailTo(t.db, member.email)).toEqual([]);

    time.set('2026-03-06T10:00:00Z');
    await fileConfirmed(t, vendor.slug);
    await scanComplaints(t.ctx);
    await scanComplaints(t.ctx);
    expect(await entryOf(vendor)).toMatchObject({ since: '2026-03-05T10:00:00.000Z', recentCount: 4, longCount: 4, reasons: ['count'] });
    expect(await crossingMails(vendor, owner)).toMatchObject({ owner: 1, admin: 1 });
    expect(await watchAudit(vendor)).toEqual(['watchlist.added']);
  });

  it('takes the vendor off when a dismissal brings it below, and e-mails again at the next crossing', async () => {
    time.set('2026-03-10T10:00:00Z');
    const { vendor, owner } = await team();
    const [first] = [await fileConfirmed(t, vendor.slug), await fileConfirmed(t, vendor.slug), await fileConfirmed(t, vendor.slug)];
    expect((await entryOf(vendor))?.reasons).toEqual(['count']);

    time.set('2026-03-11T10:00:00Z');
    expect((await t.http().post(complaintUrl(first?.id ?? '', '/dismiss')).set('authorization', adminAuth).send({ reason: 'spam' })).status).toBe(200);
    expect(await entryOf(vendor)).toBeUndefined();
    expect(await crossingMails(vendor, owner)).toMatchObject({ owner: 1, admin: 1 });

    time.set('2026-03-12T10:00:00Z');
    await fileConfirmed(t, vendor.slug);
    expect(await entryOf(vendor)).toMatchObject({ since: '2026-03-12T10:00:00.000Z', recentCount: 3, reasons: ['count'] });
    expect(await crossingMails(vendor, owner)).toMatchObject({ owner: 2, admin: 2 });
    expect(await watchAudit(vendor)).toEqual(['watchlist.added', 'watchlist.removed', 'watchlist.added']);
  });

  it('takes the vendor off on the first scan after its complaints are 90 days old, not before', async () => {
    time.set('2026-04-01T10:00:00Z');
    const { vendor, owner } = await team();
    for (let i = 0; i < 3; i++) await fileConfirmed(t, vendor.slug);
    expect((await entryOf(vendor))?.recentCount).toBe(3);

    time.set(new Date(Date.parse('2026-04-01T10:00:00Z') + 90 * DAY_MS - MINUTE).toISOString());
    await scanComplaints(t.ctx);
    expect(await entryOf(vendor)).toMatchObject({ recentCount: 3, reasons: ['count'] });

    time.set(new Date(Date.parse('2026-04-01T10:00:00Z') + 90 * DAY_MS).toISOString());
    // Listing does not move anyone: the scan does.
    expect(await entryOf(vendor)).toMatchObject({ recentCount: 0, longCount: 3, reasons: ['count'] });
    await scanComplaints(t.ctx);
    expect(await entryOf(vendor)).toBeUndefined();
    expect(await watchAudit(vendor)).toEqual(['watchlist.added', 'watchlist.removed']);
    expect(await crossingMails(vendor, owner)).toMatchObject({ owner: 1, admin: 1 });
  });
});

describe('crossing by rate', () => {
  it('uses the client count of the latest submitted or accepted checkpoint: 2 complaints for 100 clients is on the list', async () => {
    time.set('2026-03-02T10:00:00Z');
    const { vendor, owner } = await team();
    await createSubmission(t.db, vendor, '2025-H2', { status: 'accepted', data: checkpointData({ volume: { contacts: { phone: 1, email: 1, chat: 1, portal: 1, other: 1 }, activeClients: 1000 } }) });
    await createSubmission(t.db, vendor, '2026-H1', { status: 'submitted', data: checkpointData({ volume: { contacts: { phone: 1, email: 1, chat: 1, portal: 1, other: 1 }, activeClients: 100 } }) });
    await createSubmission(t.db, vendor, '2026-H2', { status: 'draft', data: checkpointData({ volume: { contacts: { phone: 1, email: 1, chat: 1, portal: 1, other: 1 }, activeClients: 5000 } }) });

    await fileConfirmed(t, vendor.slug);
    expect(await entryOf(vendor)).toBeUndefined();
    time.set('2026-03-03T10:00:00Z');
    await fileConfirmed(t, vendor.slug);
    expect(await entryOf(vendor)).toEqual({
      vendorId: vendor.id,
      vendorName: vendor.name,
      vendorSlug: vendor.slug,
      since: '2026-03-03T10:00:00.000Z',
      recentCount: 2,
      longCount: 2,
      clients: 100,
      ratePer100: 2,
      reasons: ['rate'],
    });
    const mails = await crossingMails(vendor, owner);
    expect(mails).toMatchObject({ owner: 1, admin: 1 });
    expect(mails.texts[1]).toContain('2 per 100 clients in the longer window (100 clients)');
    expect(mails.texts[0]).toContain('this count includes only complaints you can see');

    // A third makes both rules true: the same crossing, so no new e-mail.
    await fileConfirmed(t, vendor.slug);
    expect(await entryOf(vendor)).toMatchObject({ recentCount: 3, ratePer100: 3, reasons: ['count', 'rate'] });
    expect(await crossingMails(vendor, owner)).toMatchObject({ owner: 1, admin: 1 });

    // After 90 days only the rate holds it; after 180 days nothing does.
    time.set('2026-06-15T10:00:00Z');
    await scanComplaints(t.ctx);
    expect(await entryOf(vendor)).toMatchObject({ recentCount: 0, longCount: 3, reasons: ['rate'], since: '2026-03-03T10:00:00.000Z' });
    time.set('2026-08-30T10:00:00Z');
    await scanComplaints(t.ctx);
    expect(await entryOf(vendor)).toBeUndefined();
    expect(await crossingMails(vendor, owner)).toMatchObject({ owner: 1, admin: 1 });
  });

  it('stays off the list below 2 per 100, and counts neither an older checkpoint nor a draft', async () => {
    time.set('2026-03-02T10:00:00Z');
    const { vendor, owner } = await team();
    await createSubmission(t.db, vendor, '2025-H2', { status: 'accepted', data: checkpointData({ volume: { contacts: { phone: 1, email: 1, chat: 1, portal: 1, other: 1 }, activeClients: 100 } }) });
    await createSubmission(t.db, vendor, '2026-H1', { status: 'submitted', data: checkpointData({ volume: { contacts: { phone: 1, email: 1, chat: 1, portal: 1, other: 1 }, activeClients: 101 } }) });
    await createSubmission(t.db, vendor, '2026-H2', { status: 'draft', data: checkpointData({ volume: { contacts: { phone: 1, email: 1, chat: 1, portal: 1, other: 1 }, activeClients: 50 } }) });
    await fileConfirmed(t, vendor.slug);
    await fileConfirmed(t, vendor.slug);
    await scanComplaints(t.ctx);
    expect(await entryOf(vendor)).toBeUndefined();
    expect(await crossingMails(vendor, owner)).toMatchObject({ owner: 0, admin: 0 });
  });
});

describe('a new checkpoint', () => {
  it('changes the client count the next scan judges by, on and off the list', async () => {
    time.set('2026-07-10T10:00:00Z');
    const volume = (activeClients: number) => checkpointData({ volume: { contacts: { phone: 1, email: 1, chat: 1, portal: 1, other: 1 }, activeClients } });
    const growing = await team();
    const shrinking = await team();
    await createSubmission(t.db, growing.vendor, '2026-H1', { status: 'accepted', data: volume(100) });
    await createSubmission(t.db, shrinking.vendor, '2026-H1', { status: 'accepted', data: volume(1000) });
    for (const { vendor } of [growing, shrinking]) for (let i = 0; i < 2; i++) await fileConfirmed(t, vendor.slug);
    expect((await entryOf(growing.vendor))?.reasons).toEqual(['rate']);
    expect(await entryOf(shrinking.vendor)).toBeUndefined();

    time.set('2026-07-20T10:00:00Z');
    await createSubmission(t.db, growing.vendor, '2026-H2', { status: 'submitted', data: volume(400) });
    await createSubmission(t.db, shrinking.vendor, '2026-H2', { status: 'submitted', data: volume(50) });
    await scanComplaints(t.ctx);
    expect(await entryOf(growing.vendor)).toBeUndefined();
    expect(await entryOf(shrinking.vendor)).toMatchObject({ since: '2026-07-20T10:00:00.000Z', clients: 50, ratePer100: 4, reasons: ['rate'] });
    expect(await crossingMails(shrinking.vendor, shrinking.owner)).toMatchObject({ owner: 1, admin: 1 });
  });
});

describe('thresholds from the configuration', () => {
  it('reads WATCH_COUNT, WATCH_COUNT_DAYS, WATCH_RATE_PER_100 and WATCH_RATE_DAYS', async () => {
    const clock = settableClock('2026-03-02T10:00:00Z');
    const strict = await createTestApp({
      clock: clock.clock,
      env: { RATE_LIMIT_COMPLAINTS: '1000', WATCH_COUNT: '2', WATCH_COUNT_DAYS: '30', WATCH_RATE_PER_100: '5', WATCH_RATE_DAYS: '60' },
    });
    try {
      const strictAdmin = await createUser(strict.db);
      const strictAuth = bearer(strict.app, strictAdmin);
      expect((await watchList(strict, strictAuth)).thresholds).toEqual({ count: 2, countDays: 30, ratePer100: 5, rateDays: 60 });

      const counted = await createPledgedVendor(strict.db, new Date('2025-11-10T09:00:00Z'));
      const rated = await createPledgedVendor(strict.db, new Date('2025-11-10T09:00:00Z'));
      await createSubmission(strict.db, rated.vendor, '2026-H1', { status: 'submitted', data: checkpointData({ volume: { contacts: { phone: 1, email: 1, chat: 1, portal: 1, other: 1 }, activeClients: 20 } }) });
      await fileConfirmed(strict, counted.vendor.slug);
      expect(await entryOf(counted.vendor, strict, strictAuth)).toBeUndefined();
      await fileConfirmed(strict, counted.vendor.slug);
      await fileConfirmed(strict, rated.vendor.slug);
      expect(await entryOf(counted.vendor, strict, strictAuth)).toMatchObject({ recentCount: 2, reasons: ['count'] });
      expect(await entryOf(rated.vendor, strict, strictAuth)).toMatchObject({ recentCount: 1, clients: 20, ratePer100: 5, reasons: ['rate'] });
      expect(await crossingMails(counted.vendor, counted.owner, strict, strictAdmin)).toMatchObject({ owner: 1, admin: 1 });
      expect(await crossingMails(rated.vendor, rated.owner, strict, strictAdmin)).toMatchObject({ owner: 1, admin: 1 });

      clock.set('2026-04-01T10:00:00Z'); // 30 days on
      await scanComplaints(strict.ctx);
      expect(await entryOf(counted.vendor, strict, strictAuth)).toBeUndefined();
      expect(await entryOf(rated.vendor, strict, strictAuth)).toMatchObject({ reasons: ['rate'] });
      clock.set('2026-05-01T10:00:00Z'); // 60 days on
      await scanComplaints(strict.ctx);
      expect(await entryOf(rated.vendor, strict, strictAuth)).toBeUndefined();
    } finally {
      await strict.close();
    }
  });
});

describe('paging', () => {
  it('pages the list newest first, finds one vendor by id, and names bad parameters', async () => {
    const clock = settableClock('2026-03-02T10:00:00Z');
    const own = await createTestApp({ clock: clock.clock });
    try {
      const ownAuth = bearer(own.app, await createUser(own.db));
      const vendors: Vendor[] = [];
      for (const day of [1, 2, 3, 4, 5]) {
        const { vendor } = await createPledgedVendor(own.db, new Date('2025-11-10T09:00:00Z'));
        await own.db.query(`INSERT INTO watch_entry (vendor_id, since, reasons) VALUES ($1, $2, '{count}')`, [vendor.id, `2026-02-0${day}T10:00:00Z`]);
        vendors.push(vendor);
      }
      const pages = await allPages<WatchEntry>((after) => own.http().get(withCursor('/api/v1/watchlist?limit=2', after)).set('authorization', ownAuth));
      expect(pages.map((p) => p.items.map((i) => i.vendorId))).toEqual([[vendors[4]?.id, vendors[3]?.id], [vendors[2]?.id, vendors[1]?.id], [vendors[0]?.id]]);
      expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
      expect((await watchList(own, ownAuth, `?vendorId=${vendors[2]?.id ?? ''}`)).items.map((i) => i.vendorId)).toEqual([vendors[2]?.id]);
      expectFieldErrors(await own.http().get('/api/v1/watchlist?vendorId=acme').set('authorization', ownAuth), ['vendorId']);
      await expectPagingErrors((query) => own.http().get(`/api/v1/watchlist?${query}`).set('authorization', ownAuth));
    } finally {
      await own.close();
    }
  });
});
