import { PledgeState, Role, VendorList } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectSchema } from '../../../../test/expectations.ts';
import { allPages } from '../../../../test/paging.ts';
import { bearer, createCheckpoint, createUser, createVendor, movableClock, setPledge } from '../../../../test/factories.ts';
import type { Vendor } from '../../vendors/index.ts';

/**
 * The admin's list of vendors carries each pledge's state and next due date, and filters and sorts
 * by them (the vendors route; the pledge summary comes from this module).
 */
const time = movableClock(new Date('2026-03-02T10:00:00Z'));
let t: TestApp;
let admin: string;
let ownerOfActive: string;
let activeVendor: Vendor;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
  admin = bearer(t.app, await createUser(t.db, { role: Role.Admin }));
  const roster: [string, PledgeState, string | null][] = [
    ['Roster Active', PledgeState.Active, '2026-01-10T09:00:00Z'],
    ['Roster Lapsed', PledgeState.Lapsed, '2025-05-01T00:00:00Z'],
    ['Roster Pending', PledgeState.PendingSignature, null],
    ['Roster Suspended', PledgeState.Suspended, '2025-09-01T00:00:00Z'],
    ['Roster Revoked', PledgeState.Revoked, '2025-02-01T00:00:00Z'],
  ];
  for (const [name, state, activeSince] of roster) {
    const vendor = await createVendor(t.db, { name, createdAt: new Date('2025-01-01T00:00:00Z') });
    const owner = await createUser(t.db, { role: Role.VendorOwner, vendorId: vendor.id });
    if (state === PledgeState.Active) {
      ownerOfActive = bearer(t.app, owner);
      activeVendor = vendor;
    }
    if (activeSince) await setPledge(t.db, vendor, owner, { state, activeSince: new Date(activeSince), stateSince: new Date('2026-02-01T00:00:00Z') });
  }
});
afterAll(async () => t.close());

const list = (query: string, who = admin) => t.http().get(`/api/v1/vendors?q=Roster&${query}`).set('authorization', who);
const names = (body: { items: { name: string }[] }) => body.items.map((v) => v.name.replace('Roster ', ''));

describe('GET /api/v1/vendors', () => {
  it('carries each vendor’s pledge state, since when, and next due date', async () => {
    const res = await list('sort=name');
    expect(res.status).toBe(200);
    expectSchema(VendorList, res.body);
    const byName = Object.fromEntries((res.body.items as { name: string; pledge: unknown }[]).map((v) => [v.name.replace('Roster ', ''), v.pledge]));
    expect(byName).toEqual({
      Active: { state: 'active', stateSince: '2026-02-01T00:00:00.000Z', nextDueDate: '2026-07-30' },
      Lapsed: { state: 'lapsed', stateSince: '2026-02-01T00:00:00.000Z', nextDueDate: '2025-07-30' },
      Pending: { state: 'pending_signature', stateSince: '2025-01-01T00:00:00.000Z', nextDueDate: null },
      Suspended: { state: 'suspended', stateSince: '2026-02-01T00:00:00.000Z', nextDueDate: '2026-01-30' },
      Revoked: { state: 'revoked', stateSince: '2026-02-01T00:00:00.000Z', nextDueDate: null },
    });
  });

  it('filters by pledge state', async () => {
    const active = await list('state=active');
    expect(active.body).toMatchObject({ total: 1, items: [{ name: 'Roster Active', pledge: { state: 'active' } }] });
    expect(names((await list('state=pending_signature')).body)).toEqual(['Pending']);
    expect((await list('state=withdrawn')).body).toMatchObject({ total: 0, items: [] });
    expectFieldErrors(await list('state=dormant'), ['state']);
  });

  it('sorts by state in lifecycle order and by next due date, either way, undated vendors last when ascending', async () => {
    expect(names((await list('sort=state')).body)).toEqual(['Pending', 'Active', 'Lapsed', 'Suspended', 'Revoked']);
    expect(names((await list('sort=-state')).body)).toEqual(['Revoked', 'Suspended', 'Lapsed', 'Active', 'Pending']);
    expect(names((await list('sort=nextDue')).body)).toEqual(['Lapsed', 'Suspended', 'Active', 'Pending', 'Revoked']);
    expect(names((await list('sort=-nextDue')).body)).toEqual(['Revoked', 'Pending', 'Active', 'Suspended', 'Lapsed']);
    for (const sort of ['name', '-name', 'createdAt', '-createdAt', 'state', '-state', 'nextDue', '-nextDue']) {
      const whole = names((await list(`sort=${sort}`)).body);
      const pages = await allPages<{ name: string }>((after) => list(`sort=${sort}&limit=2${after ? `&after=${after}` : ''}`));
      expect(pages.flatMap((p) => names(p))).toEqual(whole);
      expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    }
    // A cursor belongs to its sort.
    const first = await list('sort=name&limit=2');
    expectFieldErrors(await list(`sort=state&after=${first.body.next}`), ['after']);
  });

  it('keeps an ended period as the next due until its data is in, then moves on', async () => {
    time.advance(Date.parse('2026-07-01T00:00:00Z') - time.now().getTime());
    const res = await list('state=active');
    expect(res.body.items[0].pledge.nextDueDate).toBe('2026-07-30');
    time.advance(Date.parse('2026-08-15T00:00:00Z') - time.now().getTime());
    // 2026-H1 is owed (past due): it stays the next due until data comes in.
    expect((await list('state=active')).body.items[0].pledge.nextDueDate).toBe('2026-07-30');
    await createCheckpoint(t.db, activeVendor, '2026-H1', 'submitted');
    expect((await list('state=active')).body.items[0].pledge.nextDueDate).toBe('2027-01-30');
  });

  it('shows a vendor’s owner the summary of their own pledge', async () => {
    const res = await t.http().get('/api/v1/vendors').set('authorization', ownerOfActive);
    expect(res.body).toMatchObject({ total: 1, items: [{ name: 'Roster Active', pledge: { state: 'active' } }] });
  });
});
