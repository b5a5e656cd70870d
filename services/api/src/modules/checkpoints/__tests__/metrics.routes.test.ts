import { randomUUID } from 'node:crypto';
import { type CheckpointData, ErrorCode, type MetricsPoint, ProgramMetrics, type ProgramPeriod, programPeriodOf, SubmissionQueue, type Submission, sumTotals, type TicketImport, VendorMetrics } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema } from '../../../../test/expectations.ts';
import { allPages, expectPagingErrors } from '../../../../test/paging.ts';
import { bearer, checkpointData, createPledgedVendor, createSubmission, createUser, movableClock } from '../../../../test/factories.ts';
import { Vendor } from '../../vendors/index.ts';
import { rebuildProgramFigures } from '../program-figures.service.ts';

/**
 * The admin's review queue (GET /checkpoints) and the trends (GET /vendors/{id}/metrics, GET /metrics).
 * The rows are written directly, so this file's database holds exactly these submissions.
 */
const time = movableClock(new Date('2026-07-20T10:00:00Z'));
let t: TestApp;
let adminAuth: string;

const aggregates = (shareWithinTarget: number, medianBusinessMinutes = 30, p90BusinessMinutes = 150): Partial<CheckpointData> => ({
  responsiveness: { source: 'aggregates', medianBusinessMinutes, p90BusinessMinutes, shareWithinTarget },
});

const ticketImport: TicketImport = {
  format: 'cep',
  timeZone: 'UTC',
  targetMinutes: 120,
  importedAt: '2026-07-03T10:00:00.000Z',
  rows: 8,
  overall: { tickets: 8, answered: 7, unanswered: 1, withinTarget: 5, shareWithinTarget: 0.625, medianBusinessMinutes: 90, p90BusinessMinutes: 540 },
  byPriority: [],
  errorCount: 0,
  errors: [],
};

const nps = { population: 1000, invited: 400, responses: 100, promoters: 60, passives: 25, detractors: 15, sampleMethod: 'random' as const, detractorFollowUp: 'Calls' };

let alpha: Vendor;
let bravo: Vendor;
let charlie: Vendor;
let delta: Vendor;
let echo: Vendor;
let foxtrot: Vendor;
let echoOwnerAuth: string;

beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
  adminAuth = bearer(t.app, await createUser(t.db));
  const since = new Date('2025-03-10T09:00:00Z');
  const vendor = async (name: string) => (await createPledgedVendor(t.db, since, { vendor: { name } })).vendor;
  alpha = await vendor('Alpha Learning');
  bravo = await vendor('Bravo LMS');
  charlie = await vendor('Charlie Content');
  delta = await vendor('Delta Authoring');
  foxtrot = await vendor('Foxtrot Drafts');
  const echoTeam = await createPledgedVendor(t.db, since, { vendor: { name: 'Echo Academy' } });
  echo = echoTeam.vendor;
  echoOwnerAuth = bearer(t.app, echoTeam.owner);

  // Exactly at the threshold, below it, from a ticket import.
  await createSubmission(t.db, alpha, '2026-H1', { status: 'submitted', submittedAt: new Date('2026-07-03T09:00:00Z'), data: checkpointData(aggregates(0.95)) });
  await createSubmission(t.db, bravo, '2026-H1', { status: 'submitted', submittedAt: new Date('2026-07-02T09:00:00Z'), data: checkpointData(aggregates(0.9)) });
  await createSubmission(t.db, charlie, '2026-H1', { status: 'submitted', submittedAt: new Date('2026-07-04T09:00:00Z'), data: checkpointData({ responsiveness: { source: 'tickets' } }), ticketImport });
  await createSubmission(t.db, charlie, '2025-H2', { status: 'submitted', submittedAt: new Date('2026-01-15T09:00:00Z') });
  await createSubmission(t.db, delta, '2025-H2', { status: 'accepted', submittedAt: new Date('2026-01-20T09:00:00Z'), data: checkpointData(aggregates(0.99)) });
  await createSubmission(t.db, delta, '2026-H1', { status: 'returned', submittedAt: new Date('2026-07-05T09:00:00Z'), returnedAt: new Date('2026-07-06T09:00:00Z') });
  await createSubmission(t.db, delta, '2026-H2', { status: 'draft', data: { followUpShare: 0.5 } });
  await createSubmission(t.db, foxtrot, '2026-H1', { status: 'draft' });

  // Echo: three delivered periods written out of order, an issue in all three, NPS in one, and a draft.
  await createSubmission(t.db, echo, '2026-H1', {
    status: 'submitted',
    submittedAt: new Date('2026-07-06T09:00:00Z'),
    data: checkpointData({ ...aggregates(0.96, 20, 100), topIssues: [{ title: 'LOGIN FAILS', contacts: 5, averageHoursToResolve: 1 }, { title: 'Invoices', contacts: 2, averageHoursToResolve: 1 }] }),
  });
  await createSubmission(t.db, echo, '2025-H1', {
    status: 'accepted',
    submittedAt: new Date('2025-07-06T09:00:00Z'),
    data: checkpointData({ ...aggregates(0.97, 25, 115), topIssues: [{ title: 'Login fails', contacts: 9, averageHoursToResolve: 2 }], nps }),
  });
  await createSubmission(t.db, echo, '2025-H2', {
    status: 'accepted',
    submittedAt: new Date('2026-01-06T09:00:00Z'),
    data: checkpointData({ ...aggregates(0.9, 40, 200), volume: { contacts: { phone: 10, email: 10, chat: 10, portal: 10, other: 10 }, activeClients: 0 }, topIssues: [{ title: 'login fails!', contacts: 7, averageHoursToResolve: 2 }] }),
  });
  await createSubmission(t.db, echo, '2026-H2', { status: 'draft' });
});
afterAll(async () => t.close());

const queue = (query: Record<string, string | number> = {}, auth = adminAuth) => t.http().get('/api/v1/checkpoints').query(query).set('authorization', auth);
const row = (vendor: Vendor, period: string, status: string, submittedAt: string | null, promise3Met: boolean | null) => ({
  vendorId: vendor.id,
  vendorName: vendor.name,
  vendorSlug: vendor.slug,
  period,
  status,
  submittedAt,
  reviewedAt: expect.anything(),
  promise3Met,
});

