import { ComplaintTokenResult, ErrorCode, VendorResponseView } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema } from '../../../../test/expectations.ts';
import { bearer, createPledgedVendor, createUser, settableClock } from '../../../../test/factories.ts';
import { auditOf, complaintRow, mailTo } from '../../../../test/queries.ts';
import { type User } from '../../accounts/index.ts';
import { type Vendor } from '../../vendors/index.ts';
import { COMPLAINTS, complaintUrl, confirm, file, fileForwarded, mailAbout, outcome, respondAndGetOutcomeToken } from '../../../../test/complaints.ts';

/**
 * The complainant's one-time links (SPEC §6): the confirmation link works once and for 7 days; the
 * outcome link works once, until the complainant answers or 30 days of silence close the complaint.
 */
const time = settableClock('2026-03-02T10:00:00Z');
let t: TestApp;
let admin: User;
let adminAuth: string;
let vendor: Vendor;
let owner: User;
let ownerAuth: string;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock, env: { RATE_LIMIT_COMPLAINTS: '1000' } });
  admin = await createUser(t.db);
  adminAuth = bearer(t.app, admin);
  ({ vendor, owner } = await createPledgedVendor(t.db, new Date('2025-11-10T09:00:00Z')));
  ownerAuth = bearer(t.app, owner);
});
afterAll(async () => t.close());

describe('POST /api/v1/complaints/confirm', () => {
  it('confirms once: the complaint reaches the admin, who is e-mailed; the link then answers 410', async () => {
    time.set('2026-03-02T10:00:00Z');
    const filed = await file(t, vendor.slug);
    time.set('2026-03-03T08:30:00Z');
    const res = await confirm(t, filed.confirmToken);

    expect(res.status).toBe(200);
    expectSchema(ComplaintTokenResult, res.body);
    expect(res.body).toEqual({ reference: filed.reference, vendorName: vendor.name, state: 'confirmed' });
    expect(await complaintRow(t.db, filed.id)).toMatchObject({ state: 'confirmed', confirmed_at: new Date('2026-03-03T08:30:00Z'), confirm_token_hash: null });
    expect(await mailTo(t.db, admin.email)).toEqual([expect.objectContaining({ subject: `New complaint about ${vendor.name} (${filed.reference})` })]);
    expect((await auditOf(t.db, filed.id)).map((a) => [a.action, a.actor_label, a.from_state, a.to_state])).toEqual([
      ['complaint.filed', 'complainant', null, 'unconfirmed'],
      ['complaint.confirmed', 'complainant', 'unconfirmed', 'confirmed'],
    ]);

    const again = await confirm(t, filed.confirmToken);
    expectProblem(again, 410, ErrorCode.TokenInvalid);
    expect(await mailTo(t.db, admin.email)).toHaveLength(1);
    expect((await t.http().get(complaintUrl(filed.id)).set('authorization', adminAuth)).body.confirmedAt).toBe('2026-03-03T08:30:00.000Z');
  });

  it('works until 7 days after filing and not from then on', async () => {
    time.set('2026-03-02T10:00:00Z');
    const inTime = await file(t, vendor.slug);
    const late = await file(t, vendor.slug);
    time.set('2026-03-09T09:59:00Z');
    expect((await confirm(t, inTime.confirmToken)).status).toBe(200);
    time.set('2026-03-09T10:00:00Z');
    expectProblem(await confirm(t, late.confirmToken), 410, ErrorCode.TokenInvalid);
    expect(await complaintRow(t.db, late.id)).toMatchObject({ state: 'unconfirmed', confirmed_at: null });
  });

  it('answers 410 for a token that never was one', async () => {
    expectProblem(await confirm(t, 'x'.repeat(43)), 410, ErrorCode.TokenInvalid);
  });

  it('names a missing, malformed or extra field', async () => {
    expectFieldErrors(await t.http().post(`${COMPLAINTS}/confirm`).send({}), ['token']);
    expectFieldErrors(await confirm(t, 'short'), ['token']);
    expectFieldErrors(await confirm(t, 'not/a token with spaces and slashes'), ['token']);
    expectFieldErrors(await t.http().post(`${COMPLAINTS}/confirm`).send({ token: 1234567890123 }), ['token']);
    expectFieldErrors(await t.http().post(`${COMPLAINTS}/confirm`).send({ token: 'y'.repeat(43), state: 'confirmed' }), ['state']);
  });
});

