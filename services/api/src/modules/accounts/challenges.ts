import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../plugins/errors.ts';
import { type ChallengePurpose, SignInChallenge } from './second-factor.entity.ts';
import { hashToken, newToken } from './tokens.ts';

/** A sign-in step waits this long for its answer. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
/** Wrong answers a step takes before it ends (and the password must be typed again). */
export const CHALLENGE_ATTEMPTS = 5;

/** Opens a step; the token goes to the client, only its SHA-256 is kept. */
export async function openChallenge(
  ctx: AppContext,
  manager: EntityManager,
  step: { userId: string | null; purpose: ChallengePurpose; webauthnChallenge?: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const now = ctx.clock();
  const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
  await manager.insert(SignInChallenge, { tokenHash: hashToken(token), userId: step.userId, purpose: step.purpose, webauthnChallenge: step.webauthnChallenge ?? null, expiresAt, createdAt: now });
  return { token, expiresAt };
}

/**
 * The open step of `purpose` the token names, locked for the caller's transaction; 401 when it is
 * unknown, spent, expired or out of attempts (nothing tells which).
 */
export async function takeChallenge(ctx: AppContext, manager: EntityManager, token: string, purpose: ChallengePurpose): Promise<SignInChallenge> {
  const challenge = await manager.getRepository(SignInChallenge).findOne({ where: { tokenHash: hashToken(token), purpose }, lock: { mode: 'pessimistic_write' } });
  if (!challenge || challenge.usedAt || challenge.expiresAt <= ctx.clock() || challenge.attempts >= CHALLENGE_ATTEMPTS) {
    throw new AppError(ErrorCode.InvalidSecondFactor, 'This sign-in step has ended (five minutes, five attempts); start again', [{ field: 'challenge', message: 'has ended' }]);
  }
  return challenge;
}

export async function spendChallenge(ctx: AppContext, manager: EntityManager, challenge: SignInChallenge): Promise<void> {
  await manager.update(SignInChallenge, { id: challenge.id }, { usedAt: ctx.clock() });
}

/** Counts a wrong answer; returns how many attempts are left. */
export async function countFailedAttempt(manager: EntityManager, challenge: SignInChallenge): Promise<number> {
  await manager.increment(SignInChallenge, { id: challenge.id }, 'attempts', 1);
  return Math.max(0, CHALLENGE_ATTEMPTS - challenge.attempts - 1);
}
