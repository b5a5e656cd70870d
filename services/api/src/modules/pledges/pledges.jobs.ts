import { type EntityManager, In } from 'typeorm';
import { addDays, DAY_MS, dateOf, dueDate, EventType, HOUR_MS, lapseDate, lapseReason, LIVE_STATES, periodBounds, PledgeAction, pledgePeriods, PledgeState, REMINDER_DAYS_BEFORE_DUE } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { currentAgreement, SCAN_JOB } from './agreements.service.ts';
import { PledgeSignature } from './pledge-signature.entity.ts';
import { Pledge } from './pledge.entity.ts';
import { applyTransition, deliveredPeriods, lockPledge, rebuildStandings, standings } from './pledges.service.ts';

export const RESIGN_GRACE_DAYS = 60;

/**
 * Records that a notice went out; false when it already had. In the caller's transaction, so the
 * notice and its e-mail commit together: however often (or on how many instances) the scan runs,
 * each reminder is sent once.
 */
export async function firstNotice(manager: EntityManager, vendorId: string, key: string, at: Date): Promise<boolean> {
  const rows = (await manager.query(`INSERT INTO notice (vendor_id, key, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`, [vendorId, key, at])) as unknown[];
  return rows.length > 0;
}

/**
 * One pledge's time-driven rules at `now`, under its row lock:
 * - a newer agreement version: warn once, then after 60 days send the pledge back for signature;
 * - each ended period without delivered data: remind 14 and 3 days before its due date, and lapse
 *   the pledge on the day after the due date.
 */
async function scanPledge(ctx: AppContext, manager: EntityManager, vendorId: string): Promise<void> {
  const now = ctx.clock();
  const today = dateOf(now);
  let pledge = await lockPledge(manager, vendorId);
  if (!LIVE_STATES.includes(pledge.state)) return;
  const agreement = await currentAgreement(manager, now);

  const signature = pledge.signatureId ? await manager.getRepository(PledgeSignature).findOneBy({ id: pledge.signatureId }) : null;
  if (signature && signature.agreementVersion < agreement.version && pledge.state !== PledgeState.PendingSignature) {
    const resignBy = pledge.resignBy ?? new Date(agreement.effectiveAt.getTime() + RESIGN_GRACE_DAYS * DAY_MS);
    if (!pledge.resignBy) pledge = await updateVersioned(manager, Pledge, pledge, { resignBy });
    if (await firstNotice(manager, vendorId, `agreement-v${agreement.version}`, now)) {
      const data = { agreementVersion: agreement.version, signedVersion: signature.agreementVersion, signBy: dateOf(resignBy) };
      await ctx.events.record(manager, { type: EventType.SignatureDue, vendorId, data });
    }
    if (now >= resignBy && (pledge.state === PledgeState.Active || pledge.state === PledgeState.Lapsed)) {
      const reason = `Agreement version ${agreement.version} was not signed by ${dateOf(resignBy)}`;
      pledge = await applyTransition(ctx, manager, await lockPledge(manager, vendorId), PledgeAction.RequireSignature, SYSTEM_ACTOR, reason);
    }
  }

  if (!pledge.activeSince || (pledge.state !== PledgeState.Active && pledge.state !== PledgeState.Lapsed)) return;
  const delivered = await deliveredPeriods(manager, vendorId);
  for (const period of pledgePeriods(pledge.activeSince, now)) {
    if (delivered.has(period) || today <= periodBounds(period).end) continue;
    const due = dueDate(period);
    // Only the latest reminder whose day has come: a scan that runs late never sends both at once.
    const reminder = REMINDER_DAYS_BEFORE_DUE.filter((days) => today >= addDays(due, -days) && today <= due).at(-1);
    if (reminder !== undefined && (await firstNotice(manager, vendorId, `reminder:${period}:${reminder}d`, now))) {
      await ctx.events.record(manager, { type: EventType.CheckpointDueSoon, vendorId, data: { period, dueDate: due, lapsesOn: lapseDate(period), daysLeft: reminder } });
    }
  }
  // Data still owed after its due date, or returned and left more than 14 days, lapses the pledge.
  const reason = pledge.state === PledgeState.Active ? lapseReason(await standings(manager, vendorId, pledge.activeSince, now), today) : null;
  if (reason) {
    await applyTransition(ctx, manager, pledge, PledgeAction.Lapse, SYSTEM_ACTOR, reason);
  }
}

/** Runs the rules for every live pledge, each in its own transaction so one failure stops no other. */
export async function scanPledges(ctx: AppContext): Promise<void> {
  const rows = await ctx.db.getRepository(Pledge).find({ select: { vendorId: true }, where: { state: In([...LIVE_STATES]) }, order: { vendorId: 'ASC' } });
  const failures: string[] = [];
  for (const { vendorId } of rows) {
    try {
      await ctx.db.transaction((manager) => scanPledge(ctx, manager, vendorId));
    } catch (error) {
      failures.push(`${vendorId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length > 0) throw new Error(`pledge scan failed for ${failures.length} vendor(s): ${failures.join('; ')}`);
}

/** Queued once by the migration that added the standing to the vendor row, to fill it for existing vendors. */
export const REBUILD_STANDINGS_JOB = 'pledges.standings.rebuild';

/** Hourly, once across instances; also run at once when a new agreement version takes effect. */
export function registerPledgeJobs(ctx: AppContext): void {
  ctx.jobs.every(SCAN_JOB, HOUR_MS, () => scanPledges(ctx));
  ctx.jobs.register(REBUILD_STANDINGS_JOB, () => ctx.db.transaction((manager) => rebuildStandings(manager)));
}
