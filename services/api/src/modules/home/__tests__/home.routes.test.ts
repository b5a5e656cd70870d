import { randomUUID } from 'node:crypto';
import { AdminInboxSchema, ErrorCode, PledgeState, Role, SubmissionStatus, VendorHomeSchema } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createApplication, createPledgedVendor, createSubmission, createUser, movableClock } from '../../../../test/factories.ts';
import { fileConfirmed, fileForwarded } from '../../../../test/complaints.ts';

const time = movableClock(new Date('2026-08-10T09:00:00Z'));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock, env: { RATE_LIMIT_COMPLAINTS: '1000' } });
  admin = bearer(t.app, await createUser(t.db, { role: Role.Admin }));
});
afterAll(async () => t.close());

const home = (vendorId: string, auth?: string) => {
  const req = t.http().get(`/api/v1/vendors/${vendorId}/home`);
  return auth ? req.set('authorization', auth) : req;
};

describe('GET /api/v1/vendors/{id}/home', () => {
  it('tells a lapsed vendor its state, since when, and that the overdue period is the thing to do', async () => {
    const { vendor, owner } = await createPledgedVendor(t.db, new Date('2026-02-01T10:00:00Z'), { state: PledgeState.Lapsed });
    const res = await home(vendor.id, bearer(t.app, owner));
    expect(res.status).toBe(200);
    expectSchema(VendorHomeSchema, res.body);
    expect(res.body).toMatchObject({ vendorName: vendor.name, state: 'lapsed', reason: null });
    expect(res.body.todos).toEqual([
      expect.objectContaining({ kind: 'overdue', title: 'The 2026-H1 data is overdue', due: '2026-07-30', urgent: true, target: { page: 'checkpoint', period: '2026-H1' } }),
    ]);
  });

  it('lists returned data with the note, and complaints to answer with their deadlines', async () => {
    const { vendor, member } = await createPledgedVendor(t.db, new Date('2026-02-01T10:00:00Z'));
    await createSubmission(t.db, vendor, '2026-H1', { status: SubmissionStatus.Returned, returnedAt: new Date('2026-08-05T10:00:00Z') });
    await t.db.query(`UPDATE checkpoint SET review_notes = 'Add the follow-up share.' WHERE vendor_id = $1`, [vendor.id]);
    const complaint = await fileForwarded(t, admin, vendor.slug);

    const res = await home(vendor.id, bearer(t.app, member));
    const kinds = (res.body.todos as { kind: string }[]).map((todo) => todo.kind);
    expect(kinds).toEqual(['returned', 'respond']);
    expect(res.body.todos[0]).toMatchObject({ detail: 'The registry returned it: Add the follow-up share. Resubmit by 2026-08-19, or the pledge lapses.', target: { page: 'checkpoint', period: '2026-H1' } });
    expect(res.body.todos[1]).toMatchObject({ title: `Respond to complaint ${complaint.reference}`, target: { page: 'complaint', id: complaint.id }, due: expect.any(String) });
  });

  it('answers the vendor’s people and the admin; another vendor’s, an unknown one or a bad id are 404 or 400; nobody anonymous', async () => {
    const { vendor, owner } = await createPledgedVendor(t.db, new Date('2026-02-01T10:00:00Z'));
    const other = await createPledgedVendor(t.db, new Date('2026-02-01T10:00:00Z'));
    expect((await home(vendor.id, admin)).status).toBe(200);
    expectProblem(await home(other.vendor.id, bearer(t.app, owner)), 404, ErrorCode.NotFound);
    expectProblem(await home(randomUUID(), admin), 404, ErrorCode.NotFound);
    expectFieldErrors(await home('nope', admin), ['id']);
    expectUnauthenticated(await home(vendor.id));
  });
});

describe('GET /api/v1/inbox', () => {
  it('counts what waits for the admin, with the oldest of each queue', async () => {
    const before = (await t.http().get('/api/v1/inbox').set('authorization', admin)).body as Record<string, { count: number }>;
    const application = await createApplication(t.db);
    const { vendor } = await createPledgedVendor(t.db, new Date('2026-02-01T10:00:00Z'));
    await createSubmission(t.db, vendor, '2026-H1', { status: SubmissionStatus.Submitted });
    await fileConfirmed(t, vendor.slug);

    const res = await t.http().get('/api/v1/inbox').set('authorization', admin);
    expect(res.status).toBe(200);
    expectSchema(AdminInboxSchema, res.body);
    expect(res.body.applications.count).toBe((before.applications?.count ?? 0) + 1);
    expect(res.body.reviews.count).toBe((before.reviews?.count ?? 0) + 1);
    expect(res.body.complaints.count).toBe((before.complaints?.count ?? 0) + 1);
    expect(res.body.applications.oldest <= application.createdAt.toISOString()).toBe(true);
  });

  it('is the admin’s alone', async () => {
    const { owner } = await createPledgedVendor(t.db, new Date('2026-02-01T10:00:00Z'));
    expectProblem(await t.http().get('/api/v1/inbox').set('authorization', bearer(t.app, owner)), 403, ErrorCode.Forbidden);
    expectUnauthenticated(await t.http().get('/api/v1/inbox'));
  });
});