describe('GET /api/v1/checkpoints', () => {
  it('lists submitted data waiting for review by default, oldest first, with the promise-3 verdict', async () => {
    const res = await queue();
    expect(res.status).toBe(200);
    expectSchema(SubmissionQueue, res.body);
    expect(res.body).toEqual({
      items: [
        { ...row(charlie, '2025-H2', 'submitted', '2026-01-15T09:00:00.000Z', true), reviewedAt: null },
        { ...row(bravo, '2026-H1', 'submitted', '2026-07-02T09:00:00.000Z', false), reviewedAt: null },
        { ...row(alpha, '2026-H1', 'submitted', '2026-07-03T09:00:00.000Z', true), reviewedAt: null },
        { ...row(charlie, '2026-H1', 'submitted', '2026-07-04T09:00:00.000Z', false), reviewedAt: null },
        { ...row(echo, '2026-H1', 'submitted', '2026-07-06T09:00:00.000Z', true), reviewedAt: null },
      ],
      next: null,
      total: 5,
      totalCapped: false,
    });
  });

  it('filters by status and by period', async () => {
    expect((await queue({ period: '2026-H1' })).body.items.map((i: { vendorName: string }) => i.vendorName)).toEqual(['Bravo LMS', 'Alpha Learning', 'Charlie Content', 'Echo Academy']);
    const accepted = await queue({ status: 'accepted' });
    expect(accepted.body.items.map((i: { vendorName: string; period: string }) => `${i.vendorName} ${i.period}`)).toEqual(['Echo Academy 2025-H1', 'Echo Academy 2025-H2', 'Delta Authoring 2025-H2']);
    expect((await queue({ status: 'accepted', period: '2025-H2' })).body).toMatchObject({ total: 2 });
    expect((await queue({ status: 'returned' })).body).toEqual({ items: [row(delta, '2026-H1', 'returned', '2026-07-05T09:00:00.000Z', true)], next: null, total: 1, totalCapped: false });
    const drafts = await queue({ status: 'draft', period: '2026-H2' });
    // Drafts were never submitted: they come after every submission, in no particular order among themselves.
    expect(drafts.body.items).toHaveLength(2);
    expect(drafts.body.items).toEqual(
      expect.arrayContaining([
        { ...row(delta, '2026-H2', 'draft', null, null), reviewedAt: null },
        { ...row(echo, '2026-H2', 'draft', null, true), reviewedAt: null },
      ]),
    );
    expect((await queue({ status: 'submitted', period: '2024-H1' })).body).toEqual({ items: [], next: null, total: 0, totalCapped: false });
  });

  it('pages', async () => {
    const pages = await allPages<{ vendorName: string; period: string }>((after) => queue({ limit: 2, ...(after ? { after } : {}) }));
    expect(pages.map((p) => p.items.map((i) => `${i.vendorName} ${i.period}`))).toEqual([
      ['Charlie Content 2025-H2', 'Bravo LMS 2026-H1'],
      ['Alpha Learning 2026-H1', 'Charlie Content 2026-H1'],
      ['Echo Academy 2026-H1'],
    ]);
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
  });

  it('answers 400 naming a bad status, period, paging parameter or unknown parameter', async () => {
    expectFieldErrors(await queue({ status: 'pending' }), ['status']);
    expectFieldErrors(await queue({ period: '2026-H3' }), ['period']);
    await expectPagingErrors((query) => t.http().get(`/api/v1/checkpoints?${query}`).set('authorization', adminAuth));
    expectFieldErrors(await queue({ vendor: 'alpha' }), ['vendor']);
  });
});

/** The submission page of one period, as the admin reads it. */
async function page(vendor: Vendor, period: string): Promise<Submission> {
  const res = await t.http().get(`/api/v1/vendors/${vendor.id}/checkpoints/${period}`).set('authorization', adminAuth);
  expect(res.status).toBe(200);
  return res.body as Submission;
}

/** What a metrics point must say, read off the submission page. */
function pointOf(submission: Submission): MetricsPoint {
  const f = submission.figures;
  return {
    period: submission.period,
    status: submission.status as MetricsPoint['status'],
    shareWithinTarget: f.responsiveness.shareWithinTarget,
    medianBusinessMinutes: f.responsiveness.medianBusinessMinutes,
    p90BusinessMinutes: f.responsiveness.p90BusinessMinutes,
    contactsPerClient: f.contactsPerClient,
    nps: f.nps?.score ?? null,
    npsLow: f.nps?.interval.low ?? null,
    npsHigh: f.nps?.interval.high ?? null,
    npsResponses: submission.data.nps?.responses ?? null,
    recurringIssues: f.issues.filter((i) => i.recurring).length,
    chronicIssues: f.issues.filter((i) => i.chronic).length,
    promise3Met: f.promise3.met,
  };
}

