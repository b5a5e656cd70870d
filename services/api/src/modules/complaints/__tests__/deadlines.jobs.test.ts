import { type BusinessCalendar, ComplaintSchema, ErrorCode } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectInvalidState, expectProblem, expectSchema } from '../../../../test/expectations.ts';
import { bearer, createPledgedVendor, createUser, settableClock } from '../../../../test/factories.ts';
import { auditOf, complaintRow, mailTo } from '../../../../test/queries.ts';
import { type User } from '../../accounts/index.ts';
import { scanComplaints } from '../complaints.jobs.ts';
import { complaintUrl, confirm, file, fileConfirmed, fileForwarded, forward, outcome, respond, respondAndGetOutcomeToken } from '../../../../test/complaints.ts';

/**
 * The time-driven rules of complaints (SPEC §6), with the clock moved to the minute: the vendor's
 * 10 business days on its own calendar (weekends, holidays and a daylight-saving change), the
 * reminders at 5 and 8 business days, `no_response` at the deadline, 30 days of the complainant's
 * silence, and unconfirmed complaints deleted after 7 days. Scans run repeatedly and concurrently.
 */
const time = settableClock('2026-02-27T15:00:00Z');
let t: TestApp;
let admin: User;
let adminAuth: string;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock, env: { RATE_LIMIT_COMPLAINTS: '1000' } });
  admin = await createUser(t.db);
  adminAuth = bearer(t.app, admin);
});
afterAll(async () => t.close());

/** New York, two ranges a day on weekdays, Wednesday 4 March 2026 a holiday; clocks go forward on Sunday 8 March. */
const HOURS: [string, string][] = [
  ['08:00', '12:00'],
  ['13:00', '17:00'],
];
const NEW_YORK: BusinessCalendar = {
  timeZone: 'America/New_York',
  weekly: { mon: HOURS, tue: HOURS, wed: HOURS, thu: HOURS, fri: HOURS },
  holidays: ['2026-03-04', '2026-07-03'],
};

/** A pledged vendor (its first checkpoint is due in July, so no pledge job writes to its owners here). */
async function team(calendar: BusinessCalendar = NEW_YORK) {
  const people = await createPledgedVendor(t.db, new Date('2026-01-05T09:00:00Z'), { vendor: { calendar } });
  return { ...people, ownerAuth: bearer(t.app, people.owner), memberAuth: bearer(t.app, people.member) };
}

/** Several scans, two of them at once, as overlapping runs on two instances would do. */
async function scanRepeatedly(): Promise<void> {
  await Promise.all([scanComplaints(t.ctx), scanComplaints(t.ctx)]);
  await scanComplaints(t.ctx);
}

const subjectsTo = async (email: string, reference: string) => (await mailTo(t.db, email)).map((m) => m.subject).filter((s) => s.includes(reference));