describe('POST /api/v1/complaints/outcome/response', () => {
  const lookUp = (token: unknown) => t.http().post('/api/v1/complaints/outcome/response').send({ token });

  it('shows the complainant the vendor’s response without spending the link, and answers 410 once the outcome is given', async () => {
    time.set('2026-03-02T10:00:00Z');
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    const token = await respondAndGetOutcomeToken(t, ownerAuth, filed);
    const res = await lookUp(token);
    expect(res.status).toBe(200);
    expectSchema(VendorResponseView, res.body);
    expect(res.body).toEqual({ reference: filed.reference, vendorName: vendor.name, subject: filed.form.subject, response: expect.stringContaining('the export bug is fixed'), respondedAt: '2026-03-02T10:00:00.000Z', replies: [] });
    expect((await lookUp(token)).status).toBe(200);

    expect((await outcome(t, token, 'resolved')).status).toBe(200);
    expectProblem(await lookUp(token), 410, ErrorCode.TokenInvalid);
  });

  it('answers 410 for an unknown token and names a malformed one', async () => {
    expectProblem(await lookUp('x'.repeat(43)), 410, ErrorCode.TokenInvalid);
    expectFieldErrors(await lookUp('short'), ['token']);
    expectFieldErrors(await lookUp(42), ['token']);
    expectFieldErrors(await t.http().post('/api/v1/complaints/outcome/response').send({}), ['token']);
  });
});

describe('POST /api/v1/complaints/outcome', () => {
  it('records "resolved" with the comment once, and tells the vendor’s owners; the link then answers 410', async () => {
    time.set('2026-03-02T10:00:00Z');
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    const token = await respondAndGetOutcomeToken(t, ownerAuth, filed);
    time.set('2026-03-04T12:00:00Z');

    const res = await outcome(t, token, 'resolved', '  Fixed within a day, thank you.  ');
    expect(res.status).toBe(200);
    expectSchema(ComplaintTokenResult, res.body);
    expect(res.body).toEqual({ reference: filed.reference, vendorName: vendor.name, state: 'resolved' });
    expect(await complaintRow(t.db, filed.id)).toMatchObject({
      state: 'resolved',
      outcome_at: new Date('2026-03-04T12:00:00Z'),
      outcome_comment: 'Fixed within a day, thank you.',
      outcome_token_hash: null,
    });
    const toOwner = await mailAbout(t, owner.email, filed.reference, `Complaint ${filed.reference}: the customer marked it`);
    expect(toOwner.subject).toBe(`Complaint ${filed.reference}: the customer marked it resolved`);
    expect(toOwner.body_text).toContain('Fixed within a day, thank you.');
    const seen = await t.http().get(complaintUrl(filed.id)).set('authorization', ownerAuth);
    expect(seen.body).toMatchObject({ state: 'resolved', outcomeAt: '2026-03-04T12:00:00.000Z', outcomeComment: 'Fixed within a day, thank you.' });

    expectProblem(await outcome(t, token, 'unresolved'), 410, ErrorCode.TokenInvalid);
    expect((await complaintRow(t.db, filed.id))?.state).toBe('resolved');
  });

  it('records "unresolved", with or without a comment', async () => {
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    const token = await respondAndGetOutcomeToken(t, ownerAuth, filed);
    const res = await outcome(t, token, 'unresolved');
    expect(res.body).toEqual({ reference: filed.reference, vendorName: vendor.name, state: 'unresolved' });
    expect(await complaintRow(t.db, filed.id)).toMatchObject({ state: 'unresolved', outcome_comment: null });
    expect((await mailAbout(t, owner.email, filed.reference, `Complaint ${filed.reference}: the customer`)).subject).toBe(`Complaint ${filed.reference}: the customer marked it unresolved`);
    expectProblem(await outcome(t, token, 'resolved'), 410, ErrorCode.TokenInvalid);
  });

  it('does not take the confirmation token for an outcome, nor the outcome token for a confirmation', async () => {
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    const token = await respondAndGetOutcomeToken(t, ownerAuth, filed);
    expectProblem(await outcome(t, filed.confirmToken, 'resolved'), 410, ErrorCode.TokenInvalid);
    expectProblem(await confirm(t, token), 410, ErrorCode.TokenInvalid);
    expect((await complaintRow(t.db, filed.id))?.state).toBe('responded');
  });

  it('names a bad outcome, a missing token, an over-long comment and extra fields', async () => {
    const token = 'z'.repeat(43);
    expectFieldErrors(await t.http().post(`${COMPLAINTS}/outcome`).send({ token, outcome: 'fixed' }), ['outcome']);
    expectFieldErrors(await t.http().post(`${COMPLAINTS}/outcome`).send({ outcome: 'resolved' }), ['token']);
    expectFieldErrors(await t.http().post(`${COMPLAINTS}/outcome`).send({ token }), ['outcome']);
    expectFieldErrors(await outcome(t, token, 'resolved', 'c'.repeat(2001)), ['comment']);
    expectFieldErrors(await t.http().post(`${COMPLAINTS}/outcome`).send({ token, outcome: 'resolved', rating: 5 }), ['rating']);
    expectProblem(await outcome(t, token, 'resolved', 'c'.repeat(2000)), 410, ErrorCode.TokenInvalid);
  });
});
