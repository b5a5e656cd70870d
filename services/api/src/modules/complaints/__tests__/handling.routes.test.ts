import { ComplaintSchema } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectInvalidState, expectSchema } from '../../../../test/expectations.ts';
import { bearer, createUser, settableClock } from '../../../../test/factories.ts';
import { auditOf, complaintRow, complaintTokenIn, mailTo } from '../../../../test/queries.ts';
import { type User } from '../../accounts/index.ts';
import { complaintTeam, complaintUrl, fileConfirmed, fileForwarded, forward, mailAbout, outcome, respond, respondAndGetOutcomeToken } from '../../../../test/complaints.ts';

/**
 * The admin's triage and the vendor's response (SPEC §6): forward or dismiss a confirmed
 * complaint, respond to a forwarded one; each once, in order. The complaint's timeline tells who
 * did what; a vendor reads "registry" where the admin acted. What the complainant wrote never changes.
 */
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

const team = () => complaintTeam(t);

const post = (id: string, action: string, token: string, body: object = {}) => t.http().post(complaintUrl(id, action)).set('authorization', token).send(body);

describe('POST /api/v1/complaints/{id}/forward', () => {
  it('forwards a confirmed complaint once: the owners are e-mailed and the vendor sees it; a second forward is 409', async () => {
    time.set('2026-03-02T10:00:00Z');
    const { vendor, owner, member, ownerAuth } = await team();
    const filed = await fileConfirmed(t, vendor.slug);
    time.set('2026-03-02T11:00:00Z');
    const res = await post(filed.id, '/forward', adminAuth, { note: '  Please answer within the deadline.  ' });

    expect(res.status).toBe(200);
    expectSchema(ComplaintSchema, res.body);
    expect(res.body).toMatchObject({
      id: filed.id,
      reference: filed.reference,
      vendorId: vendor.id,
      vendorName: vendor.name,
      state: 'forwarded',
      forwardedAt: '2026-03-02T11:00:00.000Z',
      forwardNote: 'Please answer within the deadline.',
      responseDueAt: '2026-03-16T17:00:00.000Z',
      version: 3,
    });
    const toOwner = await mailAbout(t, owner.email, filed.reference);
    expect(toOwner.subject).toBe(`A complaint about ${vendor.name} needs your response by 2026-03-16 (${filed.reference})`);
    expect(toOwner.body_text).toContain('Note from the registry: Please answer within the deadline.');
    expect(toOwner.body_text).toContain(`http://registry.test/vendor/complaints/${filed.id}`);
    expect(await mailTo(t.db, member.email)).toEqual([]);
    // The complainant hears it was passed on, with the vendor's deadline; not the registry's note to the vendor.
    const toComplainant = await mailAbout(t, filed.email, filed.reference, 'Your complaint');
    expect(toComplainant.subject).toBe(`Your complaint ${filed.reference} was forwarded to ${vendor.name}`);
    expect(toComplainant.body_text).toContain('has 10 business days to respond (until 2026-03-16');
    expect(toComplainant.body_text).not.toContain('Please answer within the deadline');
    expect((await auditOf(t.db, filed.id)).at(-1)).toMatchObject({
      action: 'complaint.forwarded',
      actor_id: admin.id,
      actor_label: admin.email,
      vendor_id: null,
      from_state: 'confirmed',
      to_state: 'forwarded',
      reason: 'Please answer within the deadline.',
      request_id: res.headers['x-request-id'],
    });
    expect((await t.http().get(complaintUrl(filed.id)).set('authorization', ownerAuth)).status).toBe(200);

    expectInvalidState(await post(filed.id, '/forward', adminAuth), 'forwarded');
    expectInvalidState(await post(filed.id, '/dismiss', adminAuth, { reason: 'spam' }), 'forwarded');
    expect(await mailTo(t.db, owner.email)).toHaveLength(1);
  });

  it('replays a retried forward with the same Idempotency-Key instead of answering 409', async () => {
    const { vendor, owner } = await team();
    const filed = await fileConfirmed(t, vendor.slug);
    const first = await t.http().post(complaintUrl(filed.id, '/forward')).set('authorization', adminAuth).set('idempotency-key', `fwd-${filed.id}`).send({});
    const retry = await t.http().post(complaintUrl(filed.id, '/forward')).set('authorization', adminAuth).set('idempotency-key', `fwd-${filed.id}`).send({});
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await mailTo(t.db, owner.email)).toHaveLength(1);
  });
});

