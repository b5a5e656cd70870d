import { PledgeState, Role } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { createUser, createVendor, setPledge } from '../../../../test/factories.ts';
import { type Vendor } from '../../vendors/index.ts';
import { type User } from '../../accounts/index.ts';
import { SYSTEM_ACTOR } from '../../audit/index.ts';
import { publishAgreement } from '../agreements.service.ts';
import { scanPledges } from '../pledges.jobs.ts';

/**
 * The time-driven rules, with the clock moved across due dates, period boundaries and the year end,
 * on two app instances sharing one database: each reminder and each lapse happens exactly once.
 */
let now = new Date('2026-05-20T09:00:00Z');
const clock = () => now;
const at = (iso: string) => {
  now = new Date(iso);
};

let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await createTestApp({ clock });
  b = await createTestApp({ clock, databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  await b.app.close();
  await b.db.destroy();
  await a.close();
});

/** Both instances run their due jobs at the same moment, as two servers would. */
async function bothInstancesRunJobs(): Promise<void> {
  await Promise.all([a.ctx.jobs.runDue(), b.ctx.jobs.runDue()]);
}

async function mailTo(email: string): Promise<string[]> {
  const rows = (await a.db.query(`SELECT subject FROM mail_message WHERE to_address = $1 ORDER BY created_at, subject`, [email])) as { subject: string }[];
  return rows.map((r) => r.subject);
}

async function pledgeOf(vendor: Vendor): Promise<{ state: string; state_reason: string | null; resign_by: Date | null }> {
  const [row] = (await a.db.query(`SELECT state, state_reason, resign_by FROM pledge WHERE vendor_id = $1`, [vendor.id])) as { state: string; state_reason: string | null; resign_by: Date | null }[];
  if (!row) throw new Error('no pledge');
  return row;
}

async function auditActions(vendor: Vendor): Promise<string[]> {
  const rows = (await a.db.query(`SELECT action, actor_label FROM audit_log WHERE vendor_id = $1 AND entity_type = 'pledge' ORDER BY id`, [vendor.id])) as { action: string; actor_label: string }[];
  return rows.map((r) => `${r.action} by ${r.actor_label}`);
}

async function activeVendor(activeSince: string): Promise<{ vendor: Vendor; owner: User }> {
  const vendor = await createVendor(a.db);
  const owner = await createUser(a.db, { role: Role.VendorOwner, vendorId: vendor.id });
  await setPledge(a.db, vendor, owner, { state: PledgeState.Active, activeSince: new Date(activeSince) });
  return { vendor, owner };
}

