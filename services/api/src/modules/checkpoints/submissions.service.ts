import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  type CheckpointData,
  type FieldError,
  type PeriodTopIssues,
  type ReviewBody,
  type Submission,
  type SubmissionQueue,
  type SubmissionQueueQuery,
  type TicketImport,
  CheckpointAction,
  checkpointMachine,
  ErrorCode,
  EventType,
  isDelivered,
  isEditable,
  metricsPointOf,
  PledgeAction,
  REVIEW_ACTIONS,
  type ResponseTarget,
  SubmissionStatus,
  PledgeState,
  checkpointFigures,
  checkpointInconsistencies,
  comparePeriods,
  dateOf,
  lapseReason,
  meetsThreshold,
  periodTopIssues,
  responsivenessOf,
  type TicketFigures,
  missingFields,
  periodBounds,
  periodOf,
} from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { type KeysetOrder, keysetPage } from '../../db/keyset.ts';
import { type Waiting, waiting } from '../../db/sql.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { AppError, invalid, notFound } from '../../plugins/errors.ts';
import { assertVendorAccess, type Principal } from '../../plugins/auth.ts';
import { parseIfMatch } from '../../plugins/preconditions.ts';
import { type Actor, recordAudit, SYSTEM_ACTOR } from '../audit/index.ts';
import { applyTransition, heldTargets, lockPledge, Pledge, queueCredentialIssue, refreshStanding, standings } from '../pledges/index.ts';
import { Vendor } from '../vendors/index.ts';
import { Checkpoint } from './checkpoint.entity.ts';
import { replaceProgramPoint } from './program-figures.service.ts';
import { recordReview, recordSubmission, threadOf } from './revisions.ts';

/**
 * Checkpoint submissions (SPEC §4–§5): drafts, submission, the admin's review. Every write locks
 * the vendor's pledge row first — the hourly scan does the same — so a submission and a lapse can
 * never cross, and a submission that settles what was owed restores a lapsed pledge in the same
 * transaction.
 */

async function responseTarget(manager: EntityManager, vendorId: string, now: Date): Promise<ResponseTarget> {
  return (await heldTargets(manager, [vendorId], now))(vendorId);
}

/** Top issues of every period but `period`, as the recurrence rule reads them. */
function historyOf(checkpoints: readonly Checkpoint[], period: string): PeriodTopIssues[] {
  return checkpoints.filter((c) => c.period !== period).map((c) => periodTopIssues(c.period, c.data));
}

/** The period must lie between the pledge's first period and the one running now. */
function assertReportable(pledge: Pledge, period: string, now: Date): void {
  if (!pledge.activeSince) throw invalid([{ field: 'period', in: 'params', message: 'the pledge has never been active, so no period is reported yet' }]);
  const first = periodOf(pledge.activeSince);
  if (comparePeriods(period, first) < 0) throw invalid([{ field: 'period', in: 'params', message: `is before the pledge became active (its first period is ${first})` }]);
  if (comparePeriods(period, periodOf(now)) > 0) throw invalid([{ field: 'period', in: 'params', message: 'is in the future' }]);
}

interface Loaded {
  pledge: Pledge;
  checkpoints: Checkpoint[];
  current: Checkpoint | null;
}

async function load(manager: EntityManager, vendorId: string, period: string, lock: boolean): Promise<Loaded> {
  const pledge = lock ? await lockPledge(manager, vendorId) : await manager.getRepository(Pledge).findOneBy({ vendorId });
  if (!pledge) throw notFound('Vendor');
  const checkpoints = await manager.getRepository(Checkpoint).find({ where: { vendorId }, order: { period: 'DESC' } });
  return { pledge, checkpoints, current: checkpoints.find((c) => c.period === period) ?? null };
}

async function toDto(manager: EntityManager, vendorId: string, period: string, loaded: Loaded, now: Date): Promise<Submission> {
  const { current, checkpoints } = loaded;
  const data = current?.data ?? {};
  const ticketImport = current?.ticketImport ?? null;
  const target = await responseTarget(manager, vendorId, now);
  return {
    vendorId,
    period,
    status: current?.status ?? SubmissionStatus.Draft,
    data,
    ticketImport,
    figures: checkpointFigures(data, { period, ...target, ticketImport, history: historyOf(checkpoints, period) }),
    missing: missingFields(data, ticketImport),
    submittedAt: current?.submittedAt?.toISOString() ?? null,
    reviewedAt: current?.reviewedAt?.toISOString() ?? null,
    reviewNotes: current?.reviewNotes ?? null,
    previousIssues: checkpoints
      .filter((c) => comparePeriods(c.period, period) < 0)
      .flatMap((c) => (c.data.topIssues ?? []).map((i) => ({ id: i.id ?? '', title: i.title, period: c.period }))),
    thread: await threadOf(manager, current?.id),
    version: current?.version ?? 0,
  };
}

