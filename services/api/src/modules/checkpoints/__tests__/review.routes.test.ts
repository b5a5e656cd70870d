import { randomUUID } from 'node:crypto';
import { ErrorCode, SubmissionSchema } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema } from '../../../../test/expectations.ts';
import { bearer, checkpointData, createPledgedVendor, createSubmission, createUser, movableClock } from '../../../../test/factories.ts';
import { auditOf, mailTo } from '../../../../test/queries.ts';
import { type User } from '../../accounts/index.ts';
import { Checkpoint } from '../checkpoint.entity.ts';

/**
 * POST /vendors/{id}/checkpoints/{period}/review (admin): accept, or return with notes; returned
 * data is edited and submitted again. (The lapse of data left returned is in checkpoint-lapse.test.ts.)
 */
const time = movableClock(new Date('2026-07-10T10:00:00Z'));
const setClock = (iso: string) => time.advance(Date.parse(iso) - time.now().getTime());
let t: TestApp;
let admin: User;
let adminAuth: string;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
  admin = await createUser(t.db);
  adminAuth = bearer(t.app, admin);
});
afterAll(async () => t.close());

const url = (vendorId: string, period: string, action = '') => `/api/v1/vendors/${vendorId}/checkpoints/${period}${action}`;
const review = (vendorId: string, period: string, body: object, auth = adminAuth) => t.http().post(url(vendorId, period, '/review')).set('authorization', auth).send(body);

/** A vendor (pledge active since November 2025) whose 2026-H1 data was submitted through the API on 5 July 2026. */
async function submitted() {
  setClock('2026-07-05T09:00:00Z');
  const people = await createPledgedVendor(t.db, new Date('2025-11-10T09:00:00Z'));
  const ownerAuth = bearer(t.app, people.owner);
  expect((await t.http().put(url(people.vendor.id, '2026-H1')).set('authorization', ownerAuth).send(checkpointData())).status).toBe(200);
  expect((await t.http().post(url(people.vendor.id, '2026-H1', '/submit')).set('authorization', ownerAuth)).status).toBe(200);
  setClock('2026-07-10T10:00:00Z');
  return { ...people, ownerAuth };
}

const checkpointOf = (vendorId: string, period: string) => t.db.getRepository(Checkpoint).findOneByOrFail({ vendorId, period });

