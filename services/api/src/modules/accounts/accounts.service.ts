import { randomUUID } from 'node:crypto';
import { type EntityManager, IsNull, MoreThan } from 'typeorm';
import { DAY_MS, ErrorCode, type InvitationSummary, type Me, type PasskeySignInBody, Role, type SecondFactorBody, type SecondFactorChallenge } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { AppError, notFound } from '../../plugins/errors.ts';
import type { PersonFinder, Principal } from '../../plugins/auth.ts';
import { type Actor, recordAudit } from '../audit/index.ts';
import { mailLinks, queueMail } from '../mail/index.ts';
import { Vendor } from '../vendors/index.ts';
import { invitationMail } from './accounts.mails.ts';
import { countFailedAttempt, spendChallenge, takeChallenge } from './challenges.ts';
import { hasSecondFactor } from './factors.ts';
import { Invitation } from './invitation.entity.ts';
import { decoyHash, hashPassword, verifyPassword } from './passwords.ts';
import { verifyPasskey } from './passkeys.service.ts';
import { RefreshToken } from './refresh-token.entity.ts';
import { ChallengePurpose } from './second-factor.entity.ts';
import type { SignInGuard } from './sign-in-guard.ts';
import { hashToken, newToken } from './tokens.ts';
import { checkTypedCode, openSecondFactorStep } from './two-factor.service.ts';
import { User } from './user.entity.ts';

export const INVITATION_TTL_DAYS = 7;

export function toPrincipal(user: User): Principal {
  return { userId: user.id, email: user.email, role: user.role, vendorId: user.vendorId, apiKey: null };
}

/** `secondFactor`: whether the account has one (an admin without one must set one up first). */
export function toMe(user: User, secondFactor: boolean): Me {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    vendorId: user.vendorId,
    twoFactor: { enabled: secondFactor, enrolmentRequired: user.role === Role.Admin && !secondFactor },
  };
}

export interface SignedIn {
  user: User;
  refreshToken: string;
  secondFactor: boolean;
}

/** A sign-in either completes, or (the account has a second factor) waits for it. */
export type SignInOutcome = { kind: 'signed_in'; session: SignedIn } | { kind: 'second_factor'; step: SecondFactorChallenge };

async function issueRefreshToken(ctx: AppContext, manager: EntityManager, userId: string, familyId: string, client: SignInClient): Promise<string> {
  const token = newToken();
  await manager.insert(RefreshToken, {
    userId,
    familyId,
    ip: client.ip,
    // Bounded: the header is the client's to make as long as it likes.
    userAgent: client.userAgent?.slice(0, 300) ?? null,
    tokenHash: hashToken(token),
    expiresAt: new Date(ctx.clock().getTime() + ctx.config.refreshTtlDays * DAY_MS),
    createdAt: ctx.clock(),
  });
  return token;
}

/** Where a sign-in comes from, as the sessions list shows it. */
export interface SignInClient {
  ip: string;
  userAgent: string | null;
}

/**
 * Checks e-mail and password. An unknown e-mail, an account without a password yet, a removed
 * member and a wrong password all cost one scrypt and give the same answer, so the response tells
 * a guesser nothing; failures are counted per address (`guard`) as well as per client. An account
 * with a second factor gets a step to finish with it instead of a session.
 */
export async function login(ctx: AppContext, guard: SignInGuard, credentials: { email: string; password: string }, client: SignInClient): Promise<SignInOutcome> {
  const email = credentials.email.trim().toLowerCase();
  await guard.assertOpen(email);
  const user = await ctx.db.getRepository(User).findOneBy({ email, removedAt: IsNull() });
  const ok = await verifyPassword(credentials.password, user?.passwordHash ?? (await decoyHash()));
  if (!user?.passwordHash || !ok) {
    await guard.recordFailure(email);
    throw new AppError(ErrorCode.InvalidCredentials);
  }
  if (await hasSecondFactor(ctx.db.manager, user)) return { kind: 'second_factor', step: await openSecondFactorStep(ctx, ctx.db.manager, user) };
  const refreshToken = await issueRefreshToken(ctx, ctx.db.manager, user.id, randomUUID(), client);
  return { kind: 'signed_in', session: { user, refreshToken, secondFactor: false } };
}