describe('POST /api/v1/complaints/{id}/dismiss', () => {
  it('dismisses a confirmed complaint with its reason: the vendor is told nothing and never sees it; once only', async () => {
    const { vendor, owner, ownerAuth } = await team();
    const filed = await fileConfirmed(t, vendor.slug);
    const res = await post(filed.id, '/dismiss', adminAuth, { reason: 'duplicate', note: ' Same as an earlier one. ' });

    expect(res.status).toBe(200);
    expectSchema(ComplaintSchema, res.body);
    expect(res.body).toMatchObject({ state: 'dismissed', dismissReason: 'duplicate', dismissNote: 'Same as an earlier one.', forwardedAt: null, responseDueAt: null });
    expect((await auditOf(t.db, filed.id)).at(-1)).toMatchObject({ action: 'complaint.dismissed', actor_label: admin.email, from_state: 'confirmed', to_state: 'dismissed', reason: 'duplicate: Same as an earlier one.' });
    expect(await mailTo(t.db, owner.email)).toEqual([]);
    expect((await t.http().get(complaintUrl(filed.id)).set('authorization', ownerAuth)).status).toBe(404);
    // The complainant is told it was closed, and why in the reason's words; the admin's note stays the admin's.
    const toComplainant = await mailAbout(t, filed.email, filed.reference, 'Your complaint');
    expect(toComplainant.subject).toBe(`Your complaint ${filed.reference} about ${vendor.name} was closed`);
    expect(toComplainant.body_text).toContain('it repeats a complaint the registry already has');
    expect(toComplainant.body_text).not.toContain('Same as an earlier one');

    expectInvalidState(await post(filed.id, '/dismiss', adminAuth, { reason: 'spam' }), 'dismissed');
    expectInvalidState(await post(filed.id, '/forward', adminAuth), 'dismissed');
    expect(await complaintRow(t.db, filed.id)).toMatchObject({ state: 'dismissed', forwarded_at: null });
  });

  it('takes each reason of the list', async () => {
    const { vendor } = await team();
    for (const reason of ['invalid', 'spam', 'duplicate', 'out_of_scope']) {
      const filed = await fileConfirmed(t, vendor.slug);
      const res = await post(filed.id, '/dismiss', adminAuth, { reason });
      expect({ reason, status: res.status, dismissReason: res.body.dismissReason, dismissNote: res.body.dismissNote }).toEqual({ reason, status: 200, dismissReason: reason, dismissNote: null });
    }
  });
});

describe('POST /api/v1/complaints/{id}/respond', () => {
  it('takes one response from a member: the complainant is e-mailed it with a one-time outcome link; a second response is 409', async () => {
    time.set('2026-03-02T10:00:00Z');
    const { vendor, member, memberAuth, ownerAuth } = await team();
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    time.set('2026-03-04T09:30:00Z');
    const res = await respond(t, memberAuth, filed.id, '  We fixed the export bug and answered your ticket today.  ');

    expect(res.status).toBe(200);
    expectSchema(ComplaintSchema, res.body);
    expect(res.body).toMatchObject({ state: 'responded', respondedAt: '2026-03-04T09:30:00.000Z', response: 'We fixed the export bug and answered your ticket today.' });
    const toComplainant = await mailAbout(t, filed.email, filed.reference, vendor.name);
    expect(toComplainant.subject).toBe(`${vendor.name} responded to your complaint (${filed.reference})`);
    expect(toComplainant.body_text).toContain('We fixed the export bug and answered your ticket today.');
    const token = complaintTokenIn(toComplainant.body_text, 'outcome');
    expect(toComplainant.body_text).toContain(`http://registry.test/complaints/outcome/${token}`);
    expect((await auditOf(t.db, filed.id)).at(-1)).toMatchObject({ action: 'complaint.responded', actor_label: member.email, from_state: 'forwarded', to_state: 'responded' });

    expectInvalidState(await respond(t, ownerAuth, filed.id), 'responded');
    expect((await complaintRow(t.db, filed.id))?.responded_at).toEqual(new Date('2026-03-04T09:30:00Z'));
  });

  it('lets the owner respond too', async () => {
    const { vendor, ownerAuth } = await team();
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    expect((await respond(t, ownerAuth, filed.id)).body.state).toBe('responded');
  });

  it('refuses a response that is only spaces, naming the field, and keeps the complaint waiting', async () => {
    const { vendor, ownerAuth } = await team();
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    expectFieldErrors(await respond(t, ownerAuth, filed.id, ' '.repeat(12)), ['response']);
    expect(await complaintRow(t.db, filed.reference)).toMatchObject({ state: 'forwarded', response: null });
  });
});