export async function getSubmission(ctx: AppContext, principal: Principal, vendorId: string, period: string): Promise<Submission> {
  assertVendorAccess(principal, vendorId);
  const loaded = await load(ctx.db.manager, vendorId, period, false);
  if (!loaded.current) assertReportable(loaded.pledge, period, ctx.clock());
  return toDto(ctx.db.manager, vendorId, period, loaded, ctx.clock());
}

const notEditable = (period: string, status: SubmissionStatus) => `The data for ${period} was ${status} and can no longer be edited`;
const notReviewable = (period: string, status: SubmissionStatus) => `Only submitted data can be reviewed; the data for ${period} is ${status}`;
const REFUSALS: Record<CheckpointAction, typeof notEditable> = { submit: notEditable, accept: notReviewable, return: notReviewable };

function assertEditable(current: Checkpoint | null, period: string): void {
  if (current && !isEditable(current.status)) throw new AppError(ErrorCode.InvalidState, notEditable(period, current.status));
}

/** The status `action` moves the data to (a period without data is a draft), or 409 when the table forbids it. */
function nextStatus(current: Checkpoint | null, action: CheckpointAction, period: string): SubmissionStatus {
  const from = current?.status ?? SubmissionStatus.Draft;
  const to = checkpointMachine.next(from, action);
  if (to === null) throw new AppError(ErrorCode.InvalidState, REFUSALS[action](period, from));
  return to;
}

/** Gives new issues an id and checks links point at an earlier period's issue. */
function withIssueIds(data: CheckpointData, loaded: Loaded, period: string): CheckpointData {
  const earlier = new Set(loaded.checkpoints.filter((c) => comparePeriods(c.period, period) < 0).flatMap((c) => (c.data.topIssues ?? []).map((i) => i.id)));
  const errors: FieldError[] = [];
  const topIssues = data.topIssues?.map((issue, i) => {
    if (issue.linkedIssueId && !earlier.has(issue.linkedIssueId)) errors.push({ field: `topIssues.${i}.linkedIssueId`, in: 'body', message: 'is not an issue of an earlier period' });
    return { ...issue, id: issue.id ?? randomUUID() };
  });
  if (errors.length > 0) throw invalid(errors);
  return topIssues ? { ...data, topIssues } : data;
}

/** Replaces the draft (creating it on the first save). */
export async function saveDraft(ctx: AppContext, principal: Principal, vendorId: string, period: string, ifMatch: string | undefined, body: CheckpointData, actor: Actor): Promise<Submission> {
  assertVendorAccess(principal, vendorId);
  const inconsistent = checkpointInconsistencies(body);
  if (inconsistent.length > 0) throw invalid(inconsistent.map((e) => ({ ...e, in: 'body' as const })));
  return ctx.db.transaction(async (manager) => {
    const now = ctx.clock();
    const loaded = await load(manager, vendorId, period, true);
    assertReportable(loaded.pledge, period, now);
    assertEditable(loaded.current, period);
    const expected = parseIfMatch(ifMatch);
    if (loaded.current && expected === null) throw new AppError(ErrorCode.PreconditionRequired, 'Send If-Match with the ETag of the draft you read');
    if (expected !== null && expected !== (loaded.current?.version ?? 0)) throw new AppError(ErrorCode.PreconditionFailed, 'The draft changed since you read it');
    const data = withIssueIds(body, loaded, period);
    const saved = await writeCheckpoint(manager, loaded, vendorId, period, { data }, now);
    await recordAudit(manager, actor, { action: 'checkpoint.draft_saved', entityType: 'checkpoint', entityId: saved.id, vendorId, from: saved.status, to: saved.status, reason: period }, now);
    return toDto(manager, vendorId, period, await load(manager, vendorId, period, false), now);
  });
}

/**
 * Every checkpoint write. Delivered data (submitted or accepted) carries its trend point, computed
 * now with the held target and the vendor's history, and the program's totals change by the
 * difference in the same transaction.
 */
async function writeCheckpoint(manager: EntityManager, loaded: Loaded, vendorId: string, period: string, changes: Partial<Checkpoint>, now: Date): Promise<Checkpoint> {
  const { current } = loaded;
  const status = changes.status ?? current?.status ?? SubmissionStatus.Draft;
  const figures = isDelivered(status)
    ? metricsPointOf(
        { period, status, data: changes.data ?? current?.data ?? {}, ticketImport: changes.ticketImport !== undefined ? changes.ticketImport : (current?.ticketImport ?? null) },
        await responseTarget(manager, vendorId, now),
        historyOf(loaded.checkpoints, period),
      )
    : null;
  await replaceProgramPoint(manager, period, current?.figures ?? null, figures);
  const repo = manager.getRepository(Checkpoint);
  const saved = current
    ? await updateVersioned(manager, Checkpoint, current, { ...changes, figures })
    : await repo.save(repo.create({ vendorId, period, status: SubmissionStatus.Draft, data: {}, ticketImport: null, version: 1, ...changes, figures }));
  // Delivered or returned data changes the period the vendor owes next.
  if (isDelivered(status) !== isDelivered(current?.status)) await refreshStanding(manager, vendorId);
  return saved;
}

