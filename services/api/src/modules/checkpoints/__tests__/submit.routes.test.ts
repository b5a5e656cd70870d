import { AuditList, ErrorCode, SubmissionSchema } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema } from '../../../../test/expectations.ts';
import { bearer, checkpointData, createPledgedVendor, createUser, movableClock, withTokens } from '../../../../test/factories.ts';
import { mailTo } from '../../../../test/queries.ts';
import { startSmtpSink } from '../../../../test/smtp-sink.ts';
import { type User } from '../../accounts/index.ts';

/**
 * POST /vendors/{id}/checkpoints/{period}/submit. The pledges became active on 10 November 2025
 * (first period 2025-H2); each test sets the clock it needs. (Restoring a lapsed pledge on
 * submission is in checkpoint-lapse.test.ts.)
 */
const time = movableClock(new Date('2026-07-10T10:00:00Z'));
const setClock = (iso: string) => time.advance(Date.parse(iso) - time.now().getTime());
let t: TestApp;
let admins: User[];
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
  admins = [await createUser(t.db), await createUser(t.db)];
});
afterAll(async () => t.close());

const url = (vendorId: string, period: string, action = '') => `/api/v1/vendors/${vendorId}/checkpoints/${period}${action}`;

async function team() {
  const people = await createPledgedVendor(t.db, new Date('2025-11-10T09:00:00Z'));
  return withTokens(t.app, people);
}

async function saveDraft(auth: string, vendorId: string, period: string, body: object = checkpointData()) {
  const res = await t.http().put(url(vendorId, period)).set('authorization', auth).send(body);
  expect(res.status).toBe(200);
  return res;
}

const submit = (auth: string, vendorId: string, period: string) => t.http().post(url(vendorId, period, '/submit')).set('authorization', auth);

