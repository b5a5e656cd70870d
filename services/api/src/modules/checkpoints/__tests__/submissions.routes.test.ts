import { randomUUID } from 'node:crypto';
import { type CheckpointData, ErrorCode, PledgeState, SubmissionSchema } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema } from '../../../../test/expectations.ts';
import { bearer, checkpointData, createPledgedVendor, createSubmission, createUser, createVendorWithPeople, movableClock, withTokens } from '../../../../test/factories.ts';

/**
 * Drafts: GET and PUT /vendors/{id}/checkpoints/{period}. The clock stands on 10 July 2026 (2026-H2
 * running); the vendors' pledges became active on 10 November 2025, so 2025-H2 is their first period.
 */
const time = movableClock(new Date('2026-07-10T10:00:00Z'));
let t: TestApp;
let adminAuth: string;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
  adminAuth = bearer(t.app, await createUser(t.db));
});
afterAll(async () => t.close());

const url = (vendorId: string, period: string) => `/api/v1/vendors/${vendorId}/checkpoints/${period}`;

async function team(activeSince = '2025-11-10T09:00:00Z') {
  const people = await createPledgedVendor(t.db, new Date(activeSince));
  return withTokens(t.app, people);
}

const get = (auth: string, vendorId: string, period: string) => t.http().get(url(vendorId, period)).set('authorization', auth);

function put(auth: string, vendorId: string, period: string, body: unknown, ifMatch?: string) {
  const req = t.http().put(url(vendorId, period)).set('authorization', auth);
  if (ifMatch !== undefined) req.set('if-match', ifMatch);
  return req.send(body as object);
}

const EVERYTHING_MISSING = [
  'volume.contacts.phone',
  'volume.contacts.email',
  'volume.contacts.chat',
  'volume.contacts.portal',
  'volume.contacts.other',
  'volume.activeClients',
  'responsiveness',
  'followUpShare',
  'topIssues',
];

interface Issue {
  id: string;
  title: string;
}
const issuesOf = (body: { data: CheckpointData }) => (body.data.topIssues ?? []) as Issue[];

describe('GET /api/v1/vendors/:id/checkpoints/:period', () => {
  it('answers an empty draft for a period without data: version 0, nothing computed, everything missing', async () => {
    const { vendor, memberAuth } = await team();
    const res = await get(memberAuth, vendor.id, '2026-H1');
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"0"');
    expectSchema(SubmissionSchema, res.body);
    expect(res.body).toEqual({
      vendorId: vendor.id,
      period: '2026-H1',
      status: 'draft',
      data: {},
      ticketImport: null,
      figures: {
        totalContacts: null,
        contactsPerClient: null,
        responsiveness: { source: null, medianBusinessMinutes: null, p90BusinessMinutes: null, shareWithinTarget: null },
        promise3: { targetMinutes: 120, threshold: 0.95, met: null },
        nps: null,
        issues: [],
      },
      missing: EVERYTHING_MISSING,
      submittedAt: null,
      reviewedAt: null,
      reviewNotes: null,
      previousIssues: [],
      thread: [],
      version: 0,
    });
  });

  it('answers the first and the current period, and 400 naming the period before the first or after the current one', async () => {
    const { vendor, ownerAuth } = await team();
    expect((await get(ownerAuth, vendor.id, '2025-H2')).status).toBe(200);
    expect((await get(ownerAuth, vendor.id, '2026-H2')).status).toBe(200);
    const before = await get(ownerAuth, vendor.id, '2025-H1');
    expectFieldErrors(before, ['period']);
    expect(before.body.errors[0].message).toContain('2025-H2');
    expectFieldErrors(await get(ownerAuth, vendor.id, '2027-H1'), ['period']);
    expectFieldErrors(await get(adminAuth, vendor.id, '2031-H2'), ['period']);
  });

  it('answers 400 for a pledge that was never active, and 404 for an unknown vendor', async () => {
    const { vendor, owner } = await createVendorWithPeople(t.db);
    expectFieldErrors(await get(bearer(t.app, owner), vendor.id, '2026-H1'), ['period']);
    expectProblem(await get(adminAuth, randomUUID(), '2026-H1'), 404, ErrorCode.NotFound);
  });

  it('answers 400 naming a malformed period or id', async () => {
    const { vendor, ownerAuth } = await team();
    for (const period of ['2026-H3', '2026-h1', '26-H1', '2026-H1x', '2026']) expectFieldErrors(await get(ownerAuth, vendor.id, period), ['period']);
    expectFieldErrors(await get(adminAuth, 'not-a-uuid', '2026-H1'), ['id']);
    expectFieldErrors(await get(adminAuth, 'not-a-uuid', '2026-H0'), ['id', 'period']);
  });
});

