import { PledgeState } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { bearer, checkpointData, createPledgedVendor, createSubmission, createUser, movableClock } from '../../../../test/factories.ts';
import { mailTo } from '../../../../test/queries.ts';
import { type Vendor } from '../../vendors/index.ts';
import { scanPledges } from '../../pledges/index.ts';

/**
 * How checkpoint data moves the pledge (SPEC §4): data returned and left more than 14 days lapses
 * it when the hourly scan runs, never before the period's own lapse date; a submission that settles
 * everything owed makes a lapsed pledge active again.
 */
const time = movableClock(new Date('2026-07-01T09:00:00Z'));
const at = (iso: string) => time.advance(Date.parse(iso) - time.now().getTime());
let t: TestApp;
let adminAuth: string;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
  adminAuth = bearer(t.app, await createUser(t.db));
});
afterAll(async () => t.close());

const url = (vendorId: string, period: string, action = '') => `/api/v1/vendors/${vendorId}/checkpoints/${period}${action}`;

async function pledgeOf(vendor: Vendor): Promise<{ state: string; state_reason: string | null }> {
  const [row] = (await t.db.query(`SELECT state, state_reason FROM pledge WHERE vendor_id = $1`, [vendor.id])) as { state: string; state_reason: string | null }[];
  if (!row) throw new Error('no pledge');
  return row;
}

async function pledgeEvents(vendor: Vendor): Promise<string[]> {
  const rows = (await t.db.query(`SELECT action, actor_label, reason FROM audit_log WHERE vendor_id = $1 AND entity_type = 'pledge' ORDER BY id`, [vendor.id])) as {
    action: string;
    actor_label: string;
    reason: string | null;
  }[];
  return rows.map((r) => `${r.action} by ${r.actor_label}: ${r.reason}`);
}

async function stateAfterScanAt(vendor: Vendor, iso: string): Promise<string> {
  at(iso);
  await scanPledges(t.ctx);
  return (await pledgeOf(vendor)).state;
}

async function submitThroughApi(ownerAuth: string, vendorId: string, period: string): Promise<void> {
  const read = await t.http().get(url(vendorId, period)).set('authorization', ownerAuth);
  const saved = await t.http().put(url(vendorId, period)).set('authorization', ownerAuth).set('if-match', read.headers.etag ?? '"0"').send(checkpointData());
  expect(saved.status).toBe(200);
  const submitted = await t.http().post(url(vendorId, period, '/submit')).set('authorization', ownerAuth);
  expect(submitted.status).toBe(200);
}

/** Active since November 2025 with 2025-H2 accepted; 2026-H1 submitted at `submittedAt` and returned at `returnedAt`, through the API. */
async function returnedVendor(submittedAt: string, returnedAt: string) {
  at(submittedAt);
  const people = await createPledgedVendor(t.db, new Date('2025-11-10T09:00:00Z'));
  await createSubmission(t.db, people.vendor, '2025-H2', { status: 'accepted', submittedAt: new Date('2026-01-10T09:00:00Z') });
  const ownerAuth = bearer(t.app, people.owner);
  await submitThroughApi(ownerAuth, people.vendor.id, '2026-H1');
  at(returnedAt);
  const returned = await t.http().post(url(people.vendor.id, '2026-H1', '/review')).set('authorization', adminAuth).send({ decision: 'returned', notes: 'Numbers do not add up.' });
  expect(returned.status).toBe(200);
  return { ...people, ownerAuth };
}

describe('returned checkpoint data and the hourly scan', () => {
  it('lapses the pledge when returned data is left more than 14 days, and not at 14 days exactly', async () => {
    const { vendor, owner, ownerAuth } = await returnedVendor('2026-07-05T09:00:00Z', '2026-07-20T10:00:00Z');
    expect(await stateAfterScanAt(vendor, '2026-07-31T00:00:00Z')).toBe('active'); // the period's own lapse date: returned data is not missing data
    expect(await stateAfterScanAt(vendor, '2026-08-03T10:00:00Z')).toBe('active'); // exactly 14 days
    expect(await stateAfterScanAt(vendor, '2026-08-03T23:59:59Z')).toBe('active');
    expect(await stateAfterScanAt(vendor, '2026-08-04T00:00:00Z')).toBe('lapsed');
    expect((await pledgeOf(vendor)).state_reason).toBe('Checkpoint data for 2026-H1 was returned on 2026-07-20 and not resubmitted within 14 days');
    expect(await pledgeEvents(vendor)).toEqual(['pledge.lapse by system: Checkpoint data for 2026-H1 was returned on 2026-07-20 and not resubmitted within 14 days']);
    expect((await mailTo(t.db, owner.email)).map((m) => m.subject)).toContain(`The pledge of ${vendor.name} has lapsed`);

    // Scanning again changes nothing; submitting the data again makes the pledge active.
    expect(await stateAfterScanAt(vendor, '2026-08-04T01:00:00Z')).toBe('lapsed');
    at('2026-08-06T12:00:00Z');
    const again = await t.http().post(url(vendor.id, '2026-H1', '/submit')).set('authorization', ownerAuth);
    expect(again.status).toBe(200);
    expect(await pledgeOf(vendor)).toMatchObject({ state: 'active' });
    expect((await pledgeEvents(vendor)).at(-1)).toBe('pledge.restore by system: The checkpoint data owed was submitted');
    expect(await stateAfterScanAt(vendor, '2026-09-01T00:00:00Z')).toBe('active');
  });

  it('never lapses the pledge for returned data before the period’s own lapse date', async () => {
    const { vendor } = await returnedVendor('2026-07-01T09:00:00Z', '2026-07-02T10:00:00Z');
    expect(await stateAfterScanAt(vendor, '2026-07-17T00:00:00Z')).toBe('active'); // 15 days after it was returned
    expect(await stateAfterScanAt(vendor, '2026-07-30T23:59:59Z')).toBe('active'); // the due date
    expect(await stateAfterScanAt(vendor, '2026-07-31T00:00:00Z')).toBe('lapsed');
    expect((await pledgeOf(vendor)).state_reason).toBe('Checkpoint data for 2026-H1 was returned on 2026-07-02 and not resubmitted within 14 days');
  });

  it('keeps the pledge active when returned data is fixed and submitted within 14 days', async () => {
    const { vendor, ownerAuth } = await returnedVendor('2026-07-05T09:00:00Z', '2026-07-20T10:00:00Z');
    at('2026-08-02T10:00:00Z');
    await submitThroughApi(ownerAuth, vendor.id, '2026-H1');
    expect(await stateAfterScanAt(vendor, '2026-08-10T00:00:00Z')).toBe('active');
    expect(await pledgeEvents(vendor)).toEqual([]);
  });
});

