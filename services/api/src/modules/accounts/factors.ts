import { type EntityManager, IsNull } from 'typeorm';
import { ErrorCode, Role } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { AppError, invalid } from '../../plugins/errors.ts';
import type { Principal } from '../../plugins/auth.ts';
import { mailLinks, queueMail } from '../mail/index.ts';
import { type SecondFactorChange, secondFactorChangedMail } from './accounts.mails.ts';
import { verifyPassword } from './passwords.ts';
import { PasskeyRow, RecoveryCode, SignInChallenge } from './second-factor.entity.ts';
import { User } from './user.entity.ts';

/** What the authenticator app and the passkeys share: whose factors, their rules, the e-mail about a change. */

/** Whether signing in asks `user` for a second factor. */
export async function hasSecondFactor(manager: EntityManager, user: Pick<User, 'id' | 'totpEnabledAt'>): Promise<boolean> {
  return user.totpEnabledAt !== null || (await manager.getRepository(PasskeyRow).existsBy({ userId: user.id }));
}

/** The person behind a signed-in request, still on a team, locked when asked. */
export async function personOf(manager: EntityManager, principal: Principal, lock = false): Promise<User> {
  const user = await manager.getRepository(User).findOne({ where: { id: principal.userId, removedAt: IsNull() }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!user) throw new AppError(ErrorCode.Unauthenticated, 'This account no longer exists');
  return user;
}

export async function assertPassword(user: User, typed: string): Promise<void> {
  if (!user.passwordHash || !(await verifyPassword(typed, user.passwordHash))) throw invalid([{ field: 'currentPassword', message: 'is not your current password' }]);
}

/** E-mails the person about a change to their second factors. */
export async function tellSecondFactorChange(ctx: AppContext, manager: EntityManager, user: User, change: SecondFactorChange, stillOn: boolean, detail?: string): Promise<void> {
  await queueMail(ctx, manager, { to: user.email, ...secondFactorChangedMail(mailLinks(ctx.config.publicUrl), { change, at: ctx.clock(), stillOn, ...(detail ? { detail } : {}) }) });
}

/** An admin keeps at least one second factor; this refuses taking away the last. */
export function assertNotLastOfAdmin(user: User, factorsLeft: number): void {
  if (user.role === Role.Admin && factorsLeft === 0) {
    throw new AppError(ErrorCode.InvalidState, 'An admin account must keep a second factor: add a passkey or set up a new app first');
  }
}

/** After a passkey is removed: an account left without any factor loses its recovery codes; the person is told. */
export async function afterPasskeyRemoved(ctx: AppContext, manager: EntityManager, user: User, name: string): Promise<void> {
  const stillOn = await hasSecondFactor(manager, user);
  if (!stillOn) await manager.delete(RecoveryCode, { userId: user.id });
  await tellSecondFactorChange(ctx, manager, user, 'passkey_removed', stillOn, name);
}

/**
 * Takes every second factor away (app, passkeys, recovery codes, sign-in steps in progress): the way
 * back in for someone who lost them all — the operator's for the admin (`CEP_ADMIN_RESET_TWO_FACTOR`),
 * the admin's for a vendor's person. An admin is then sent to set one up again at the next sign-in.
 */
export async function clearSecondFactors(manager: EntityManager, userId: string): Promise<void> {
  await manager.update(User, { id: userId }, { totpSecret: null, totpEnabledAt: null, totpLastStep: null, totpPendingSecret: null });
  await manager.delete(PasskeyRow, { userId });
  await manager.delete(RecoveryCode, { userId });
  await manager.delete(SignInChallenge, { userId });
}