describe('PUT /api/v1/vendors/:id/checkpoints/:period', () => {
  it('saves the draft, echoes it with its figures, and reads it back with the same ETag', async () => {
    const { vendor, memberAuth, ownerAuth } = await team();
    const res = await put(memberAuth, vendor.id, '2026-H1', checkpointData());
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expectSchema(SubmissionSchema, res.body);
    const [issue] = issuesOf(res.body);
    expect(issue?.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(res.body).toMatchObject({
      vendorId: vendor.id,
      period: '2026-H1',
      status: 'draft',
      data: { ...checkpointData(), topIssues: [{ id: issue?.id, title: 'Login fails with SSO', contacts: 40, averageHoursToResolve: 3.5 }] },
      ticketImport: null,
      missing: [],
      submittedAt: null,
      version: 1,
    });
    expect(res.body.figures).toEqual({
      totalContacts: 400,
      contactsPerClient: 2.5,
      responsiveness: { source: 'aggregates', medianBusinessMinutes: 35, p90BusinessMinutes: 110, shareWithinTarget: 0.96 },
      promise3: { targetMinutes: 120, threshold: 0.95, met: true },
      nps: null,
      issues: [{ id: issue?.id, streak: 1, recurring: false, chronic: false }],
    });

    const read = await get(ownerAuth, vendor.id, '2026-H1');
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toEqual(res.body);
    // The admin reads it too.
    expect((await get(adminAuth, vendor.id, '2026-H1')).body).toEqual(res.body);
  });

  it('needs If-Match once a draft exists: 428 without it, 412 when stale', async () => {
    const { vendor, ownerAuth } = await team();
    expectProblem(await put(ownerAuth, vendor.id, '2026-H1', checkpointData(), '"3"'), 412, ErrorCode.PreconditionFailed);
    expect((await put(ownerAuth, vendor.id, '2026-H1', checkpointData(), '"0"')).headers.etag).toBe('"1"');

    expectProblem(await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ followUpShare: 0.5 })), 428, ErrorCode.PreconditionRequired);
    expectProblem(await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ followUpShare: 0.5 }), ''), 428, ErrorCode.PreconditionRequired);
    expectProblem(await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ followUpShare: 0.5 }), '"0"'), 412, ErrorCode.PreconditionFailed);
    expectProblem(await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ followUpShare: 0.5 }), 'something'), 412, ErrorCode.PreconditionFailed);

    const second = await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ followUpShare: 0.5 }), 'W/"1"');
    expect(second.status).toBe(200);
    expect(second.headers.etag).toBe('"2"');
    expect(second.body).toMatchObject({ version: 2, data: { followUpShare: 0.5 } });
    expectProblem(await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ followUpShare: 0.1 }), '"1"'), 412, ErrorCode.PreconditionFailed);

    const read = await get(ownerAuth, vendor.id, '2026-H1');
    expect(read.body).toMatchObject({ version: 2, data: { followUpShare: 0.5 } });
  });

  it('replaces the whole draft: what the new body leaves out is gone and missing again', async () => {
    const { vendor, ownerAuth } = await team();
    await put(ownerAuth, vendor.id, '2026-H1', checkpointData());
    const res = await put(ownerAuth, vendor.id, '2026-H1', { volume: { contacts: { phone: 1 } } }, '"1"');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ volume: { contacts: { phone: 1 } } });
    expect(res.body.missing).toEqual(EVERYTHING_MISSING.filter((f) => f !== 'volume.contacts.phone'));
    expect(res.body.figures).toMatchObject({ totalContacts: null, contactsPerClient: null, promise3: { met: null } });
  });

  it('takes drafts from the pledge’s first period to the current one, and refuses the period before and the future with 400', async () => {
    const { vendor, ownerAuth } = await team();
    expect((await put(ownerAuth, vendor.id, '2025-H2', checkpointData())).status).toBe(200);
    expect((await put(ownerAuth, vendor.id, '2026-H2', { followUpShare: 0.5 })).status).toBe(200);
    expectFieldErrors(await put(ownerAuth, vendor.id, '2025-H1', checkpointData()), ['period']);
    expectFieldErrors(await put(ownerAuth, vendor.id, '2027-H1', checkpointData()), ['period']);
  });

  it('answers 400 naming ill-typed, negative and unknown fields, and saves nothing', async () => {
    const { vendor, ownerAuth } = await team();
    const cases: [unknown, string[]][] = [
      [{ volume: { contacts: { phone: '12', email: 1.5, chat: null }, activeClients: -1 } }, ['volume.contacts.phone', 'volume.contacts.email', 'volume.contacts.chat', 'volume.activeClients']],
      [{ volume: { contacts: { fax: 3 }, activeClients: 10 }, extra: true }, ['volume.contacts.fax', 'extra']],
      [{ volume: { contacts: { phone: -5, other: 2_000_000_000 } } }, ['volume.contacts.phone', 'volume.contacts.other']],
      [{ responsiveness: { source: 'guess' } }, ['responsiveness.source']],
      [{ responsiveness: { medianBusinessMinutes: 5 } }, ['responsiveness.source']],
      [{ responsiveness: { source: 'aggregates', shareWithinTarget: 1.01, medianBusinessMinutes: -1, speed: 'fast' } }, ['responsiveness.shareWithinTarget', 'responsiveness.medianBusinessMinutes', 'responsiveness.speed']],
      [{ followUpShare: 1.2 }, ['followUpShare']],
      [{ followUpShare: '0.5' }, ['followUpShare']],
      [{ topIssues: [{ contacts: 3 }] }, ['topIssues.0.title']],
      [{ topIssues: [{ title: 'x', contacts: -1, averageHoursToResolve: 'slow', linkedIssueId: 'not a valid id!' }] }, ['topIssues.0.contacts', 'topIssues.0.averageHoursToResolve', 'topIssues.0.linkedIssueId']],
      [{ topIssues: [{ title: '' }] }, ['topIssues.0.title']],
      [{ topIssues: 'many' }, ['topIssues']],
      [{ nps: { promoters: -1, sampleMethod: 'friends' } }, ['nps.promoters', 'nps.sampleMethod']],
      [[], ['(root)']],
    ];
    for (const [body, fields] of cases) {
      const res = await put(ownerAuth, vendor.id, '2026-H1', body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expectFieldErrors(res, fields);
    }
    expect((await get(ownerAuth, vendor.id, '2026-H1')).body.version).toBe(0);
  });

  it('answers 400 for more than five top issues, a malformed JSON body, and a malformed period or id', async () => {
    const { vendor, ownerAuth } = await team();
    const six = Array.from({ length: 6 }, (_, i) => ({ title: `Issue ${i}`, contacts: 1, averageHoursToResolve: 1 }));
    expectFieldErrors(await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ topIssues: six })), ['topIssues']);
    expect((await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ topIssues: six.slice(0, 5) }))).status).toBe(200);

    const malformed = await t.http().put(url(vendor.id, '2026-H1')).set('authorization', ownerAuth).set('content-type', 'application/json').send('{"volume": ');
    expectProblem(malformed, 400, ErrorCode.MalformedBody);
    expectFieldErrors(await put(ownerAuth, vendor.id, '2026-H3', checkpointData()), ['period']);
    expectFieldErrors(await put(ownerAuth, 'not-a-uuid', '2026-H1', checkpointData()), ['id']);
  });

  it('answers 400 naming the NPS field whose numbers cannot be true together, even in a half-filled draft', async () => {
    const { vendor, ownerAuth } = await team();
    const nps = { population: 1000, invited: 400, responses: 100, promoters: 60, passives: 25, detractors: 15 };
    const notSumming = await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ nps: { ...nps, detractors: 10 } }));
    expectFieldErrors(notSumming, ['nps.responses']);
    expect(notSumming.body.errors[0].message).toContain('(95)');
    expectFieldErrors(await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ nps: { ...nps, invited: 99 } })), ['nps.responses']);
    expectFieldErrors(await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ nps: { ...nps, population: 399 } })), ['nps.invited']);
    expectFieldErrors(await put(ownerAuth, vendor.id, '2026-H1', { nps: { responses: 10, invited: 5 } }), ['nps.responses']);
    expectFieldErrors(await put(ownerAuth, vendor.id, '2026-H1', { nps: { invited: 10, population: 5, promoters: 1, passives: 1, detractors: 1, responses: 4 } }), ['nps.invited', 'nps.responses']);
    // The edges are consistent: everyone invited, everyone answered.
    expect((await put(ownerAuth, vendor.id, '2026-H1', { nps: { population: 100, invited: 100, responses: 100, promoters: 100, passives: 0, detractors: 0 } })).status).toBe(200);
  });

  it('answers 400 for other contradictions: a 90th percentile below the median, the same issue twice', async () => {
    const { vendor, ownerAuth } = await team();
    expectFieldErrors(
      await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ responsiveness: { source: 'aggregates', medianBusinessMinutes: 60, p90BusinessMinutes: 59, shareWithinTarget: 0.9 } })),
      ['responsiveness.p90BusinessMinutes'],
    );
    expectFieldErrors(await put(ownerAuth, vendor.id, '2026-H1', { topIssues: [{ title: 'Slow reports' }, { title: 'Login' }, { title: ' slow REPORTS ' }] }), ['topIssues.2.title']);
  });

  it('refuses to edit submitted or accepted data with 409, and takes returned data', async () => {
    const { vendor, ownerAuth } = await team();
    await createSubmission(t.db, vendor, '2025-H2', { status: 'submitted' });
    await createSubmission(t.db, vendor, '2026-H1', { status: 'accepted' });
    const submitted = await put(ownerAuth, vendor.id, '2025-H2', checkpointData(), '"1"');
    expectProblem(submitted, 409, ErrorCode.InvalidState);
    expect(submitted.body.detail).toContain('submitted');
    expectProblem(await put(ownerAuth, vendor.id, '2026-H1', checkpointData()), 409, ErrorCode.InvalidState);

    const other = await team();
    await createSubmission(t.db, other.vendor, '2026-H1', { status: 'returned', submittedAt: new Date('2026-07-02T10:00:00Z'), returnedAt: new Date('2026-07-03T10:00:00Z') });
    const fixed = await put(other.ownerAuth, other.vendor.id, '2026-H1', checkpointData({ followUpShare: 1 }), '"1"');
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ status: 'returned', version: 2, data: { followUpShare: 1 } });
  });

  it('refuses a link to anything but an issue of an earlier period', async () => {
    const { vendor, ownerAuth } = await team();
    const earlier = issuesOf((await put(ownerAuth, vendor.id, '2025-H2', checkpointData({ topIssues: [{ title: 'Slow reports' }] }))).body)[0];
    const later = issuesOf((await put(ownerAuth, vendor.id, '2026-H2', checkpointData({ topIssues: [{ title: 'Invoices wrong' }] }))).body)[0];
    const own = issuesOf((await put(ownerAuth, vendor.id, '2026-H1', { topIssues: [{ id: 'mine', title: 'Mine' }] })).body)[0];
    expect(own?.id).toBe('mine');

    for (const linkedIssueId of ['no-such-issue', later?.id, own?.id]) {
      const res = await put(ownerAuth, vendor.id, '2026-H1', { topIssues: [{ id: 'mine', title: 'Mine' }, { title: 'Reports', linkedIssueId }] }, '"1"');
      expect({ linkedIssueId, status: res.status }).toEqual({ linkedIssueId, status: 400 });
      expectFieldErrors(res, ['topIssues.1.linkedIssueId']);
    }
    const linked = await put(ownerAuth, vendor.id, '2026-H1', { topIssues: [{ title: 'Reports are slow', linkedIssueId: earlier?.id }, { title: 'Not linked', linkedIssueId: null }] }, '"1"');
    expect(linked.status).toBe(200);
    expect(linked.body.previousIssues).toEqual([{ id: earlier?.id, title: 'Slow reports', period: '2025-H2' }]);
  });
});