describe('the timeline', () => {
  it('lists filed, confirmed, forwarded, responded and the outcome with their actors; the vendor reads "registry" for the admin', async () => {
    time.set('2026-03-02T10:00:00Z');
    const { vendor, member, memberAuth, ownerAuth } = await team();
    const filed = await fileConfirmed(t, vendor.slug);
    time.set('2026-03-02T12:00:00Z');
    await forward(t, adminAuth, filed.id, { note: 'Over to you.' });
    time.set('2026-03-03T09:00:00Z');
    const token = await respondAndGetOutcomeToken(t, memberAuth, filed);
    time.set('2026-03-05T18:00:00Z');
    expect((await outcome(t, token, 'unresolved', 'The export still fails.')).status).toBe(200);

    const entry = (at: string, action: string, actor: string, from: string | null, to: string, note: string | null) => ({ at, action, actor, from, to, note });
    const asAdmin = await t.http().get(complaintUrl(filed.id)).set('authorization', adminAuth);
    expect(asAdmin.status).toBe(200);
    expectSchema(ComplaintSchema, asAdmin.body);
    expect(asAdmin.body.timeline).toEqual([
      entry('2026-03-02T10:00:00.000Z', 'filed', 'complainant', null, 'unconfirmed', null),
      entry('2026-03-02T10:00:00.000Z', 'confirmed', 'complainant', 'unconfirmed', 'confirmed', null),
      entry('2026-03-02T12:00:00.000Z', 'forwarded', admin.email, 'confirmed', 'forwarded', 'Over to you.'),
      entry('2026-03-03T09:00:00.000Z', 'responded', member.email, 'forwarded', 'responded', null),
      entry('2026-03-05T18:00:00.000Z', 'unresolved', 'complainant', 'responded', 'unresolved', 'The export still fails.'),
    ]);

    for (const token of [ownerAuth, memberAuth]) {
      const asVendor = await t.http().get(complaintUrl(filed.id)).set('authorization', token);
      expect(asVendor.body.timeline.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([
        ['filed', 'complainant'],
        ['confirmed', 'complainant'],
        ['forwarded', 'registry'],
        ['responded', member.email],
        ['unresolved', 'complainant'],
      ]);
      expect(JSON.stringify(asVendor.body)).not.toContain(admin.email);
    }
  });
});

describe('a complaint’s text', () => {
  it('is never edited: the database refuses an UPDATE of what the complainant wrote, or who they are', async () => {
    const { vendor } = await team();
    const filed = await fileConfirmed(t, vendor.slug);
    const before = await complaintRow(t.db, filed.id);
    const changes: [string, unknown][] = [
      ['subject', 'A softer subject'],
      ['description', 'Everything was fine, really, nothing to see here.'],
      ['email', 'someone.else@example.org'],
      ['name', 'Someone Else'],
      ['organisation', null],
      ['promise', 'other'],
      ['consent', true],
      ['vendor_id', (await team()).vendor.id],
    ];
    for (const [column, value] of changes) {
      await expect(t.db.query(`UPDATE complaint SET ${column} = $2 WHERE id = $1`, [filed.id, value])).rejects.toThrow(/never edited/);
    }
    expect(await complaintRow(t.db, filed.id)).toEqual(before);
    // What happens to it afterwards is not its text: the triage still works.
    expect((await forward(t, adminAuth, filed.id)).body).toMatchObject({ state: 'forwarded', subject: before?.subject, description: before?.description });
  });
});