describe('POST /api/v1/vendors/:id/checkpoints/:period/submit', () => {
  it('refuses a period without data with 400 listing everything missing', async () => {
    setClock('2026-07-10T10:00:00Z');
    const { vendor, ownerAuth } = await team();
    const res = await submit(ownerAuth, vendor.id, '2026-H1');
    expectFieldErrors(res, [
      'volume.contacts.phone',
      'volume.contacts.email',
      'volume.contacts.chat',
      'volume.contacts.portal',
      'volume.contacts.other',
      'volume.activeClients',
      'responsiveness',
      'followUpShare',
      'topIssues',
    ]);
    expect(res.body.detail).toBe('The draft is incomplete');
  });

  it('refuses an incomplete draft with 400 listing exactly what is missing, and leaves it a draft', async () => {
    setClock('2026-07-10T10:00:00Z');
    const { vendor, ownerAuth } = await team();
    await saveDraft(
      ownerAuth,
      vendor.id,
      '2026-H1',
      checkpointData({
        responsiveness: { source: 'aggregates', medianBusinessMinutes: 30 },
        followUpShare: null,
        topIssues: [{ title: 'Slow reports', contacts: 4 }, { title: 'Login', averageHoursToResolve: 2 }],
        nps: { population: 10, invited: 10, responses: 5, promoters: 3, passives: 1, detractors: 1, sampleMethod: 'everyone' },
      }),
    );
    const res = await submit(ownerAuth, vendor.id, '2026-H1');
    expectFieldErrors(res, [
      'responsiveness.p90BusinessMinutes',
      'responsiveness.shareWithinTarget',
      'followUpShare',
      'topIssues.0.averageHoursToResolve',
      'topIssues.1.contacts',
      'nps.detractorFollowUp',
    ]);
    expect(res.body.errors[0]).toMatchObject({ message: 'is needed before submitting' });
    const read = await t.http().get(url(vendor.id, '2026-H1')).set('authorization', ownerAuth);
    expect(read.body).toMatchObject({ status: 'draft', version: 1, submittedAt: null });
  });

  it('needs the ticket import when responsiveness is to come from tickets', async () => {
    setClock('2026-07-10T10:00:00Z');
    const { vendor, ownerAuth } = await team();
    await saveDraft(ownerAuth, vendor.id, '2026-H1', checkpointData({ responsiveness: { source: 'tickets' } }));
    expectFieldErrors(await submit(ownerAuth, vendor.id, '2026-H1'), ['responsiveness.tickets']);
  });

  it('refuses a period that has not ended yet with 400 naming the period, and takes it from the day after it ends', async () => {
    setClock('2026-07-10T10:00:00Z');
    const { vendor, ownerAuth } = await team();
    await saveDraft(ownerAuth, vendor.id, '2026-H2');
    const running = await submit(ownerAuth, vendor.id, '2026-H2');
    expectFieldErrors(running, ['period']);
    expect(running.body.errors[0].message).toContain('2026-12-31');

    setClock('2026-06-30T23:59:59Z');
    const other = await team();
    await saveDraft(other.ownerAuth, other.vendor.id, '2026-H1');
    expectFieldErrors(await submit(other.ownerAuth, other.vendor.id, '2026-H1'), ['period']);
    setClock('2026-07-01T00:00:00Z');
    expect((await submit(other.ownerAuth, other.vendor.id, '2026-H1')).status).toBe(200);
  });

  it('refuses a period before the pledge’s first one or in the future with 400 naming the period', async () => {
    setClock('2026-07-10T10:00:00Z');
    const { vendor, ownerAuth } = await team();
    expectFieldErrors(await submit(ownerAuth, vendor.id, '2025-H1'), ['period']);
    expectFieldErrors(await submit(ownerAuth, vendor.id, '2027-H1'), ['period']);
    expectFieldErrors(await submit(ownerAuth, vendor.id, '2027-H3'), ['period']);
  });

  it('submits a complete draft: status, time, an audit line and an e-mail to every admin', async () => {
    setClock('2026-07-12T08:30:00Z');
    const { vendor, owner, member, ownerAuth, memberAuth } = await team();
    const draft = await saveDraft(memberAuth, vendor.id, '2026-H1');

    const res = await submit(memberAuth, vendor.id, '2026-H1');
    expect(res.status).toBe(200);
    expectSchema(SubmissionSchema, res.body);
    // The thread's first entry: this submission, waiting for review.
    const thread = [{ number: 1, submittedAt: '2026-07-12T08:30:00.000Z', changes: [], decision: null, notes: null, reviewedAt: null }];
    expect(res.body).toEqual({ ...draft.body, status: 'submitted', submittedAt: '2026-07-12T08:30:00.000Z', thread, version: 2 });
    expect((await t.http().get(url(vendor.id, '2026-H1')).set('authorization', ownerAuth)).body).toEqual(res.body);

    const audit = await t.http().get(`/api/v1/vendors/${vendor.id}/audit`).set('authorization', ownerAuth);
    expect(audit.status).toBe(200);
    expectSchema(AuditList, audit.body);
    expect(audit.body.items[0]).toMatchObject({ action: 'checkpoint.submitted', entityType: 'checkpoint', from: 'draft', to: 'submitted', reason: '2026-H1', at: '2026-07-12T08:30:00.000Z' });
    expect(audit.body.items.map((i: { action: string }) => i.action)).toEqual(['checkpoint.submitted', 'checkpoint.draft_saved']);
    expect(audit.body.items[0].actor).toBe(member.email);

    for (const admin of admins) {
      const mails = (await mailTo(t.db, admin.email)).filter((m) => m.subject.startsWith(vendor.name));
      expect(mails).toEqual([{ to_address: admin.email, subject: `${vendor.name} submitted checkpoint data for 2026-H1`, body_text: expect.any(String), status: 'held' }]);
      expect(mails[0]?.body_text).toContain(`http://registry.test/admin/vendors/${vendor.id}/checkpoints/2026-H1`);
      expect(mails[0]?.body_text).not.toContain('again');
    }
    expect(await mailTo(t.db, owner.email)).toEqual([]);
  });

  it('refuses to submit the same data twice with 409, and changes nothing', async () => {
    setClock('2026-07-10T10:00:00Z');
    const { vendor, ownerAuth } = await team();
    await saveDraft(ownerAuth, vendor.id, '2026-H1');
    const first = await submit(ownerAuth, vendor.id, '2026-H1');
    expect(first.status).toBe(200);
    setClock('2026-07-11T10:00:00Z');
    const second = await submit(ownerAuth, vendor.id, '2026-H1');
    expectProblem(second, 409, ErrorCode.InvalidState);
    expect(second.body.detail).toContain('submitted');
    expect((await t.http().get(url(vendor.id, '2026-H1')).set('authorization', ownerAuth)).body).toEqual(first.body);
    const mails = (await mailTo(t.db, admins[0]?.email ?? '')).filter((m) => m.subject.startsWith(vendor.name));
    expect(mails).toHaveLength(1);
  });

  it('answers a retry with the same Idempotency-Key with the first answer, submitting once', async () => {
    setClock('2026-07-10T10:00:00Z');
    const { vendor, ownerAuth } = await team();
    await saveDraft(ownerAuth, vendor.id, '2026-H1');
    const first = await submit(ownerAuth, vendor.id, '2026-H1').set('idempotency-key', 'submit-2026-H1');
    const retry = await submit(ownerAuth, vendor.id, '2026-H1').set('idempotency-key', 'submit-2026-H1');
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    const audit = await t.http().get(`/api/v1/vendors/${vendor.id}/audit`).set('authorization', ownerAuth);
    expect(audit.body.items.filter((i: { action: string }) => i.action === 'checkpoint.submitted')).toHaveLength(1);
  });
});

describe('the admins’ e-mail about a submission, through SMTP', () => {
  it('is delivered by the mail job', async () => {
    const sink = await startSmtpSink();
    const smtp = await createTestApp({ env: { SMTP_URL: sink.url }, clock: () => new Date('2026-07-10T10:00:00Z') });
    try {
      const admin = await createUser(smtp.db);
      const { vendor, owner } = await createPledgedVendor(smtp.db, new Date('2025-11-10T09:00:00Z'));
      const ownerAuth = bearer(smtp.app, owner);
      expect((await smtp.http().put(url(vendor.id, '2026-H1')).set('authorization', ownerAuth).send(checkpointData())).status).toBe(200);
      expect((await smtp.http().post(url(vendor.id, '2026-H1', '/submit')).set('authorization', ownerAuth)).status).toBe(200);
      expect(await mailTo(smtp.db, admin.email)).toMatchObject([{ status: 'queued' }]);

      await smtp.ctx.jobs.runDue();
      const received = await sink.waitFor((m) => m.to.includes(admin.email));
      expect(received.raw).toContain(`Subject: ${vendor.name} submitted checkpoint data for 2026-H1`);
      expect(await mailTo(smtp.db, admin.email)).toMatchObject([{ status: 'sent' }]);
    } finally {
      await smtp.close();
      await sink.stop();
    }
  });
});