describe('GET /api/v1/vendors/:id/metrics', () => {
  it('gives the submitted and accepted periods in order, with the figures the submission pages show', async () => {
    const res = await t.http().get(`/api/v1/vendors/${echo.id}/metrics`).set('authorization', echoOwnerAuth);
    expect(res.status).toBe(200);
    expectSchema(VendorMetrics, res.body);
    expect(res.body).toEqual({
      vendorId: echo.id,
      vendorName: 'Echo Academy',
      threshold: 0.95,
      series: [
        {
          period: '2025-H1',
          status: 'accepted',
          shareWithinTarget: 0.97,
          medianBusinessMinutes: 25,
          p90BusinessMinutes: 115,
          contactsPerClient: 2.5,
          nps: 45,
          npsLow: 29.3,
          npsHigh: 58,
          npsResponses: 100,
          recurringIssues: 0,
          chronicIssues: 0,
          promise3Met: true,
        },
        {
          period: '2025-H2',
          status: 'accepted',
          shareWithinTarget: 0.9,
          medianBusinessMinutes: 40,
          p90BusinessMinutes: 200,
          contactsPerClient: null,
          nps: null,
          npsLow: null,
          npsHigh: null,
          npsResponses: null,
          recurringIssues: 1,
          chronicIssues: 0,
          promise3Met: false,
        },
        {
          period: '2026-H1',
          status: 'submitted',
          shareWithinTarget: 0.96,
          medianBusinessMinutes: 20,
          p90BusinessMinutes: 100,
          contactsPerClient: 2.5,
          nps: null,
          npsLow: null,
          npsHigh: null,
          npsResponses: null,
          recurringIssues: 1,
          chronicIssues: 1,
          promise3Met: true,
        },
      ],
    });
    expect(res.body.series).toEqual([pointOf(await page(echo, '2025-H1')), pointOf(await page(echo, '2025-H2')), pointOf(await page(echo, '2026-H1'))]);
  });

  it('takes responsiveness from the ticket import when that is the source', async () => {
    const res = await t.http().get(`/api/v1/vendors/${charlie.id}/metrics`).set('authorization', adminAuth);
    expect(res.body.series.map((p: MetricsPoint) => p.period)).toEqual(['2025-H2', '2026-H1']);
    expect(res.body.series[1]).toEqual(pointOf(await page(charlie, '2026-H1')));
    expect(res.body.series[1]).toMatchObject({ shareWithinTarget: 0.625, medianBusinessMinutes: 90, p90BusinessMinutes: 540, promise3Met: false });
  });

  it('leaves out returned and draft data, and gives an empty series to a vendor that delivered nothing', async () => {
    const deltaRes = await t.http().get(`/api/v1/vendors/${delta.id}/metrics`).set('authorization', adminAuth);
    expect(deltaRes.body.series).toEqual([pointOf(await page(delta, '2025-H2'))]);
    const none = await t.http().get(`/api/v1/vendors/${foxtrot.id}/metrics`).set('authorization', adminAuth);
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ vendorId: foxtrot.id, vendorName: 'Foxtrot Drafts', threshold: 0.95, series: [] });
  });

  it('answers 404 for an unknown vendor and 400 for a malformed id', async () => {
    expectProblem(await t.http().get(`/api/v1/vendors/${randomUUID()}/metrics`).set('authorization', adminAuth), 404, ErrorCode.NotFound);
    expectFieldErrors(await t.http().get('/api/v1/vendors/echo/metrics').set('authorization', adminAuth), ['id']);
  });

  it('agrees with the submission page on recurring issues when the previous period’s data was returned', async () => {
    const { vendor } = await createPledgedVendor(t.db, new Date('2025-11-10T09:00:00Z'), { vendor: { name: 'Golf Returned' } });
    await createSubmission(t.db, vendor, '2025-H2', {
      status: 'returned',
      submittedAt: new Date('2026-01-20T09:00:00Z'),
      returnedAt: new Date('2026-01-25T09:00:00Z'),
      data: checkpointData({ topIssues: [{ title: 'Login fails', contacts: 3, averageHoursToResolve: 1 }] }),
    });
    await createSubmission(t.db, vendor, '2026-H1', { status: 'submitted', submittedAt: new Date('2026-07-02T09:00:00Z'), data: checkpointData({ topIssues: [{ title: 'Login fails', contacts: 4, averageHoursToResolve: 1 }] }) });
    const submission = await page(vendor, '2026-H1');
    const res = await t.http().get(`/api/v1/vendors/${vendor.id}/metrics`).set('authorization', adminAuth);
    expect(res.body.series).toEqual([pointOf(submission)]);
  });
});

