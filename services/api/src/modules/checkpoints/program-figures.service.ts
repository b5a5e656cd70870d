import { type EntityManager, In } from 'typeorm';
import { type MetricsPoint, type PeriodTotals, type ProgramMetrics, DELIVERED_STATUSES, isDelivered, isZeroDelta, metricsPointOf, PERIOD_TOTALS, periodTopIssues, periodTotalsOf, plusTotals, programPeriodOf, totalsDelta } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { heldTargets } from '../pledges/index.ts';
import { Checkpoint } from './checkpoint.entity.ts';
import { ProgramPeriodRow } from './program-period.entity.ts';

/**
 * The program page's figures (`program-figures` in @cep/shared): running totals per period, changed
 * by each checkpoint write in its own transaction, and rebuilt from every checkpoint by a one-off
 * job after the migration that introduced them (or by the seeds, which write history directly).
 */

export const REBUILD_PROGRAM_FIGURES_JOB = 'program-figures.rebuild';

const COLUMN: Record<keyof PeriodTotals, string> = {
  delivered: 'delivered',
  accepted: 'accepted',
  promise3Judged: 'promise3_judged',
  promise3Met: 'promise3_met',
  shareSum: 'share_sum',
  shareCount: 'share_count',
  contactsPerClientSum: 'contacts_per_client_sum',
  contactsPerClientCount: 'contacts_per_client_count',
  npsSum: 'nps_sum',
  npsCount: 'nps_count',
  recurringSum: 'recurring_sum',
  chronicSum: 'chronic_sum',
};
const COLUMNS = PERIOD_TOTALS.map((k) => COLUMN[k]);

/** Adds `totals` to the period's row (creating it), as one statement: concurrent writers add up. */
async function addTotals(manager: EntityManager, period: string, totals: PeriodTotals): Promise<void> {
  await manager.query(
    `INSERT INTO program_period (period, ${COLUMNS.join(', ')})
     VALUES ($1, ${COLUMNS.map((_, i) => `$${i + 2}`).join(', ')})
     ON CONFLICT (period) DO UPDATE SET ${COLUMNS.map((c) => `${c} = program_period.${c} + EXCLUDED.${c}`).join(', ')}`,
    [period, ...PERIOD_TOTALS.map((k) => totals[k])],
  );
}

/** A checkpoint's trend point changed from `before` to `after`: its period's totals follow. */
export async function replaceProgramPoint(manager: EntityManager, period: string, before: MetricsPoint | null, after: MetricsPoint | null): Promise<void> {
  const delta = totalsDelta(before, after);
  if (!isZeroDelta(delta)) await addTotals(manager, period, delta);
}

// Map.groupBy arrives with Node 21; the registry supports Node 20.
function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export async function programMetrics(ctx: AppContext): Promise<ProgramMetrics> {
  const rows = await ctx.db.getRepository(ProgramPeriodRow).find({ order: { period: 'ASC' } });
  return { periods: rows.filter((r) => r.delivered > 0).map(({ period, ...totals }) => programPeriodOf(period, totals)) };
}

/** Vendors whose checkpoints one step of a rebuild reads and computes (a few seconds of work at most). */
const REBUILD_BATCH = 500;

/**
 * Computes every delivered checkpoint's point afresh (today's held targets, each vendor's own
 * history) and replaces all totals, in one transaction. Costs a walk of the whole history: for the
 * migration's one-off job, the seeds, and an operator who wants the sums exact again. It works a
 * batch of vendors at a time, so memory stays bounded and the transaction is never idle for long
 * (PostgreSQL ends a transaction idle past its limit).
 */
export async function rebuildProgramFigures(manager: EntityManager, now: Date): Promise<void> {
  const targetOf = await heldTargets(manager, 'all', now);
  const vendorIds = ((await manager.query(`SELECT DISTINCT vendor_id FROM checkpoint ORDER BY vendor_id`)) as { vendor_id: string }[]).map((r) => r.vendor_id);
  const totals = new Map<string, PeriodTotals>();
  await manager.query(`UPDATE checkpoint SET figures = NULL WHERE figures IS NOT NULL AND NOT (status = ANY($1))`, [DELIVERED_STATUSES]);
  for (let i = 0; i < vendorIds.length; i += REBUILD_BATCH) {
    const checkpoints = await manager.getRepository(Checkpoint).find({ where: { vendorId: In(vendorIds.slice(i, i + REBUILD_BATCH)) }, order: { vendorId: 'ASC', period: 'ASC' } });
    const points = new Map<string, MetricsPoint>();
    for (const [vendorId, rows] of groupBy(checkpoints, (c) => c.vendorId)) {
      const history = rows.map((r) => periodTopIssues(r.period, r.data));
      for (const c of rows) {
        if (isDelivered(c.status)) points.set(c.id, metricsPointOf({ period: c.period, status: c.status, data: c.data, ticketImport: c.ticketImport }, targetOf(vendorId), history));
      }
    }
    await manager.query(`UPDATE checkpoint c SET figures = p.figures FROM unnest($1::uuid[], $2::jsonb[]) AS p(id, figures) WHERE c.id = p.id`, [
      [...points.keys()],
      [...points.values()].map((point) => JSON.stringify(point)),
    ]);
    for (const point of points.values()) totals.set(point.period, plusTotals(totals.get(point.period) ?? periodTotalsOf(null), periodTotalsOf(point)));
  }
  await manager.query(`DELETE FROM program_period`);
  for (const [period, periodTotals] of totals) await addTotals(manager, period, periodTotals);
}

export function registerProgramFiguresJob(ctx: AppContext): void {
  ctx.jobs.register(REBUILD_PROGRAM_FIGURES_JOB, () => ctx.db.transaction((manager) => rebuildProgramFigures(manager, ctx.clock())));
}