describe('checkpoint reminders and the lapse', () => {
  it('remind 14 and 3 days before the due date and lapse the day after it, each exactly once', async () => {
    // Active since 20 May 2026: the first period is 2026-H1, due 30 July, lapsing on 31 July.
    const { vendor, owner } = await activeVendor('2026-05-20T09:00:00Z');
    const dueSubject = `${vendor.name}: checkpoint data for 2026-H1 is due on 2026-07-30`;

    at('2026-07-15T23:00:00Z');
    await bothInstancesRunJobs();
    expect(await mailTo(owner.email)).toEqual([]);

    at('2026-07-16T00:30:00Z');
    await bothInstancesRunJobs();
    await Promise.all([scanPledges(a.ctx), scanPledges(b.ctx)]);
    expect(await mailTo(owner.email)).toEqual([dueSubject]);

    at('2026-07-22T12:00:00Z');
    await bothInstancesRunJobs();
    expect(await mailTo(owner.email)).toEqual([dueSubject]);

    at('2026-07-27T08:00:00Z');
    await bothInstancesRunJobs();
    await Promise.all([scanPledges(a.ctx), scanPledges(b.ctx)]);
    expect(await mailTo(owner.email)).toEqual([dueSubject, dueSubject]);

    at('2026-07-30T23:59:00Z');
    await bothInstancesRunJobs();
    expect((await pledgeOf(vendor)).state).toBe('active');

    at('2026-07-31T00:00:00Z');
    await Promise.all([bothInstancesRunJobs(), scanPledges(a.ctx), scanPledges(b.ctx)]);
    expect(await pledgeOf(vendor)).toMatchObject({ state: 'lapsed', state_reason: 'No checkpoint data for 2026-H1 by its due date 2026-07-30' });
    expect(await auditActions(vendor)).toEqual(['pledge.lapse by system']);
    expect(await mailTo(owner.email)).toEqual([dueSubject, dueSubject, `The pledge of ${vendor.name} has lapsed`]);

    at('2026-08-05T10:00:00Z');
    await bothInstancesRunJobs();
    expect(await auditActions(vendor)).toEqual(['pledge.lapse by system']);
    expect(await mailTo(owner.email)).toHaveLength(3);
  });

  it('follows the year end: a 2026-H2 pledge is due on 30 January 2027 and lapses on the 31st', async () => {
    at('2026-09-10T10:00:00Z');
    const { vendor, owner } = await activeVendor('2026-09-10T10:00:00Z');
    at('2026-12-31T23:59:59Z');
    await bothInstancesRunJobs();
    expect(await mailTo(owner.email)).toEqual([]);
    at('2027-01-16T06:00:00Z');
    await bothInstancesRunJobs();
    expect(await mailTo(owner.email)).toEqual([`${vendor.name}: checkpoint data for 2026-H2 is due on 2027-01-30`]);
    at('2027-01-30T18:00:00Z');
    await bothInstancesRunJobs();
    expect((await pledgeOf(vendor)).state).toBe('active');
    at('2027-01-31T01:00:00Z');
    await bothInstancesRunJobs();
    expect((await pledgeOf(vendor)).state).toBe('lapsed');
  });

  it('sends nothing and lapses nothing when the period’s data was submitted', async () => {
    at('2026-03-01T10:00:00Z');
    const { vendor, owner } = await activeVendor('2026-03-01T10:00:00Z');
    await a.db.query(`INSERT INTO checkpoint (vendor_id, period, status, submitted_at) VALUES ($1, '2026-H1', 'submitted', '2026-07-05T10:00:00Z')`, [vendor.id]);
    for (const instant of ['2026-07-16T10:00:00Z', '2026-07-27T10:00:00Z', '2026-08-02T10:00:00Z']) {
      at(instant);
      await bothInstancesRunJobs();
    }
    expect(await mailTo(owner.email)).toEqual([]);
    expect((await pledgeOf(vendor)).state).toBe('active');
  });

  it('sends only the 3-day reminder when the scan first runs inside its window', async () => {
    at('2026-02-01T10:00:00Z');
    const { vendor, owner } = await activeVendor('2026-02-01T10:00:00Z');
    at('2026-07-28T10:00:00Z');
    await bothInstancesRunJobs();
    expect(await mailTo(owner.email)).toEqual([`${vendor.name}: checkpoint data for 2026-H1 is due on 2026-07-30`]);
    const [notice] = (await a.db.query(`SELECT key FROM notice WHERE vendor_id = $1`, [vendor.id])) as { key: string }[];
    expect(notice?.key).toBe('reminder:2026-H1:3d');
  });

  it('leaves suspended, pending and ended pledges alone', async () => {
    at('2026-01-10T10:00:00Z');
    const suspended = await activeVendor('2026-01-10T10:00:00Z');
    await a.db.query(`UPDATE pledge SET state = 'suspended' WHERE vendor_id = $1`, [suspended.vendor.id]);
    const withdrawn = await activeVendor('2026-01-10T10:00:00Z');
    await a.db.query(`UPDATE pledge SET state = 'withdrawn' WHERE vendor_id = $1`, [withdrawn.vendor.id]);
    const pending = await createVendor(a.db);
    at('2026-08-15T10:00:00Z');
    await bothInstancesRunJobs();
    expect((await pledgeOf(suspended.vendor)).state).toBe('suspended');
    expect((await pledgeOf(withdrawn.vendor)).state).toBe('withdrawn');
    expect((await pledgeOf(pending)).state).toBe('pending_signature');
    expect(await mailTo(suspended.owner.email)).toEqual([]);
  });
});

describe('a new agreement version', () => {
  it('warns once, keeps the standing for 60 days, then sends the pledge back for signature', async () => {
    at('2027-02-01T10:00:00Z');
    const { vendor, owner } = await activeVendor('2027-02-01T10:00:00Z');
    await publishAgreement(
      a.ctx,
      { title: 'Customer Excellence Pledge — version 2', text: 'Version two of the pledge text, long enough to be a real agreement text for the test.', responseTargetMinutes: 120, responseTargetShare: 0.95, effectiveAt: '2027-03-01T00:00:00Z' },
      SYSTEM_ACTOR,
    );

    at('2027-02-20T10:00:00Z');
    await bothInstancesRunJobs();
    expect(await mailTo(owner.email)).toEqual([]);

    at('2027-03-01T00:05:00Z');
    await bothInstancesRunJobs();
    await Promise.all([scanPledges(a.ctx), scanPledges(b.ctx)]);
    const warned = await pledgeOf(vendor);
    expect(warned.state).toBe('active');
    expect(warned.resign_by?.toISOString()).toBe('2027-04-30T00:00:00.000Z');
    expect(await mailTo(owner.email)).toEqual(['A new version of the Customer Excellence Pledge: please sign by 2027-04-30']);

    at('2027-04-29T23:59:00Z');
    await bothInstancesRunJobs();
    expect((await pledgeOf(vendor)).state).toBe('active');

    at('2027-04-30T00:00:00Z');
    await bothInstancesRunJobs();
    expect(await pledgeOf(vendor)).toMatchObject({ state: 'pending_signature', state_reason: 'Agreement version 2 was not signed by 2027-04-30' });
    expect(await auditActions(vendor)).toEqual(['pledge.require_signature by system']);
    expect(await mailTo(owner.email)).toEqual([
      'A new version of the Customer Excellence Pledge: please sign by 2027-04-30',
      `${vendor.name}: sign the new version of the pledge`,
    ]);
  });
});
