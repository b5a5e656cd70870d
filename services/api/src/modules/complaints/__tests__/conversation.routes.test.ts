import { ComplaintSchema, ErrorCode, QuestionView, VendorResponseView } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createUser, settableClock } from '../../../../test/factories.ts';
import { auditOf, mailTo } from '../../../../test/queries.ts';
import type { User } from '../../accounts/index.ts';
import { complaintTeam, complaintUrl, fileConfirmed, fileForwarded, mailAbout, respondAndGetOutcomeToken } from '../../../../test/complaints.ts';

/**
 * A complaint's conversation (issue 12): the admin asks either side for details, the complainant
 * answers through the e-mailed link, the vendor answers on its page and writes to the customer
 * again after its response, until its deadline. Who reads what: the admin everything, the vendor
 * what it wrote or was asked, the complainant the vendor's words on the outcome page.
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

const ask = (id: string, body: object, auth = adminAuth) => t.http().post(complaintUrl(id, '/questions')).set('authorization', auth).send(body);
const write = (id: string, body: object, auth: string) => t.http().post(complaintUrl(id, '/messages')).set('authorization', auth).send(body);

function questionTokenIn(text: string): string {
  const match = /\/complaints\/details\/([A-Za-z0-9_-]{20,})/.exec(text);
  if (!match?.[1]) throw new Error(`no question link in: ${text}`);
  return match[1];
}

describe('the admin asks the complainant for details', () => {
  it('e-mails a one-time link; the answer reaches the registry only, and the admin is told', async () => {
    time.set('2026-03-02T10:00:00Z');
    const { vendor, ownerAuth } = await team();
    const filed = await fileConfirmed(t, vendor.slug);
    const asked = await ask(filed.id, { to: 'complainant', question: '  Which version of the app were you using?  ' });
    expect(asked.status).toBe(200);
    expectSchema(ComplaintSchema, asked.body);
    expect(asked.body.messages).toEqual([expect.objectContaining({ from: 'registry', to: 'complainant', body: 'Which version of the app were you using?', answered: false })]);

    const mail = await mailAbout(t, filed.email, filed.reference, 'A question about your complaint');
    const token = questionTokenIn(mail.body_text);
    const view = await t.http().post('/api/v1/complaints/questions/view').send({ token });
    expect(view.status).toBe(200);
    expectSchema(QuestionView, view.body);
    expect(view.body).toMatchObject({ reference: filed.reference, question: 'Which version of the app were you using?' });

    time.set('2026-03-02T12:00:00Z');
    const answered = await t.http().post('/api/v1/complaints/questions/answer').send({ token, answer: '  Version 4.2 on an iPad, since January.  ' });
    expect(answered.status).toBe(200);
    expect(answered.body).toEqual({ reference: filed.reference });
    expect((await mailTo(t.db, admin.email)).map((m) => m.subject)).toContain(`The complainant answered about complaint ${filed.reference}`);
    expect((await auditOf(t.db, filed.id)).map((a) => a.action)).toEqual(expect.arrayContaining(['complaint.question_asked', 'complaint.question_answered']));

    const seen = await t.http().get(complaintUrl(filed.id)).set('authorization', adminAuth);
    expect(seen.body.messages).toEqual([
      expect.objectContaining({ from: 'registry', to: 'complainant', answered: true }),
      expect.objectContaining({ from: 'complainant', to: 'registry', body: 'Version 4.2 on an iPad, since January.', answered: null }),
    ]);
    // The link worked once.
    expectProblem(await t.http().post('/api/v1/complaints/questions/answer').send({ token, answer: 'A second answer, sent again.' }), 410, ErrorCode.TokenInvalid);
    expectProblem(await t.http().post('/api/v1/complaints/questions/view').send({ token }), 410, ErrorCode.TokenInvalid);

    // Once forwarded, the vendor does not see the complainant's exchange with the registry.
    await t.http().post(complaintUrl(filed.id, '/forward')).set('authorization', adminAuth).send({});
    expect((await t.http().get(complaintUrl(filed.id)).set('authorization', ownerAuth)).body.messages).toEqual([]);
  });

  it('asks nobody about a closed complaint, and the vendor only once it was forwarded', async () => {
    const { vendor } = await team();
    const filed = await fileConfirmed(t, vendor.slug);
    expectProblem(await ask(filed.id, { to: 'vendor', question: 'What did your support team answer?' }), 409, ErrorCode.InvalidState);
    await t.http().post(complaintUrl(filed.id, '/dismiss')).set('authorization', adminAuth).send({ reason: 'spam' });
    expectProblem(await ask(filed.id, { to: 'complainant', question: 'Which version were you using?' }), 409, ErrorCode.InvalidState);
  });

  it('validates the question and keeps it to the admin', async () => {
    const { vendor, ownerAuth } = await team();
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    expectFieldErrors(await ask(filed.id, {}), ['to', 'question']);
    expectFieldErrors(await ask(filed.id, { to: 'the press', question: 'Which version were you using?' }), ['to']);
    expectFieldErrors(await ask(filed.id, { to: 'vendor', question: '   short   ' }), ['question']);
    expectFieldErrors(await ask('not-a-uuid', { to: 'vendor', question: 'Which version were you using?' }), ['id']);
    expectUnauthenticated(await t.http().post(complaintUrl(filed.id, '/questions')).send({ to: 'vendor', question: 'Which version were you using?' }));
    expectProblem(await ask(filed.id, { to: 'vendor', question: 'Which version were you using?' }, ownerAuth), 403, ErrorCode.Forbidden);
    expectFieldErrors(await t.http().post('/api/v1/complaints/questions/answer').send({ token: 'x'.repeat(43) }), ['answer']);
  });
});

describe('the vendor in the conversation', () => {
  it('answers the registry’s question on its page; the admin is told', async () => {
    time.set('2026-03-02T10:00:00Z');
    const { vendor, owner, memberAuth } = await team();
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    await ask(filed.id, { to: 'vendor', question: 'Did your team receive the original ticket?' });
    expect((await mailTo(t.db, owner.email)).map((m) => m.subject)).toContain(`The registry asks about complaint ${filed.reference}`);
    const todos = async () => ((await t.http().get(`/api/v1/vendors/${vendor.id}/home`).set('authorization', memberAuth)).body.todos as { kind: string; title: string }[]).filter((todo) => todo.kind === 'answer');
    expect(await todos()).toEqual([expect.objectContaining({ title: `Answer the registry about complaint ${filed.reference}` })]);

    const answered = await write(filed.id, { to: 'registry', message: 'Yes, on 2 March; it was answered the next morning.' }, memberAuth);
    expect(answered.status).toBe(200);
    expect(answered.body.messages).toEqual([
      expect.objectContaining({ from: 'registry', to: 'vendor', answered: true }),
      expect.objectContaining({ from: 'vendor', to: 'registry', body: 'Yes, on 2 March; it was answered the next morning.' }),
    ]);
    expect((await mailTo(t.db, admin.email)).map((m) => m.subject)).toContain(`${vendor.name} answered about complaint ${filed.reference}`);
    expect(await todos()).toEqual([]);
  });

  it('writes to the customer again after its response, until the deadline; the outcome page shows every message', async () => {
    time.set('2026-03-02T10:00:00Z');
    const { vendor, ownerAuth } = await team();
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    expectProblem(await write(filed.id, { to: 'complainant', message: 'We are looking into it right now.' }, ownerAuth), 409, ErrorCode.InvalidState);
    const outcomeToken = await respondAndGetOutcomeToken(t, ownerAuth, filed);

    time.set('2026-03-03T10:00:00Z');
    expect((await write(filed.id, { to: 'complainant', message: 'The fix is now live for every customer.' }, ownerAuth)).status).toBe(200);
    time.set('2026-03-03T11:00:00Z');
    expect((await write(filed.id, { to: 'complainant', message: 'We also refunded the month of the outage.' }, ownerAuth)).status).toBe(200);
    expect((await mailTo(t.db, filed.email)).filter((m) => m.subject.startsWith(`${vendor.name} wrote again`))).toHaveLength(2);

    const view = await t.http().post('/api/v1/complaints/outcome/response').send({ token: outcomeToken });
    expectSchema(VendorResponseView, view.body);
    expect(view.body.replies.map((r: { body: string }) => r.body)).toEqual(['The fix is now live for every customer.', 'We also refunded the month of the outage.']);

    const { body: complaint } = await t.http().get(complaintUrl(filed.id)).set('authorization', ownerAuth);
    time.set(new Date(new Date(complaint.responseDueAt as string).getTime() + 60_000).toISOString());
    const late = await write(filed.id, { to: 'complainant', message: 'One more thing about the refund.' }, ownerAuth);
    expectProblem(late, 409, ErrorCode.InvalidState);
    expect(late.body.detail).toMatch(/deadline has passed/);
  });

  it('cannot write about another vendor’s complaint, nor before it is forwarded, nor as the admin', async () => {
    const { vendor } = await team();
    const other = await team();
    const forwarded = await fileForwarded(t, adminAuth, vendor.slug);
    expectProblem(await write(forwarded.id, { to: 'registry', message: 'This is not our complaint at all.' }, other.ownerAuth), 404, ErrorCode.NotFound);
    const confirmed = await fileConfirmed(t, other.vendor.slug);
    expectProblem(await write(confirmed.id, { to: 'registry', message: 'We have not been forwarded this one.' }, other.ownerAuth), 404, ErrorCode.NotFound);
    expectProblem(await write(forwarded.id, { to: 'registry', message: 'The admin writing as a vendor.' }, adminAuth), 403, ErrorCode.Forbidden);
    expectFieldErrors(await write(forwarded.id, { to: 'vendor', message: 'short' }, other.ownerAuth), ['to', 'message']);
  });
});
