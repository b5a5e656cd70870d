/**
 * When a failed webhook delivery is tried again: quickly at first (a receiver restarting), then
 * further apart, for about three days in all. Each wait is spread by ±20 % so that the retries of
 * many deliveries that failed together (a receiver's outage) do not all arrive at the same moment.
 */
export const RETRY_DELAYS_SECONDS = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 14 * 3600, 20 * 3600, 20 * 3600] as const;

/** How many times a delivery is attempted in all: the first try and one per retry delay. */
export const MAX_DELIVERY_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;

/** An endpoint that has failed every delivery for this long is disabled and its owner told. */
export const DISABLE_AFTER_FAILING_MS = 5 * 24 * 3600 * 1000;

/**
 * The wait before attempt `attempt + 1` after attempt `attempt` (1-based) failed, in milliseconds,
 * or null when it was the last. `random` is a number in [0, 1) (Math.random in production).
 */
export function retryDelayMs(attempt: number, random: number): number | null {
  const base = RETRY_DELAYS_SECONDS[attempt - 1];
  if (base === undefined) return null;
  const jitter = 1 + (random * 2 - 1) * 0.2;
  return Math.round(base * 1000 * jitter);
}
