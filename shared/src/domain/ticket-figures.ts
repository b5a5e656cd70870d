import type { TicketFigures } from '../schemas/checkpoints.ts';

/**
 * Responsiveness from tickets (SPEC §5): per ticket, the business minutes to first response, tallied
 * overall and by priority. A ticket counts as within target when its first response took at most
 * `targetMinutes` business minutes (exactly the target is within). An unanswered ticket is never
 * within target: the share is over every usable ticket, the median and 90th percentile over the
 * answered ones (nearest rank, as `percentile`).
 */
export interface TicketTally {
  /** false, counting nothing, for a priority beyond the `MAX_DISTINCT_PRIORITIES` already seen. */
  add(priority: string, businessMinutes: number | null): boolean;
  overall(): TicketFigures;
  byPriority(): (TicketFigures & { priority: string })[];
}

const NO_PRIORITY = '(none)';

/**
 * How many distinct priorities an export may name. Helpdesks have a handful (Zendesk four, Freshdesk
 * four); a column of free text would otherwise turn one checkpoint into thousands of rows.
 */
export const MAX_DISTINCT_PRIORITIES = 20;

interface Bucket {
  minutes: number[];
  unanswered: number;
  within: number;
}

/** Nearest-rank percentile of numbers already sorted ascending. */
function rank(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] ?? null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function figuresOf(bucket: Bucket): TicketFigures {
  const sorted = Float64Array.from(bucket.minutes).sort();
  const tickets = bucket.minutes.length + bucket.unanswered;
  const median = rank(sorted, 50);
  const p90 = rank(sorted, 90);
  return {
    tickets,
    answered: bucket.minutes.length,
    unanswered: bucket.unanswered,
    withinTarget: bucket.within,
    shareWithinTarget: tickets > 0 ? bucket.within / tickets : null,
    medianBusinessMinutes: median === null ? null : round2(median),
    p90BusinessMinutes: p90 === null ? null : round2(p90),
  };
}

export function ticketTally(targetMinutes: number): TicketTally {
  const all: Bucket = { minutes: [], unanswered: 0, within: 0 };
  const priorities = new Map<string, Bucket>();
  return {
    add(priority, businessMinutes) {
      const key = priority.trim().toLowerCase() || NO_PRIORITY;
      let bucket = priorities.get(key);
      if (!bucket) {
        if (priorities.size >= MAX_DISTINCT_PRIORITIES) return false;
        bucket = { minutes: [], unanswered: 0, within: 0 };
        priorities.set(key, bucket);
      }
      for (const b of [all, bucket]) {
        if (businessMinutes === null) b.unanswered += 1;
        else {
          b.minutes.push(businessMinutes);
          // Business minutes are fractional; a response at exactly the target is within it.
          if (businessMinutes <= targetMinutes) b.within += 1;
        }
      }
      return true;
    },
    overall: () => figuresOf(all),
    byPriority: () =>
      [...priorities]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([priority, bucket]) => ({ priority, ...figuresOf(bucket) })),
  };
}