/**
 * The second step: a code from the app, a recovery code or a passkey, within five minutes and five
 * attempts of the password. Wrong answers also count against the address (`guard`), as wrong
 * passwords do.
 */
export async function completeSecondFactor(ctx: AppContext, guard: SignInGuard, body: SecondFactorBody, client: SignInClient): Promise<SignedIn> {
  const outcome = await ctx.db.transaction(async (manager) => {
    const challenge = await takeChallenge(ctx, manager, body.challenge, ChallengePurpose.SecondFactor);
    const user = await manager.getRepository(User).findOne({ where: { id: challenge.userId ?? '', removedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
    if (!user) return { kind: 'refused' as const, left: 0, email: null };
    await guard.assertOpen(user.email);
    const ok =
      'code' in body
        ? await checkTypedCode(ctx, manager, user, body.code)
        : challenge.webauthnChallenge !== null && (await verifyPasskey(ctx, manager, body.passkey, { webauthnChallenge: challenge.webauthnChallenge, userId: user.id, requireUserVerification: false })) !== null;
    if (!ok) return { kind: 'refused' as const, left: await countFailedAttempt(manager, challenge), email: user.email };
    await spendChallenge(ctx, manager, challenge);
    const refreshToken = await issueRefreshToken(ctx, manager, user.id, randomUUID(), client);
    return { kind: 'ok' as const, session: { user, refreshToken, secondFactor: true } };
  });
  if (outcome.kind === 'ok') return outcome.session;
  if (outcome.email) await guard.recordFailure(outcome.email);
  const field = 'code' in body ? 'code' : 'passkey';
  const left = outcome.left > 0 ? `was not accepted; ${outcome.left} ${outcome.left === 1 ? 'try' : 'tries'} left` : 'was not accepted, and that was the last try: sign in again';
  throw new AppError(ErrorCode.InvalidSecondFactor, `That ${field} ${left}`, [{ field, message: left }]);
}

/** Signs in with a passkey alone (it proves possession and, with its PIN or fingerprint, the person). */
export async function signInWithPasskey(ctx: AppContext, body: PasskeySignInBody, client: SignInClient): Promise<SignedIn> {
  const session = await ctx.db.transaction(async (manager) => {
    const challenge = await takeChallenge(ctx, manager, body.challenge, ChallengePurpose.PasskeySignIn);
    const passkey = await verifyPasskey(ctx, manager, body.passkey, { webauthnChallenge: challenge.webauthnChallenge ?? '', userId: null, requireUserVerification: true });
    if (!passkey) {
      await countFailedAttempt(manager, challenge);
      return null;
    }
    const user = await manager.getRepository(User).findOneBy({ id: passkey.userId, removedAt: IsNull() });
    if (!user) return null;
    await spendChallenge(ctx, manager, challenge);
    return { user, refreshToken: await issueRefreshToken(ctx, manager, user.id, randomUUID(), client), secondFactor: true };
  });
  if (!session) throw new AppError(ErrorCode.InvalidSecondFactor, 'This passkey is not registered here, or it could not be verified', [{ field: 'passkey', message: 'was not accepted' }]);
  return session;
}

/**
 * Rotates a refresh token: the presented one is spent and a new one of the same family issued.
 * Presenting a spent token means it was stolen or replayed, so the whole family is revoked —
 * except within a few seconds of its rotation while the token that replaced it was never used: that
 * is a browser whose refresh answer was lost (a reload in flight), and it gets a new token in place
 * of the unused one instead of being signed out (REFRESH_REUSE_GRACE_SECONDS, 0 turns this off).
 */
export async function refresh(ctx: AppContext, presented: string | undefined, client: SignInClient, actor: Actor): Promise<SignedIn> {
  if (!presented) throw new AppError(ErrorCode.InvalidRefreshToken, 'No refresh token');
  const now = ctx.clock();
  const outcome = await ctx.db.transaction(async (manager) => {
    const token = await manager.getRepository(RefreshToken).findOne({ where: { tokenHash: hashToken(presented) }, lock: { mode: 'pessimistic_write' } });
    if (!token || token.revokedAt || token.expiresAt <= now) return { kind: 'invalid' as const };
    if (token.usedAt) {
      const lost = now.getTime() - token.usedAt.getTime() <= ctx.config.refreshReuseGraceSeconds * 1000 ? await unusedSuccessor(manager, token) : null;
      if (lost) {
        await manager.update(RefreshToken, { id: lost.id }, { usedAt: now });
        const user = await manager.getRepository(User).findOneByOrFail({ id: token.userId });
        const refreshToken = await issueRefreshToken(ctx, manager, user.id, token.familyId, client);
        return { kind: 'ok' as const, session: { user, refreshToken, secondFactor: await hasSecondFactor(manager, user) } };
      }
      await revokeFamily(manager, token.familyId, now);
      await recordAudit(manager, { ...actor, id: token.userId }, { action: 'auth.refresh_token_reused', entityType: 'user', entityId: token.userId, details: { familyId: token.familyId } }, now);
      return { kind: 'reused' as const };
    }
    await manager.update(RefreshToken, { id: token.id }, { usedAt: now });
    const user = await manager.getRepository(User).findOneByOrFail({ id: token.userId });
    const refreshToken = await issueRefreshToken(ctx, manager, user.id, token.familyId, client);
    return { kind: 'ok' as const, session: { user, refreshToken, secondFactor: await hasSecondFactor(manager, user) } };
  });
  if (outcome.kind === 'reused') throw new AppError(ErrorCode.InvalidRefreshToken, 'This refresh token was already used; every session of its family is now signed out');
  if (outcome.kind === 'invalid') throw new AppError(ErrorCode.InvalidRefreshToken);
  return outcome.session;
}

/**
 * The token that replaced `spent` — the first of its family issued when `spent` was used — when
 * nobody has used it yet (locked, so two retries cannot both take it).
 */
async function unusedSuccessor(manager: EntityManager, spent: RefreshToken): Promise<RefreshToken | null> {
  const successor = await manager
    .getRepository(RefreshToken)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.familyId = :family AND r.id <> :spent AND r.createdAt >= :since', { family: spent.familyId, spent: spent.id, since: spent.usedAt })
    .orderBy('r.createdAt', 'ASC')
    .getOne();
  return successor && !successor.usedAt && !successor.revokedAt ? successor : null;
}

/** Ends the session the refresh token belongs to (its whole family). Unknown tokens are ignored. */
export async function logout(ctx: AppContext, presented: string | undefined): Promise<void> {
  if (!presented) return;
  const token = await ctx.db.getRepository(RefreshToken).findOneBy({ tokenHash: hashToken(presented) });
  if (token) await revokeFamily(ctx.db.manager, token.familyId, ctx.clock());
}

/** Ends a sign-in: every token of its refresh-token family that is still live. */
async function revokeFamily(manager: EntityManager, familyId: string, at: Date): Promise<void> {
  await manager.getRepository(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: at });
}

/** For the auth plugin: the person's role and team now, or null once removed (see PersonFinder). */
export function createPersonFinder(ctx: AppContext): PersonFinder {
  // Every signed-in request runs this: plain SQL on the primary key, without the ORM's overhead.
  return async (userId) => {
    const [row] = (await ctx.db.query(
      `SELECT email, role, vendor_id, (totp_enabled_at IS NOT NULL OR EXISTS (SELECT 1 FROM passkey p WHERE p.user_id = u.id)) AS second_factor
         FROM app_user u WHERE id = $1 AND removed_at IS NULL`,
      [userId],
    )) as { email: string; role: Role; vendor_id: string | null; second_factor: boolean }[];
    return row ? { email: row.email, role: row.role, vendorId: row.vendor_id, secondFactor: row.second_factor } : null;
  };
}

export async function getMe(ctx: AppContext, principal: Principal): Promise<Me> {
  const user = await ctx.db.getRepository(User).findOneBy({ id: principal.userId, removedAt: IsNull() });
  if (!user) throw new AppError(ErrorCode.Unauthenticated, 'This account no longer exists');
  return toMe(user, await hasSecondFactor(ctx.db.manager, user));
}

/**
 * Creates an account without a password and e-mails a one-time link to set it, valid 7 days.
 * Runs in the caller's transaction (approving an application, inviting a member).
 */
export async function inviteUser(
  ctx: AppContext,
  manager: EntityManager,
  input: { email: string; role: Role; vendor: Vendor; invitedBy: string | null },
  actor: Actor,
): Promise<User> {
  const now = ctx.clock();
  const email = input.email.trim().toLowerCase();
  const existing = await manager.getRepository(User).findOneBy({ email, removedAt: IsNull() });
  if (existing) throw new AppError(ErrorCode.Duplicate, `An account with the e-mail ${email} already exists`, [{ field: 'email', message: 'already has an account' }]);
  const user = manager.getRepository(User).create({ email, role: input.role, vendorId: input.vendor.id, passwordHash: null, name: '' });
  await manager.getRepository(User).save(user);
  await sendInvitation(ctx, manager, user, input.vendor, input.invitedBy);
  await recordAudit(manager, actor, { action: 'user.invited', entityType: 'user', entityId: user.id, vendorId: input.vendor.id, to: input.role, details: { email } }, now);
  return user;
}

/**
 * E-mails `user` a new one-time link to set a name and password (valid 7 days); any earlier link
 * of theirs stops working, so only the latest e-mail counts.
 */
export async function sendInvitation(ctx: AppContext, manager: EntityManager, user: User, vendor: Vendor, invitedBy: string | null): Promise<void> {
  const now = ctx.clock();
  await manager.update(Invitation, { userId: user.id, acceptedAt: IsNull(), expiresAt: MoreThan(now) }, { expiresAt: now });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * DAY_MS);
  await manager.insert(Invitation, { tokenHash: hashToken(token), userId: user.id, vendorId: vendor.id, invitedBy, expiresAt, createdAt: now });
  const mail = invitationMail(mailLinks(ctx.config.publicUrl), { vendorName: vendor.name, role: user.role === Role.VendorOwner ? 'owner' : 'member', token, expiresOn: expiresAt.toISOString().slice(0, 10) });
  await queueMail(ctx, manager, { to: user.email, ...mail });
}

async function findOpenInvitation(ctx: AppContext, manager: EntityManager, token: string, lock: boolean): Promise<Invitation> {
  const invitation = await manager.getRepository(Invitation).findOne({
    where: { tokenHash: hashToken(token) },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= ctx.clock()) {
    throw new AppError(ErrorCode.TokenInvalid, 'This invitation link is invalid, already used or expired. Ask for a new one.');
  }
  return invitation;
}

/** What the accept page shows before the person sets a password. */
export async function describeInvitation(ctx: AppContext, token: string): Promise<InvitationSummary> {
  const invitation = await findOpenInvitation(ctx, ctx.db.manager, token, false);
  const user = await ctx.db.getRepository(User).findOneByOrFail({ id: invitation.userId });
  const vendor = await ctx.db.getRepository(Vendor).findOneBy({ id: invitation.vendorId });
  if (!vendor) throw notFound('Vendor');
  return { email: user.email, vendorName: vendor.name, role: user.role, expiresAt: invitation.expiresAt.toISOString() };
}

/** Spends the invitation: the account gets its name and password; the link never works again. */
export async function acceptInvitation(ctx: AppContext, token: string, input: { name: string; password: string }, actor: Actor): Promise<Me> {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (manager) => {
    const invitation = await findOpenInvitation(ctx, manager, token, true);
    const now = ctx.clock();
    await manager.update(Invitation, { id: invitation.id }, { acceptedAt: now });
    await manager.update(User, { id: invitation.userId }, { name: input.name.trim(), passwordHash });
    const user = await manager.getRepository(User).findOneByOrFail({ id: invitation.userId });
    await recordAudit(manager, { ...actor, id: user.id, label: user.email }, { action: 'user.invitation_accepted', entityType: 'user', entityId: user.id, vendorId: user.vendorId }, now);
    return toMe(user, false);
  });
}