/** Before reading a ticket export: the vendor's calendar and target, and whether the period takes data. */
export async function importContext(ctx: AppContext, principal: Principal, vendorId: string, period: string) {
  assertVendorAccess(principal, vendorId);
  const now = ctx.clock();
  const loaded = await load(ctx.db.manager, vendorId, period, false);
  assertReportable(loaded.pledge, period, now);
  assertEditable(loaded.current, period);
  const vendor = await ctx.db.getRepository(Vendor).findOneByOrFail({ id: vendorId });
  return { calendar: vendor.calendar, ...(await responseTarget(ctx.db.manager, vendorId, now)), now };
}

/** Keeps an import's figures on the draft and makes them its responsiveness. */
export async function saveTicketImport(ctx: AppContext, vendorId: string, period: string, ticketImport: TicketImport, actor: Actor): Promise<void> {
  await ctx.db.transaction(async (manager) => {
    const loaded = await load(manager, vendorId, period, true);
    assertEditable(loaded.current, period);
    const data: CheckpointData = { ...(loaded.current?.data ?? {}), responsiveness: { source: 'tickets' } };
    const saved = await writeCheckpoint(manager, loaded, vendorId, period, { data, ticketImport }, ctx.clock());
    const reason = `${period}: ${ticketImport.overall.tickets} tickets from a ${ticketImport.format} export, ${ticketImport.errorCount} rows not used`;
    await recordAudit(manager, actor, { action: 'checkpoint.tickets_imported', entityType: 'checkpoint', entityId: saved.id, vendorId, from: saved.status, to: saved.status, reason }, ctx.clock());
  });
}

export async function submitCheckpoint(ctx: AppContext, principal: Principal, vendorId: string, period: string, actor: Actor): Promise<Submission> {
  assertVendorAccess(principal, vendorId);
  return ctx.db.transaction(async (manager) => {
    const now = ctx.clock();
    const loaded = await load(manager, vendorId, period, true);
    assertReportable(loaded.pledge, period, now);
    const to = nextStatus(loaded.current, CheckpointAction.Submit, period);
    const { current } = loaded;
    const missing = missingFields(current?.data ?? {}, current?.ticketImport ?? null);
    if (!current || missing.length > 0) throw invalid((missing.length > 0 ? missing : ['volume']).map((field) => ({ field, in: 'body', message: 'is needed before submitting' })), 'The draft is incomplete');
    const inconsistent = checkpointInconsistencies(current.data);
    if (inconsistent.length > 0) throw invalid(inconsistent.map((e) => ({ ...e, in: 'body' as const })));
    const end = periodBounds(period).end;
    if (dateOf(now) <= end) throw invalid([{ field: 'period', in: 'params', message: `runs until ${end}; submit its data after it ends` }]);

    const saved = await writeCheckpoint(manager, loaded, vendorId, period, { status: to, submittedAt: now, returnedAt: null }, now);
    await recordSubmission(manager, saved.id, current.data, now);
    await recordAudit(manager, actor, { action: `checkpoint.${to}`, entityType: 'checkpoint', entityId: saved.id, vendorId, from: current.status, to, reason: period }, now);
    await ctx.events.record(manager, { type: EventType.CheckpointSubmitted, vendorId, data: { period, resubmitted: current.status === SubmissionStatus.Returned } }, actor);
    await restoreIfSettled(ctx, manager, loaded.pledge, vendorId, now);
    return toDto(manager, vendorId, period, await load(manager, vendorId, period, false), now);
  });
}

/** A lapsed pledge whose data is all in again is active again (SPEC §4). */
async function restoreIfSettled(ctx: AppContext, manager: EntityManager, pledge: Pledge, vendorId: string, now: Date): Promise<void> {
  if (pledge.state !== PledgeState.Lapsed || !pledge.activeSince) return;
  if (lapseReason(await standings(manager, vendorId, pledge.activeSince, now), dateOf(now)) !== null) return;
  await applyTransition(ctx, manager, pledge, PledgeAction.Restore, SYSTEM_ACTOR, 'The checkpoint data owed was submitted');
}