describe('the figures a saved draft echoes', () => {
  it('computes contacts per client, and none without clients', async () => {
    const { vendor, ownerAuth } = await team();
    const res = await put(ownerAuth, vendor.id, '2026-H1', { volume: { contacts: { phone: 1, email: 1, chat: 0, portal: 0, other: 1 }, activeClients: 7 } });
    expect(res.body.figures).toMatchObject({ totalContacts: 3, contactsPerClient: 0.43 });
    const none = await put(ownerAuth, vendor.id, '2026-H1', { volume: { contacts: { phone: 1, email: 1, chat: 0, portal: 0, other: 1 }, activeClients: 0 } }, '"1"');
    expect(none.body.figures).toMatchObject({ totalContacts: 3, contactsPerClient: null });
  });

  it('computes NPS with every group’s share, the response rate and the adjusted-Wald interval', async () => {
    const { vendor, ownerAuth } = await team();
    const nps = { population: 1000, invited: 400, responses: 100, promoters: 60, passives: 25, detractors: 15, sampleMethod: 'random' as const, detractorFollowUp: 'A call within a week' };
    const res = await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ nps }));
    expect(res.status).toBe(200);
    expect(res.body.missing).toEqual([]);
    // n = 103, p = 60.75/103, d = 15.75/103: centre 43.7, margin 1.96·√((p + d − (p − d)²)/103) = 14.3.
    expect(res.body.figures.nps).toEqual({ score: 45, promoterShare: 60, passiveShare: 25, detractorShare: 15, responseRate: 25, interval: { low: 29.3, high: 58 }, warnings: [] });
  });

  it('warns about a small or hand-picked sample, and asks how a hand-picked one was drawn', async () => {
    const { vendor, ownerAuth } = await team();
    const nps = { population: 50, invited: 40, responses: 20, promoters: 5, passives: 5, detractors: 10, sampleMethod: 'other' as const, detractorFollowUp: 'We call them' };
    const res = await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ nps }));
    expect(res.body.missing).toEqual(['nps.sampleDescription']);
    expect(res.body.figures.nps).toEqual({
      score: -25,
      promoterShare: 25,
      passiveShare: 25,
      detractorShare: 50,
      responseRate: 50,
      interval: { low: -55.2, high: 11.7 },
      warnings: ['Only 20 responses: below 30, the score is not reliable', 'The sample was not drawn by a fixed rule and may be hand-picked'],
    });
    const partial = await put(ownerAuth, vendor.id, '2026-H1', checkpointData({ nps: { population: 50, promoters: 5 } }), '"1"');
    expect(partial.body.figures.nps).toBeNull();
    expect(partial.body.missing).toEqual(['nps.invited', 'nps.responses', 'nps.passives', 'nps.detractors', 'nps.sampleMethod', 'nps.detractorFollowUp']);
  });

  it('meets promise 3 at exactly the threshold, and not a hair below it', async () => {
    const { vendor, ownerAuth } = await team();
    const at = (shareWithinTarget: number) => checkpointData({ responsiveness: { source: 'aggregates', medianBusinessMinutes: 30, p90BusinessMinutes: 130, shareWithinTarget } });
    expect((await put(ownerAuth, vendor.id, '2026-H1', at(0.95))).body.figures.promise3).toEqual({ targetMinutes: 120, threshold: 0.95, met: true });
    expect((await put(ownerAuth, vendor.id, '2026-H1', at(0.9499), '"1"')).body.figures.promise3).toEqual({ targetMinutes: 120, threshold: 0.95, met: false });
    expect((await put(ownerAuth, vendor.id, '2026-H1', at(19 / 20), '"2"')).body.figures.promise3.met).toBe(true);
    expect((await put(ownerAuth, vendor.id, '2026-H1', { responsiveness: { source: 'aggregates' } }, '"3"')).body.figures.promise3.met).toBeNull();
  });

  it('flags an issue recurring in two periods in a row and chronic in three, by normalised title or by explicit link', async () => {
    const { vendor, ownerAuth } = await team('2025-03-10T09:00:00Z');
    const first = await put(ownerAuth, vendor.id, '2025-H1', { topIssues: [{ title: 'Login fails — SSO!' }, { title: 'Slow reports' }] });
    const [login1, slow1] = issuesOf(first.body);
    expect(first.body.figures.issues).toEqual([
      { id: login1?.id, streak: 1, recurring: false, chronic: false },
      { id: slow1?.id, streak: 1, recurring: false, chronic: false },
    ]);

    const second = await put(ownerAuth, vendor.id, '2025-H2', { topIssues: [{ title: 'login  fails (sso)' }, { title: 'CSV export broken' }] });
    const [login2, csv2] = issuesOf(second.body);
    expect(second.body.figures.issues).toEqual([
      { id: login2?.id, streak: 2, recurring: true, chronic: false },
      { id: csv2?.id, streak: 1, recurring: false, chronic: false },
    ]);

    const third = await put(ownerAuth, vendor.id, '2026-H1', { topIssues: [{ title: 'LOGIN FAILS: SSO' }, { title: 'Exports time out', linkedIssueId: csv2?.id }, { title: 'Slow reports' }] });
    const [login3, exports3, slow3] = issuesOf(third.body);
    expect(third.body.figures.issues).toEqual([
      { id: login3?.id, streak: 3, recurring: true, chronic: true },
      { id: exports3?.id, streak: 2, recurring: true, chronic: false },
      // Slow reports skipped 2025-H2: it starts again.
      { id: slow3?.id, streak: 1, recurring: false, chronic: false },
    ]);
    expect(third.body.previousIssues).toEqual([
      { id: login2?.id, title: 'login  fails (sso)', period: '2025-H2' },
      { id: csv2?.id, title: 'CSV export broken', period: '2025-H2' },
      { id: login1?.id, title: 'Login fails — SSO!', period: '2025-H1' },
      { id: slow1?.id, title: 'Slow reports', period: '2025-H1' },
    ]);

    // A third period in a row through a link whose title matches nothing before it.
    const fourth = await put(ownerAuth, vendor.id, '2026-H2', { topIssues: [{ title: 'Timeouts when exporting', linkedIssueId: exports3?.id }, { title: 'slow reports.' }] });
    const [timeouts4, slow4] = issuesOf(fourth.body);
    expect(fourth.body.figures.issues).toEqual([
      { id: timeouts4?.id, streak: 3, recurring: true, chronic: true },
      { id: slow4?.id, streak: 2, recurring: true, chronic: false },
    ]);

    // Reading an earlier period again gives its own streaks, not the later ones.
    expect((await get(ownerAuth, vendor.id, '2025-H2')).body.figures.issues).toEqual(second.body.figures.issues);
  });

  it('keeps an issue’s id across saves when the client sends it back, so a link made to it holds', async () => {
    const { vendor, ownerAuth } = await team('2025-03-10T09:00:00Z');
    const saved = await put(ownerAuth, vendor.id, '2025-H2', { topIssues: [{ title: 'Slow reports' }] });
    const [slow] = issuesOf(saved.body);
    const again = await put(ownerAuth, vendor.id, '2025-H2', { topIssues: [{ id: slow?.id, title: 'Reports are slow', contacts: 4 }] }, '"1"');
    expect(issuesOf(again.body)[0]?.id).toBe(slow?.id);
    const next = await put(ownerAuth, vendor.id, '2026-H1', { topIssues: [{ title: 'Dashboards are slow', linkedIssueId: slow?.id }] });
    expect(next.body.figures.issues[0]).toMatchObject({ streak: 2, recurring: true });
  });
});

describe('a pledge that is not active', () => {
  it('still takes drafts from a lapsed vendor', async () => {
    const people = await createPledgedVendor(t.db, new Date('2025-11-10T09:00:00Z'), { state: PledgeState.Lapsed });
    expect((await put(bearer(t.app, people.owner), people.vendor.id, '2026-H1', checkpointData())).status).toBe(200);
  });
});