describe('GET /api/v1/metrics', () => {
  /** What the program page must say: every vendor's own points, added up per period. */
  async function expectedPeriods(): Promise<ProgramPeriod[]> {
    const vendors = await t.db.getRepository(Vendor).find();
    const points: MetricsPoint[] = [];
    for (const vendor of vendors) points.push(...((await t.http().get(`/api/v1/vendors/${vendor.id}/metrics`).set('authorization', adminAuth)).body as VendorMetrics).series);
    const periods = [...new Set(points.map((p) => p.period))].sort();
    return periods.map((period) => programPeriodOf(period, sumTotals(points.filter((p) => p.period === period))));
  }
  async function programPeriods(): Promise<ProgramPeriod[]> {
    const res = await t.http().get('/api/v1/metrics').set('authorization', adminAuth);
    expect(res.status).toBe(200);
    expectSchema(ProgramMetrics, res.body);
    return (res.body as ProgramMetrics).periods;
  }
  // Sums kept by addition and sums made afresh may differ in the last bits of a double.
  const rounded = (periods: ProgramPeriod[]) => periods.map((p) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toFixed(9)) : v])));

  it('gives each period the totals of what every vendor delivered, as the vendors’ own metrics give it, once rebuilt', async () => {
    // Alpha, Bravo, Charlie, Echo and Golf delivered 2026-H1; Alpha, Echo and Golf met promise 3.
    // These rows were written directly, past the writes that keep the totals: the rebuild (the
    // migration's job, the seeds) computes them from every checkpoint.
    expect(await programPeriods()).toEqual([]);
    await t.db.transaction((manager) => rebuildProgramFigures(manager, time.clock()));
    const periods = await programPeriods();
    expect(rounded(periods)).toEqual(rounded(await expectedPeriods()));
    expect(periods.find((p) => p.period === '2026-H1')).toMatchObject({ delivered: 5, accepted: 0, promise3Judged: 5, promise3Met: 3 });
    expect(periods.find((p) => p.period === '2025-H1')).toMatchObject({ delivered: 1, accepted: 1, nps: 45, npsVendors: 1 });
  });

  it('follows each submission, return and acceptance in the same write, and agrees with a rebuild afterwards', async () => {
    const { vendor, owner } = await createPledgedVendor(t.db, new Date('2025-03-10T09:00:00Z'), { vendor: { name: 'Hotel Live' } });
    await createSubmission(t.db, vendor, '2026-H1', { status: 'draft', data: checkpointData(aggregates(0.5)) });
    const ownerAuth = bearer(t.app, owner);
    const at = async () => (await programPeriods()).find((p) => p.period === '2026-H1');
    const before = await at();
    const base = `/api/v1/vendors/${vendor.id}/checkpoints/2026-H1`;

    expect((await t.http().post(`${base}/submit`).set('authorization', ownerAuth)).status).toBe(200);
    expect(await at()).toMatchObject({ delivered: (before?.delivered ?? 0) + 1, accepted: before?.accepted, promise3Judged: (before?.promise3Judged ?? 0) + 1, promise3Met: before?.promise3Met });
    expect((await t.http().post(`${base}/review`).set('authorization', adminAuth).send({ decision: 'returned', notes: 'The share looks wrong' })).status).toBe(200);
    expect(rounded([(await at()) as ProgramPeriod])).toEqual(rounded([before as ProgramPeriod]));
    expect((await t.http().post(`${base}/submit`).set('authorization', ownerAuth)).status).toBe(200);
    expect((await t.http().post(`${base}/review`).set('authorization', adminAuth).send({ decision: 'accepted' })).status).toBe(200);
    expect(await at()).toMatchObject({ delivered: (before?.delivered ?? 0) + 1, accepted: (before?.accepted ?? 0) + 1 });

    const kept = await programPeriods();
    expect(rounded(kept)).toEqual(rounded(await expectedPeriods()));
    await t.db.transaction((manager) => rebuildProgramFigures(manager, time.clock()));
    expect(rounded(await programPeriods())).toEqual(rounded(kept));
  });
});