export async function reviewCheckpoint(ctx: AppContext, vendorId: string, period: string, body: ReviewBody, actor: Actor): Promise<Submission> {
  const notes = body.notes?.trim() || null;
  if (body.decision === SubmissionStatus.Returned && !notes) throw invalid([{ field: 'notes', in: 'body', message: 'say what the vendor must fix when returning the data' }]);
  return ctx.db.transaction(async (manager) => {
    const now = ctx.clock();
    const loaded = await load(manager, vendorId, period, true);
    const { current } = loaded;
    if (!current) throw notFound('Checkpoint submission');
    const to = nextStatus(current, REVIEW_ACTIONS[body.decision], period);
    const returned = to === SubmissionStatus.Returned;
    await writeCheckpoint(manager, loaded, vendorId, period, { status: to, reviewedAt: now, reviewNotes: notes, returnedAt: returned ? now : null }, now);
    await recordReview(manager, current.id, body.decision, notes, now);
    await recordAudit(manager, actor, { action: `checkpoint.${to}`, entityType: 'checkpoint', entityId: current.id, vendorId, from: current.status, to, reason: notes }, now);
    // An accepted period is a new "last period checked": the member's credential should say so.
    if (!returned) await queueCredentialIssue(ctx, manager, vendorId);
    await ctx.events.record(
      manager,
      returned ? { type: EventType.CheckpointReturned, vendorId, data: { period, notes: notes ?? '' } } : { type: EventType.CheckpointAccepted, vendorId, data: { period, notes } },
      actor,
    );
    return toDto(manager, vendorId, period, await load(manager, vendorId, period, false), now);
  });
}

/** Oldest submission first; drafts (never submitted) last. Index checkpoint_queue_idx. */
const OLDEST_FIRST: KeysetOrder = { name: 'oldest', keys: [`coalesce(c.submitted_at, 'infinity')`, 'c.id'] };

/** The admin's queue: submissions by status (default: waiting for review), oldest first. */
export async function listSubmissions(ctx: AppContext, query: SubmissionQueueQuery): Promise<SubmissionQueue> {
  const status = query.status ?? SubmissionStatus.Submitted;
  const matching = ctx.db.getRepository(Checkpoint).createQueryBuilder('c').where('c.status = :status', { status });
  if (query.period) matching.andWhere('c.period = :period', { period: query.period });
  const qb = matching
    .clone()
    .innerJoin(Vendor, 'v', 'v.id = c.vendorId')
    .select(['c.vendorId AS "vendorId"', 'v.name AS "vendorName"', 'v.slug AS "vendorSlug"', 'c.period AS period', 'c.status AS status', 'c.submittedAt AS "submittedAt"', 'c.reviewedAt AS "reviewedAt"'])
    // The import's overall figures only: its row errors can be large and are not needed here.
    .addSelect('c.data', 'data')
    .addSelect(`c.ticket_import -> 'overall'`, 'imported');
  const { rows, ...page } = await keysetPage<QueueRow>(qb, OLDEST_FIRST, query, { countFrom: matching });
  const targetOf = await heldTargets(ctx.db.manager, [...new Set(rows.map((r) => r.vendorId))], ctx.clock());
  return {
    items: rows.map((r) => {
      const share = responsivenessOf(r.data, r.imported).shareWithinTarget;
      return {
        vendorId: r.vendorId,
        vendorName: r.vendorName,
        vendorSlug: r.vendorSlug,
        period: r.period,
        status: r.status,
        submittedAt: r.submittedAt ? new Date(r.submittedAt).toISOString() : null,
        reviewedAt: r.reviewedAt ? new Date(r.reviewedAt).toISOString() : null,
        promise3Met: share === null ? null : meetsThreshold(share, targetOf(r.vendorId).threshold),
      };
    }),
    ...page,
  };
}

interface QueueRow {
  vendorId: string;
  vendorName: string;
  vendorSlug: string;
  period: string;
  status: Submission['status'];
  submittedAt: Date | null;
  reviewedAt: Date | null;
  data: CheckpointData;
  imported: TicketFigures | null;
}

/** Submissions waiting for the admin's review (the inbox). */
export const submissionsToReview = (manager: EntityManager): Promise<Waiting> => waiting(manager, 'checkpoint', 'submitted_at', 'status = $1', [SubmissionStatus.Submitted]);

/** The vendor's periods returned for changes, with the admin's note (the vendor's to-dos). */
export async function returnedPeriods(manager: EntityManager, vendorId: string): Promise<{ period: string; notes: string | null; returnedAt: string }[]> {
  const rows = await manager.getRepository(Checkpoint).find({ select: { period: true, reviewNotes: true, returnedAt: true }, where: { vendorId, status: SubmissionStatus.Returned }, order: { period: 'ASC' } });
  // Every return sets returned_at; a row without one has nothing to say about when.
  return rows.flatMap((r) => (r.returnedAt ? [{ period: r.period, notes: r.reviewNotes, returnedAt: r.returnedAt.toISOString() }] : []));
}
