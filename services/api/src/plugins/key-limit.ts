import type { Clock } from '../clock.ts';

const WINDOW_SECONDS = 60;

export interface KeyLimit {
  /** `RateLimit-Policy` (draft-ietf-httpapi-ratelimit-headers): the quota and its window. */
  policy: string;
  /** `RateLimit`: what is left of it and when the window resets. */
  state: string;
  /** Seconds to wait when the quota is spent; null while it is not. */
  retryAfterSeconds: number | null;
}

/**
 * Each API key's own quota: `limit` requests per minute (fixed windows), counted in this instance.
 * Keys are few and their windows short, so the counts are a map pruned as windows pass.
 */
export function createKeyLimiter(limit: number, clock: Clock): { hit(keyId: string): KeyLimit } {
  const counts = new Map<string, number>();
  let windowStart = 0;
  const policy = `"api-key";q=${limit};w=${WINDOW_SECONDS}`;
  return {
    hit(keyId) {
      const now = clock().getTime();
      const start = now - (now % (WINDOW_SECONDS * 1000));
      if (start !== windowStart) {
        counts.clear();
        windowStart = start;
      }
      const used = (counts.get(keyId) ?? 0) + 1;
      counts.set(keyId, used);
      const reset = Math.max(1, Math.ceil((start + WINDOW_SECONDS * 1000 - now) / 1000));
      return { policy, state: `"api-key";r=${Math.max(0, limit - used)};t=${reset}`, retryAfterSeconds: used > limit ? reset : null };
    },
  };
}