describe('the vendor’s response deadline', () => {
  it('is the close of the 10th business day after forwarding, across a weekend, a holiday and the change to summer time', async () => {
    time.set('2026-02-27T15:00:00Z'); // Friday 10:00 in New York (EST)
    const { vendor, owner, ownerAuth } = await team();
    const filed = await fileConfirmed(t, vendor.slug);
    const res = await forward(t, adminAuth, filed.id, { note: 'Please look into the export issue.' });

    expectSchema(ComplaintSchema, res.body);
    // Mon 2, Tue 3, (Wed 4 holiday), Thu 5, Fri 6, Mon 9, Tue 10, Wed 11, Thu 12, Fri 13, Mon 16: 17:00 EDT.
    expect(res.body).toMatchObject({ state: 'forwarded', forwardedAt: '2026-02-27T15:00:00.000Z', responseDueAt: '2026-03-16T21:00:00.000Z', forwardNote: 'Please look into the export issue.' });
    expect(await subjectsTo(owner.email, filed.reference)).toEqual([`A complaint about ${vendor.name} needs your response by 2026-03-16 (${filed.reference})`]);
    expect((await t.http().get(complaintUrl(filed.id)).set('authorization', ownerAuth)).body.responseDueAt).toBe('2026-03-16T21:00:00.000Z');
  });

  it('starts counting the day after forwarding, whatever the hour, and skips a weekend forward', async () => {
    const { vendor } = await team();
    time.set('2026-06-01T12:30:00Z'); // Monday 08:30 EDT: Monday itself does not count
    const monday = await fileConfirmed(t, vendor.slug);
    const onMonday = await forward(t, adminAuth, monday.id);
    // Tue 2 … Fri 5 (4), Mon 8 … Fri 12 (9), Mon 15 (10).
    expect(onMonday.body.responseDueAt).toBe('2026-06-15T21:00:00.000Z');

    time.set('2026-06-27T16:00:00Z'); // Saturday
    const saturday = await fileConfirmed(t, vendor.slug);
    const onSaturday = await forward(t, adminAuth, saturday.id);
    // Mon 29, Tue 30, Wed 1, Thu 2, (Fri 3 July holiday), Mon 6 … Fri 10 (9), Mon 13 (10).
    expect(onSaturday.body.responseDueAt).toBe('2026-07-13T21:00:00.000Z');
  });

  it('names the due date in the e-mail as the vendor’s own calendar has it', async () => {
    time.set('2026-03-02T18:00:00Z'); // Monday 10:00 in Los Angeles
    const losAngeles: BusinessCalendar = { timeZone: 'America/Los_Angeles', weekly: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']] }, holidays: [] };
    const { vendor, owner } = await team(losAngeles);
    const filed = await fileConfirmed(t, vendor.slug);
    const res = await forward(t, adminAuth, filed.id);
    // Monday 16 March, 18:00 PDT: 01:00 UTC on the 17th.
    expect(res.body.responseDueAt).toBe('2026-03-17T01:00:00.000Z');
    expect(await subjectsTo(owner.email, filed.reference)).toEqual([`A complaint about ${vendor.name} needs your response by 2026-03-16 (${filed.reference})`]);
  });

  it('gives a vendor without any business hours two calendar weeks, without reminders', async () => {
    time.set('2026-03-02T10:00:00Z');
    const { vendor, owner } = await team({ timeZone: 'Europe/Berlin', weekly: {}, holidays: [] });
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    expect((await complaintRow(t.db, filed.id))?.response_due_at).toEqual(new Date('2026-03-16T10:00:00Z'));
    time.set('2026-03-16T09:59:00Z');
    await scanRepeatedly();
    expect(await subjectsTo(owner.email, filed.reference)).toHaveLength(1);
    expect((await complaintRow(t.db, filed.id))?.state).toBe('forwarded');
    time.set('2026-03-16T10:00:00Z');
    await scanRepeatedly();
    expect((await complaintRow(t.db, filed.id))?.state).toBe('no_response');
  });
});

describe('reminders and no_response', () => {
  it('reminds at 5 and 8 business days exactly once each, and marks no_response at the deadline, not a minute before', async () => {
    time.set('2026-02-27T15:00:00Z');
    const { vendor, owner, member, ownerAuth, memberAuth } = await team();
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    const forwarded = `A complaint about ${vendor.name} needs your response by 2026-03-16 (${filed.reference})`;
    const reminder = `Reminder: complaint ${filed.reference} needs your response by 2026-03-16`;
    const late = `Complaint ${filed.reference} was not answered in time`;

    // The 5th business day (Monday 9 March) closes at 17:00 EDT, 21:00 UTC.
    time.set('2026-03-09T20:59:00Z');
    await scanRepeatedly();
    expect(await subjectsTo(owner.email, filed.reference)).toEqual([forwarded]);
    time.set('2026-03-09T21:00:00Z');
    await scanRepeatedly();
    expect(await subjectsTo(owner.email, filed.reference)).toEqual([forwarded, reminder]);
    const fifth = (await mailTo(t.db, owner.email)).find((m) => m.subject === reminder);
    expect(fifth?.body_text).toContain('5 of the 10 business days');
    time.set('2026-03-11T15:00:00Z');
    await scanRepeatedly();
    expect(await subjectsTo(owner.email, filed.reference)).toEqual([forwarded, reminder]);

    // The 8th (Thursday 12 March).
    time.set('2026-03-12T20:59:00Z');
    await scanRepeatedly();
    expect(await subjectsTo(owner.email, filed.reference)).toHaveLength(2);
    time.set('2026-03-12T21:00:00Z');
    await scanRepeatedly();
    expect(await subjectsTo(owner.email, filed.reference)).toEqual([forwarded, reminder, reminder]);
    const eighth = (await mailTo(t.db, owner.email)).filter((m) => m.subject === reminder).map((m) => m.body_text);
    expect(eighth.some((text) => text.startsWith('8 of the 10 business days'))).toBe(true);
    time.set('2026-03-16T20:59:00Z');
    await scanRepeatedly();
    expect(await subjectsTo(owner.email, filed.reference)).toHaveLength(3);
    expect((await complaintRow(t.db, filed.id))?.state).toBe('forwarded');
    // Members are not e-mailed: the owners answer for the vendor.
    expect(await subjectsTo(member.email, filed.reference)).toEqual([]);

    time.set('2026-03-16T21:00:00Z');
    await scanRepeatedly();
    expect((await complaintRow(t.db, filed.id))?.state).toBe('no_response');
    expect(await subjectsTo(owner.email, filed.reference)).toEqual([forwarded, reminder, reminder, late]);
    expect(await subjectsTo(admin.email, filed.reference)).toEqual([`New complaint about ${vendor.name} (${filed.reference})`, late]);
    expect((await auditOf(t.db, filed.id)).filter((a) => a.action === 'complaint.no_response')).toEqual([
      expect.objectContaining({ actor_label: 'system', from_state: 'forwarded', to_state: 'no_response' }),
    ]);

    // Too late to respond now.
    for (const auth of [ownerAuth, memberAuth]) expectInvalidState(await respond(t, auth, filed.id), 'no response');
    time.set('2026-03-20T10:00:00Z');
    await scanRepeatedly();
    expect(await subjectsTo(owner.email, filed.reference)).toHaveLength(4);
    const seen = await t.http().get(complaintUrl(filed.id)).set('authorization', ownerAuth);
    expect(seen.body).toMatchObject({ state: 'no_response', respondedAt: null, response: null });
  });

  it('sends only the 8-day reminder when the first scan comes after both', async () => {
    time.set('2026-02-27T15:00:00Z');
    const { vendor, owner } = await team();
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    time.set('2026-03-13T12:00:00Z');
    await scanRepeatedly();
    const reminders = (await mailTo(t.db, owner.email)).filter((m) => m.subject.startsWith(`Reminder: complaint ${filed.reference}`));
    expect(reminders.map((m) => m.body_text.slice(0, 25))).toEqual(['8 of the 10 business days']);
  });

  it('sends nothing more once the vendor responded in time', async () => {
    time.set('2026-02-27T15:00:00Z');
    const { vendor, owner, ownerAuth } = await team();
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    time.set('2026-03-03T14:00:00Z');
    expect((await respond(t, ownerAuth, filed.id)).status).toBe(200);
    for (const instant of ['2026-03-09T21:00:00Z', '2026-03-12T21:00:00Z', '2026-03-16T21:00:00Z', '2026-03-20T21:00:00Z']) {
      time.set(instant);
      await scanRepeatedly();
    }
    expect(await subjectsTo(owner.email, filed.reference)).toEqual([`A complaint about ${vendor.name} needs your response by 2026-03-16 (${filed.reference})`]);
    expect((await complaintRow(t.db, filed.id))?.state).toBe('responded');
  });
});

describe('the complainant’s silence', () => {
  it('closes a response left without a verdict for 30 days as assumed_resolved, and the outcome link then answers 410', async () => {
    time.set('2026-02-27T15:00:00Z');
    const { vendor, ownerAuth } = await team();
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    time.set('2026-03-03T14:00:00Z');
    const token = await respondAndGetOutcomeToken(t, ownerAuth, filed);

    time.set('2026-04-02T13:59:00Z');
    await scanRepeatedly();
    expect((await complaintRow(t.db, filed.id))?.state).toBe('responded');
    time.set('2026-04-02T14:00:00Z');
    await scanRepeatedly();
    expect(await complaintRow(t.db, filed.id)).toMatchObject({ state: 'assumed_resolved', outcome_at: new Date('2026-04-02T14:00:00Z'), outcome_token_hash: null });
    const seen = await t.http().get(complaintUrl(filed.id)).set('authorization', ownerAuth);
    expect(seen.body.timeline.at(-1)).toMatchObject({ action: 'assumed_resolved', actor: 'system', from: 'responded', to: 'assumed_resolved' });
    expect((await auditOf(t.db, filed.id)).filter((a) => a.action === 'complaint.assumed_resolved')).toHaveLength(1);

    expectProblem(await outcome(t, token, 'unresolved'), 410, ErrorCode.TokenInvalid);
    expect((await complaintRow(t.db, filed.id))?.state).toBe('assumed_resolved');
  });

  it('leaves a complaint with a verdict alone', async () => {
    time.set('2026-02-27T15:00:00Z');
    const { vendor, ownerAuth } = await team();
    const filed = await fileForwarded(t, adminAuth, vendor.slug);
    const token = await respondAndGetOutcomeToken(t, ownerAuth, filed);
    expect((await outcome(t, token, 'unresolved')).status).toBe(200);
    time.set('2026-05-01T00:00:00Z');
    await scanRepeatedly();
    expect((await complaintRow(t.db, filed.id))?.state).toBe('unresolved');
  });
});

describe('unconfirmed complaints', () => {
  it('are deleted by the scan 7 days after filing, not a minute before; confirmed ones stay', async () => {
    time.set('2026-05-04T08:00:00Z');
    const { vendor } = await team();
    const forgotten = await file(t, vendor.slug);
    const confirmed = await fileConfirmed(t, vendor.slug);

    time.set('2026-05-11T07:59:00Z');
    await scanRepeatedly();
    expect((await complaintRow(t.db, forgotten.id))?.state).toBe('unconfirmed');

    time.set('2026-05-11T08:00:00Z');
    // Through the job queue this time: the scan is a registered recurring job.
    expect(await t.ctx.jobs.runDue()).toBeGreaterThan(0);
    expect(await complaintRow(t.db, forgotten.id)).toBeNull();
    expect((await complaintRow(t.db, confirmed.id))?.state).toBe('confirmed');
    expect((await auditOf(t.db, forgotten.id)).map((a) => [a.action, a.actor_label])).toEqual([
      ['complaint.filed', 'complainant'],
      ['complaint.expired', 'system'],
    ]);
    expectProblem(await confirm(t, forgotten.confirmToken), 410, ErrorCode.TokenInvalid);
  });
});