describe('submitting restores a lapsed pledge', () => {
  it('makes a lapsed pledge active again when the submission settles what was owed', async () => {
    at('2026-07-01T09:00:00Z');
    const { vendor, owner } = await createPledgedVendor(t.db, new Date('2025-11-10T09:00:00Z'));
    await createSubmission(t.db, vendor, '2025-H2', { status: 'accepted', submittedAt: new Date('2026-01-10T09:00:00Z') });
    expect(await stateAfterScanAt(vendor, '2026-07-31T00:00:00Z')).toBe('lapsed');

    at('2026-08-05T10:00:00Z');
    await submitThroughApi(bearer(t.app, owner), vendor.id, '2026-H1');
    expect(await pledgeOf(vendor)).toEqual({ state: 'active', state_reason: 'The checkpoint data owed was submitted' });
    expect(await pledgeEvents(vendor)).toEqual([
      'pledge.lapse by system: No checkpoint data for 2026-H1 by its due date 2026-07-30',
      'pledge.restore by system: The checkpoint data owed was submitted',
    ]);
    const pledge = await t.http().get(`/api/v1/vendors/${vendor.id}/pledge`).set('authorization', bearer(t.app, owner));
    expect(pledge.body).toMatchObject({ state: 'active', stateSince: '2026-08-05T10:00:00.000Z' });
  });

  it('keeps the pledge lapsed while another ended period is still owed, and restores it with the last one', async () => {
    at('2026-07-01T09:00:00Z');
    const { vendor, owner } = await createPledgedVendor(t.db, new Date('2025-03-10T09:00:00Z'));
    await createSubmission(t.db, vendor, '2025-H1', { status: 'accepted', submittedAt: new Date('2025-07-10T09:00:00Z') });
    expect(await stateAfterScanAt(vendor, '2026-08-05T10:00:00Z')).toBe('lapsed');
    expect((await pledgeOf(vendor)).state_reason).toBe('No checkpoint data for 2025-H2 by its due date 2026-01-30');

    const ownerAuth = bearer(t.app, owner);
    await submitThroughApi(ownerAuth, vendor.id, '2026-H1');
    expect((await pledgeOf(vendor)).state).toBe('lapsed');
    await submitThroughApi(ownerAuth, vendor.id, '2025-H2');
    expect((await pledgeOf(vendor)).state).toBe('active');
  });

  it('restores the pledge when what remains has not reached its due date yet', async () => {
    at('2026-07-01T09:00:00Z');
    const { vendor, owner } = await createPledgedVendor(t.db, new Date('2026-02-10T09:00:00Z'));
    expect(await stateAfterScanAt(vendor, '2026-08-01T00:00:00Z')).toBe('lapsed');
    // 2026-H2 has ended on 10 January 2027 but is due only on 30 January.
    at('2027-01-10T10:00:00Z');
    await submitThroughApi(bearer(t.app, owner), vendor.id, '2026-H1');
    expect((await pledgeOf(vendor)).state).toBe('active');
  });

  it('does not restore a pledge that data did not lapse: a suspended pledge stays suspended', async () => {
    at('2026-08-05T10:00:00Z');
    const { vendor, owner } = await createPledgedVendor(t.db, new Date('2026-02-10T09:00:00Z'), { state: PledgeState.Suspended });
    await submitThroughApi(bearer(t.app, owner), vendor.id, '2026-H1');
    expect((await pledgeOf(vendor)).state).toBe('suspended');
    expect(await pledgeEvents(vendor)).toEqual([]);
  });
});
