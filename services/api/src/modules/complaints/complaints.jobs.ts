import { type EntityManager, LessThanOrEqual } from 'typeorm';
import { addBusinessDays, ComplaintAction, complaintMachine, ComplaintState, DAY_MS, EventType } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/index.ts';
import { firstNotice } from '../pledges/index.ts';
import { Vendor } from '../vendors/index.ts';
import { Complaint } from './complaint.entity.ts';
import { OUTCOME_DAYS, lockComplaint, moveComplaint } from './complaints.service.ts';
import { evaluateWatch, lockVendorComplaints, vendorsToReevaluate } from './watchlist.service.ts';

/**
 * The time-driven rules of complaints, every 15 minutes and once across instances:
 * - unconfirmed complaints are deleted 7 days after filing (they never existed for anyone);
 * - a forwarded complaint reminds the vendor when 5 and when 8 of its 10 business days are over,
 *   and becomes `no_response` at its deadline;
 * - a response without the complainant's verdict for 30 days closes as `assumed_resolved`;
 * - the watch list is re-evaluated for vendors whose figures can change as time passes.
 * Each complaint is handled in its own transaction under its vendor's lock.
 */

export const COMPLAINTS_SCAN_JOB = 'complaints.scan';
const SCAN_INTERVAL_MS = 15 * 60_000;
const REMINDER_BUSINESS_DAYS = [5, 8] as const;

async function expireUnconfirmed(ctx: AppContext, now: Date): Promise<void> {
  await ctx.db.transaction(async (manager) => {
    const expired = (await manager.query(`WITH d AS (DELETE FROM complaint WHERE state = $2 AND confirm_expires_at <= $1 RETURNING id) SELECT id FROM d`, [now, ComplaintState.Unconfirmed])) as { id: string }[];
    for (const { id } of expired) {
      await recordAudit(manager, SYSTEM_ACTOR, { action: 'complaint.expired', entityType: 'complaint', entityId: id, from: ComplaintState.Unconfirmed, to: null, reason: 'Not confirmed within 7 days' }, now);
    }
  });
}

async function followForwarded(ctx: AppContext, manager: EntityManager, id: string, now: Date): Promise<void> {
  const current = await lockComplaint(manager, await manager.getRepository(Complaint).findOneByOrFail({ id }));
  if (!complaintMachine.can(current.state, ComplaintAction.MissDeadline) || !current.forwardedAt || !current.responseDueAt) return;
  const vendor = await manager.getRepository(Vendor).findOneByOrFail({ id: current.vendorId });
  if (now >= current.responseDueAt) {
    await moveComplaint(ctx, manager, current, ComplaintAction.MissDeadline, { actor: SYSTEM_ACTOR, at: now, note: 'No response by the deadline' });
    await evaluateWatch(ctx, manager, vendor.id);
    return;
  }
  // Only the latest reminder whose time has come: a late scan never sends both at once.
  const due = REMINDER_BUSINESS_DAYS.filter((days) => {
    const at = addBusinessDays(current.forwardedAt ?? now, days, vendor.calendar);
    return at !== null && now >= at;
  }).at(-1);
  if (due !== undefined && (await firstNotice(manager, vendor.id, `complaint:${id}:reminder:${due}`, now))) {
    const data = { complaintId: id, reference: current.reference, responseDueAt: current.responseDueAt.toISOString(), businessDaysUsed: due };
    await ctx.events.record(manager, { type: EventType.ComplaintResponseDueSoon, vendorId: vendor.id, data });
  }
}

async function closeSilent(ctx: AppContext, manager: EntityManager, id: string, now: Date): Promise<void> {
  const current = await lockComplaint(manager, await manager.getRepository(Complaint).findOneByOrFail({ id }));
  if (!complaintMachine.can(current.state, ComplaintAction.AssumeResolved)) return;
  await moveComplaint(ctx, manager, current, ComplaintAction.AssumeResolved, { actor: SYSTEM_ACTOR, at: now, note: `No answer from the complainant within ${OUTCOME_DAYS} days`, fields: { outcomeTokenHash: null, outcomeAt: now } });
}

export async function scanComplaints(ctx: AppContext): Promise<void> {
  const now = ctx.clock();
  const failures: string[] = [];
  const each = async (ids: string[], step: (manager: EntityManager, id: string) => Promise<void>) => {
    for (const id of ids) {
      try {
        await ctx.db.transaction((manager) => step(manager, id));
      } catch (error) {
        failures.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await expireUnconfirmed(ctx, now);
  const complaints = ctx.db.getRepository(Complaint);
  const forwarded = await complaints.find({ select: { id: true }, where: { state: ComplaintState.Forwarded }, order: { responseDueAt: 'ASC' } });
  await each(forwarded.map((r) => r.id), (manager, id) => followForwarded(ctx, manager, id, now));
  const silent = await complaints.find({ select: { id: true }, where: { state: ComplaintState.Responded, respondedAt: LessThanOrEqual(new Date(now.getTime() - OUTCOME_DAYS * DAY_MS)) } });
  await each(silent.map((r) => r.id), (manager, id) => closeSilent(ctx, manager, id, now));
  await each(await vendorsToReevaluate(ctx), async (manager, vendorId) => {
    await lockVendorComplaints(manager, vendorId);
    await evaluateWatch(ctx, manager, vendorId);
  });
  if (failures.length > 0) throw new Error(`complaint scan failed for ${failures.length} item(s): ${failures.join('; ')}`);
}

export function registerComplaintJobs(ctx: AppContext): void {
  ctx.jobs.every(COMPLAINTS_SCAN_JOB, SCAN_INTERVAL_MS, () => scanComplaints(ctx));
}
