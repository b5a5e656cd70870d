import { ErrorCode } from '@cep/shared';
import { AppError } from '../../plugins/errors.ts';
import type { RateCounter } from '../../plugins/rate-counter.ts';
import { sha256 } from './tokens.ts';

export const FAILED_SIGN_IN_WINDOW_MS = 15 * 60_000;

/** Failed sign-ins per address, besides the per-client limit on the route. */
export interface SignInGuard {
  /** Throws 429 once the address has had `limit` failures in the current 15-minute window. */
  assertOpen(email: string): Promise<void>;
  recordFailure(email: string): Promise<void>;
}

/**
 * Guessing one account's password from many clients is slowed per address, counted where every
 * instance sees it. The address typed is counted whether or not it has an account, and the count
 * is checked before the password, so the answer tells nothing about either. The bucket holds the
 * address's SHA-256, not the address.
 */
export function createSignInGuard(counter: RateCounter, limit: number): SignInGuard {
  const bucket = (email: string) => `sign-in-failures:${sha256(email)}`;
  return {
    async assertOpen(email) {
      const { count, resetMs } = await counter.peek(bucket(email), FAILED_SIGN_IN_WINDOW_MS);
      if (count < limit) return;
      const seconds = Math.max(1, Math.ceil(resetMs / 1000));
      const minutes = Math.ceil(seconds / 60);
      throw new AppError(
        ErrorCode.RateLimited,
        `Too many failed sign-ins for this address. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or reset the password.`,
        undefined,
        { 'retry-after': String(seconds) },
      );
    },
    async recordFailure(email) {
      await counter.hit(bucket(email), FAILED_SIGN_IN_WINDOW_MS);
    },
  };
}
