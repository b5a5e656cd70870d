import type { CheckpointData, MetricsPoint, ProgramPeriod, TicketImport } from '../schemas/checkpoints.ts';
import { checkpointFigures } from './checkpoint-figures.ts';
import type { DeliveredStatus } from './checkpoint-states.ts';
import type { PeriodTopIssues } from './recurrence.ts';
import type { ResponseTarget } from './response-target.ts';

/**
 * The program's figures per period (SPEC §5, the admin's program page). Each delivered checkpoint
 * adds its trend point to its period's totals; the API keeps those totals up to date by adding the
 * difference a write makes (`totalsDelta`), so reading the program never walks the history.
 */

export interface DeliveredCheckpoint {
  period: string;
  status: DeliveredStatus;
  data: CheckpointData;
  ticketImport: TicketImport | null;
}

/** One delivered period as a trend point: the figures its submission page shows, nothing recomputed differently. */
export function metricsPointOf(checkpoint: DeliveredCheckpoint, target: ResponseTarget, history: readonly PeriodTopIssues[]): MetricsPoint {
  const { period, status, data, ticketImport } = checkpoint;
  const f = checkpointFigures(data, { period, ...target, ticketImport, history });
  return {
    period,
    status,
    shareWithinTarget: f.responsiveness.shareWithinTarget,
    medianBusinessMinutes: f.responsiveness.medianBusinessMinutes,
    p90BusinessMinutes: f.responsiveness.p90BusinessMinutes,
    contactsPerClient: f.contactsPerClient,
    nps: f.nps?.score ?? null,
    npsLow: f.nps?.interval.low ?? null,
    npsHigh: f.nps?.interval.high ?? null,
    npsResponses: data.nps?.responses ?? null,
    recurringIssues: f.issues.filter((i) => i.recurring).length,
    chronicIssues: f.issues.filter((i) => i.chronic).length,
    promise3Met: f.promise3.met,
  };
}

/** What a period's totals hold: counts, and sums with how many values each sum has. */
export const PERIOD_TOTALS = [
  'delivered',
  'accepted',
  'promise3Judged',
  'promise3Met',
  'shareSum',
  'shareCount',
  'contactsPerClientSum',
  'contactsPerClientCount',
  'npsSum',
  'npsCount',
  'recurringSum',
  'chronicSum',
] as const;
export type PeriodTotals = Record<(typeof PERIOD_TOTALS)[number], number>;

const ZERO: PeriodTotals = Object.fromEntries(PERIOD_TOTALS.map((k) => [k, 0])) as PeriodTotals;

/** What one checkpoint adds to its period: nothing unless it is delivered. */
export function periodTotalsOf(point: MetricsPoint | null): PeriodTotals {
  if (!point) return { ...ZERO };
  const some = (x: number | null) => (x === null ? 0 : 1);
  return {
    delivered: 1,
    accepted: point.status === 'accepted' ? 1 : 0,
    promise3Judged: point.promise3Met === null ? 0 : 1,
    promise3Met: point.promise3Met === true ? 1 : 0,
    shareSum: point.shareWithinTarget ?? 0,
    shareCount: some(point.shareWithinTarget),
    contactsPerClientSum: point.contactsPerClient ?? 0,
    contactsPerClientCount: some(point.contactsPerClient),
    npsSum: point.nps ?? 0,
    npsCount: some(point.nps),
    recurringSum: point.recurringIssues,
    chronicSum: point.chronicIssues,
  };
}

/** What replacing `before` with `after` changes in the period's totals (all zero when nothing does). */
export function totalsDelta(before: MetricsPoint | null, after: MetricsPoint | null): PeriodTotals {
  const b = periodTotalsOf(before);
  const a = periodTotalsOf(after);
  return Object.fromEntries(PERIOD_TOTALS.map((k) => [k, a[k] - b[k]])) as PeriodTotals;
}

export function isZeroDelta(delta: PeriodTotals): boolean {
  return PERIOD_TOTALS.every((k) => delta[k] === 0);
}

/** Two sets of totals added together. */
export function plusTotals(a: PeriodTotals, b: PeriodTotals): PeriodTotals {
  return Object.fromEntries(PERIOD_TOTALS.map((k) => [k, a[k] + b[k]])) as PeriodTotals;
}

/** The totals added up over many points (a rebuild from scratch). */
export function sumTotals(points: Iterable<MetricsPoint>): PeriodTotals {
  let sum = { ...ZERO };
  for (const point of points) sum = plusTotals(sum, periodTotalsOf(point));
  return sum;
}

/** A period's row on the program page: counts as kept, sums turned into means. */
export function programPeriodOf(period: string, t: PeriodTotals): ProgramPeriod {
  const mean = (sum: number, n: number) => (n > 0 ? sum / n : null);
  return {
    period,
    delivered: t.delivered,
    accepted: t.accepted,
    promise3Judged: t.promise3Judged,
    promise3Met: t.promise3Met,
    shareWithinTarget: mean(t.shareSum, t.shareCount),
    contactsPerClient: mean(t.contactsPerClientSum, t.contactsPerClientCount),
    nps: mean(t.npsSum, t.npsCount),
    npsVendors: t.npsCount,
    recurringIssues: mean(t.recurringSum, t.delivered),
    chronicIssues: mean(t.chronicSum, t.delivered),
  };
}
