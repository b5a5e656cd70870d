import { EventType, PledgeAction, PledgeState, Role } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { bearer, createUser, createVendorWithPeople, setPledge } from '../../../../test/factories.ts';
import { countRows, mailTo } from '../../../../test/queries.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface EventRow {
  type: string;
  vendor_id: string | null;
  sequence: number | null;
  data: Record<string, unknown>;
}
const eventsOf = async (vendorId: string): Promise<EventRow[]> =>
  (await t.db.query(`SELECT type, vendor_id, sequence, data FROM domain_event WHERE vendor_id = $1 ORDER BY sequence`, [vendorId])) as EventRow[];

async function activeVendor() {
  const people = await createVendorWithPeople(t.db);
  await setPledge(t.db, people.vendor, people.owner, { state: PledgeState.Active, activeSince: new Date('2026-01-10T09:00:00Z') });
  return people;
}

const suspension = (vendorId: string) =>
  ({ type: EventType.PledgeStateChanged, vendorId, data: { action: PledgeAction.Suspend, from: PledgeState.Active, to: PledgeState.Suspended, reason: 'Audit pending' } }) as const;

describe('domain events', () => {
  it('are recorded in the transaction of the change, and their subscribers write in it too', async () => {
    const { vendor, owner } = await activeVendor();
    await t.db.transaction((manager) => t.ctx.events.record(manager, suspension(vendor.id)));
    const [event] = await eventsOf(vendor.id);
    expect(event).toEqual({ type: 'pledge.state_changed', vendor_id: vendor.id, sequence: 1, data: { action: 'suspend', from: 'active', to: 'suspended', reason: 'Audit pending' } });
    // The owners' notice is a subscriber of the event.
    const mail = await mailTo(t.db, owner.email);
    expect(mail.map((m) => m.subject)).toEqual([`The pledge of ${vendor.name} is suspended`]);
  });

  it('leave nothing behind when the change rolls back: no event, no e-mail', async () => {
    const { vendor, owner } = await activeVendor();
    const before = await countRows(t.db, 'domain_event');
    await expect(
      t.db.transaction(async (manager) => {
        await t.ctx.events.record(manager, suspension(vendor.id));
        throw new Error('the change fails after recording');
      }),
    ).rejects.toThrow('the change fails after recording');
    expect(await countRows(t.db, 'domain_event')).toBe(before);
    expect(await mailTo(t.db, owner.email)).toEqual([]);
    // The vendor's numbering did not advance either: its next event is still number 1.
    await t.db.transaction((manager) => t.ctx.events.record(manager, suspension(vendor.id)));
    expect((await eventsOf(vendor.id)).map((e) => e.sequence)).toEqual([1]);
  });

  it('number each vendor’s events 1, 2, 3 … even when written concurrently; program events have no number', async () => {
    const { vendor } = await activeVendor();
    await Promise.all(Array.from({ length: 8 }, () => t.db.transaction((manager) => t.ctx.events.record(manager, suspension(vendor.id)))));
    expect((await eventsOf(vendor.id)).map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const program = await t.db.transaction((manager) =>
      t.ctx.events.record(manager, { type: EventType.AgreementPublished, vendorId: null, data: { version: 9, title: 'T', effectiveAt: new Date().toISOString() } }),
    );
    expect(program.sequence).toBeNull();
  });

  it('come from the routes that change state, and a refused change records none', async () => {
    const admin = await createUser(t.db, { role: Role.Admin });
    const { vendor, owner } = await activeVendor();
    const suspend = () => t.http().post(`/api/v1/vendors/${vendor.id}/pledge/suspend`).set('authorization', bearer(t.app, admin)).send({ reason: 'Complaints are unanswered' });
    expect((await suspend()).status).toBe(200);
    expect((await suspend()).status).toBe(409);
    const events = await eventsOf(vendor.id);
    expect(events.map((e) => [e.type, e.data.action, e.data.to])).toEqual([['pledge.state_changed', 'suspend', 'suspended']]);
    expect((await mailTo(t.db, owner.email)).map((m) => m.subject)).toEqual([`The pledge of ${vendor.name} is suspended`]);
  });
});