describe('POST /api/v1/vendors/:id/checkpoints/:period/review', () => {
  it('needs notes to return data: 400 naming notes, and nothing changes', async () => {
    const { vendor } = await submitted();
    expectFieldErrors(await review(vendor.id, '2026-H1', { decision: 'returned' }), ['notes']);
    expectFieldErrors(await review(vendor.id, '2026-H1', { decision: 'returned', notes: ' \n\t ' }), ['notes']);
    expect(await checkpointOf(vendor.id, '2026-H1')).toMatchObject({ status: 'submitted', version: 2, reviewedAt: null });
  });

  it('answers 400 naming a bad decision, an unknown field, or a malformed period or id', async () => {
    const { vendor } = await submitted();
    expectFieldErrors(await review(vendor.id, '2026-H1', {}), ['decision']);
    expectFieldErrors(await review(vendor.id, '2026-H1', { decision: 'rejected' }), ['decision']);
    expectFieldErrors(await review(vendor.id, '2026-H1', { decision: 'accepted', score: 5 }), ['score']);
    expectFieldErrors(await review(vendor.id, '2026-H1', { decision: 'returned', notes: 'x'.repeat(5001) }), ['notes']);
    expectFieldErrors(await review(vendor.id, '2026-H5', { decision: 'accepted' }), ['period']);
    expectFieldErrors(await review('vendor', '2026-H1', { decision: 'accepted' }), ['id']);
  });

  it('reviews only submitted data: 409 for a draft, accepted or returned data, 404 where there is none', async () => {
    const { vendor } = await createPledgedVendor(t.db, new Date('2025-11-10T09:00:00Z'));
    await createSubmission(t.db, vendor, '2025-H2', { status: 'accepted' });
    await createSubmission(t.db, vendor, '2026-H1', { status: 'draft' });
    await createSubmission(t.db, vendor, '2026-H2', { status: 'returned', returnedAt: new Date('2026-07-09T10:00:00Z') });
    for (const [period, status] of [
      ['2025-H2', 'accepted'],
      ['2026-H1', 'draft'],
      ['2026-H2', 'returned'],
    ]) {
      const res = await review(vendor.id, period ?? '', { decision: 'accepted' });
      expectProblem(res, 409, ErrorCode.InvalidState);
      expect(res.body.detail).toContain(status);
    }
    expectProblem(await review(vendor.id, '2025-H1', { decision: 'accepted' }), 404, ErrorCode.NotFound);
    expectProblem(await review(randomUUID(), '2026-H1', { decision: 'accepted' }), 404, ErrorCode.NotFound);
  });

  it('accepts: status and time, the notes kept, an audit line by the admin, and an e-mail to the owner', async () => {
    const { vendor, owner, member, ownerAuth } = await submitted();
    const res = await review(vendor.id, '2026-H1', { decision: 'accepted', notes: '  Clear and complete.  ' });
    expect(res.status).toBe(200);
    expectSchema(SubmissionSchema, res.body);
    expect(res.body).toMatchObject({ status: 'accepted', reviewedAt: '2026-07-10T10:00:00.000Z', reviewNotes: 'Clear and complete.', submittedAt: '2026-07-05T09:00:00.000Z', version: 3 });
    expect((await t.http().get(url(vendor.id, '2026-H1')).set('authorization', ownerAuth)).body).toEqual(res.body);

    const audit = await auditOf(t.db, (await checkpointOf(vendor.id, '2026-H1')).id);
    expect(audit.at(-1)).toMatchObject({ action: 'checkpoint.accepted', actor_id: admin.id, actor_label: admin.email, from_state: 'submitted', to_state: 'accepted', reason: 'Clear and complete.', vendor_id: vendor.id });

    const mails = await mailTo(t.db, owner.email);
    expect(mails).toMatchObject([{ subject: `${vendor.name}: checkpoint data for 2026-H1 was accepted`, status: 'held' }]);
    expect(mails[0]?.body_text).toContain('Clear and complete.');
    expect(await mailTo(t.db, member.email)).toEqual([]);

    // Accepted data is final.
    expectProblem(await t.http().put(url(vendor.id, '2026-H1')).set('authorization', ownerAuth).set('if-match', '"3"').send(checkpointData()), 409, ErrorCode.InvalidState);
    expectProblem(await t.http().post(url(vendor.id, '2026-H1', '/submit')).set('authorization', ownerAuth), 409, ErrorCode.InvalidState);
  });

  it('accepts without notes', async () => {
    const { vendor, owner } = await submitted();
    const res = await review(vendor.id, '2026-H1', { decision: 'accepted' });
    expect(res.body).toMatchObject({ status: 'accepted', reviewNotes: null });
    expect((await mailTo(t.db, owner.email))[0]?.body_text).toBe(`The registry accepted the checkpoint data of ${vendor.name} for 2026-H1.`);
  });

  it('returns with notes: status, audit line, and an e-mail to the owner with the notes and the 14-day warning', async () => {
    const { vendor, owner, ownerAuth } = await submitted();
    const res = await review(vendor.id, '2026-H1', { decision: 'returned', notes: 'The NPS sample is missing.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'returned', reviewedAt: '2026-07-10T10:00:00.000Z', reviewNotes: 'The NPS sample is missing.' });
    expect(await checkpointOf(vendor.id, '2026-H1')).toMatchObject({ status: 'returned', returnedAt: new Date('2026-07-10T10:00:00Z') });

    const auditRes = await t.http().get(`/api/v1/vendors/${vendor.id}/audit`).set('authorization', ownerAuth);
    expect(auditRes.body.items[0]).toMatchObject({ action: 'checkpoint.returned', actor: admin.email, from: 'submitted', to: 'returned', reason: 'The NPS sample is missing.' });

    const [mail] = await mailTo(t.db, owner.email);
    expect(mail?.subject).toBe(`${vendor.name}: checkpoint data for 2026-H1 was returned`);
    expect(mail?.body_text).toContain('The NPS sample is missing.');
    expect(mail?.body_text).toContain('within 14 days');
    expect(mail?.body_text).toContain('http://registry.test/vendor/checkpoints/2026-H1');
  });

  it('lets the vendor fix returned data and submit it again, telling the admins it is a resubmission', async () => {
    const { vendor, ownerAuth } = await submitted();
    expect((await review(vendor.id, '2026-H1', { decision: 'returned', notes: 'Follow-up share looks wrong.' })).status).toBe(200);

    setClock('2026-07-12T10:00:00Z');
    const read = await t.http().get(url(vendor.id, '2026-H1')).set('authorization', ownerAuth);
    expect(read.headers.etag).toBe('"3"');
    const fixed = await t.http().put(url(vendor.id, '2026-H1')).set('authorization', ownerAuth).set('if-match', read.headers.etag ?? '').send(checkpointData({ followUpShare: 0.75 }));
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ status: 'returned', version: 4, data: { followUpShare: 0.75 }, reviewNotes: 'Follow-up share looks wrong.' });

    const again = await t.http().post(url(vendor.id, '2026-H1', '/submit')).set('authorization', ownerAuth);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'submitted', submittedAt: '2026-07-12T10:00:00.000Z', version: 5 });
    expect((await checkpointOf(vendor.id, '2026-H1')).returnedAt).toBeNull();

    const adminMails = (await mailTo(t.db, admin.email)).filter((m) => m.subject === `${vendor.name} submitted checkpoint data for 2026-H1`);
    expect(adminMails).toHaveLength(2);
    expect(adminMails[1]?.body_text).toContain('again, after it was returned');

    const queue = await t.http().get('/api/v1/checkpoints').query({ period: '2026-H1' }).set('authorization', adminAuth);
    expect(queue.body.items.filter((i: { vendorId: string }) => i.vendorId === vendor.id)).toMatchObject([{ status: 'submitted', submittedAt: '2026-07-12T10:00:00.000Z' }]);

    const accepted = await review(vendor.id, '2026-H1', { decision: 'accepted' });
    expect(accepted.body).toMatchObject({ status: 'accepted', reviewNotes: null, data: { followUpShare: 0.75 } });

    // The thread keeps every submission, its review, and what changed in between; both sides read it.
    const thread = [
      { number: 1, submittedAt: '2026-07-05T09:00:00.000Z', changes: [], decision: 'returned', notes: 'Follow-up share looks wrong.', reviewedAt: '2026-07-10T10:00:00.000Z' },
      { number: 2, submittedAt: '2026-07-12T10:00:00.000Z', changes: [{ field: 'followUpShare', from: checkpointData().followUpShare ?? null, to: 0.75 }], decision: 'accepted', notes: null, reviewedAt: '2026-07-12T10:00:00.000Z' },
    ];
    expect(accepted.body.thread).toEqual(thread);
    expect((await t.http().get(url(vendor.id, '2026-H1')).set('authorization', ownerAuth)).body.thread).toEqual(thread);
  });

  it('lets returned data be submitted again unchanged', async () => {
    const { vendor, ownerAuth } = await submitted();
    await review(vendor.id, '2026-H1', { decision: 'returned', notes: 'Please confirm the contact counts.' });
    const again = await t.http().post(url(vendor.id, '2026-H1', '/submit')).set('authorization', ownerAuth);
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('submitted');
    expect(again.body.thread.map((r: { number: number; changes: unknown[]; decision: string | null }) => [r.number, r.changes, r.decision])).toEqual([
      [1, [], 'returned'],
      [2, [], null],
    ]);
    const audit = await auditOf(t.db, (await checkpointOf(vendor.id, '2026-H1')).id);
    expect(audit.map((a) => `${a.action} ${a.from_state}→${a.to_state}`)).toEqual([
      'checkpoint.draft_saved draft→draft',
      'checkpoint.submitted draft→submitted',
      'checkpoint.returned submitted→returned',
      'checkpoint.submitted returned→submitted',
    ]);
  });
});
