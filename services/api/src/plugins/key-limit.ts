import type { RateCounter } from './rate-counter.ts';

const WINDOW_MS = 60_000;

export interface KeyLimit {
  /** `RateLimit-Policy` (draft-ietf-httpapi-ratelimit-headers): the quota and its window. */
  policy: string;
  /** `RateLimit`: what is left of it and when the window resets. */
  state: string;
  /** Seconds to wait when the quota is spent; null while it is not. */
  retryAfterSeconds: number | null;
}

/** Each API key's own quota: `limit` requests per minute, counted across every instance. */
export function createKeyLimiter(limit: number, counter: RateCounter): { hit(keyId: string): Promise<KeyLimit> } {
  const policy = `"api-key";q=${limit};w=${WINDOW_MS / 1000}`;
  return {
    async hit(keyId) {
      const { count, resetMs } = await counter.hit(`api-key:${keyId}`, WINDOW_MS);
      const reset = Math.max(1, Math.ceil(resetMs / 1000));
      return { policy, state: `"api-key";r=${Math.max(0, limit - count)};t=${reset}`, retryAfterSeconds: count > limit ? reset : null };
    },
  };
}
