import { type EntityManager, IsNull, MoreThan, Not } from 'typeorm';
import { type AcceptedNotice, ErrorCode, HOUR_MS, type Me, type PasswordResetSummary } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { AppError, invalid } from '../../plugins/errors.ts';
import type { Principal } from '../../plugins/auth.ts';
import { type Actor, recordAudit } from '../audit/index.ts';
import { mailLinks, queueMail } from '../mail/index.ts';
import { AccountLink, LinkPurpose } from './account-link.entity.ts';
import { emailChangedMail, emailChangeMail, emailChangeRequestedMail, emailTakenMail, passwordChangedMail, passwordResetMail } from './accounts.mails.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { RefreshToken } from './refresh-token.entity.ts';
import { hashToken, newToken } from './tokens.ts';
import { User } from './user.entity.ts';
import { toMe } from './accounts.service.ts';
import { hasSecondFactor } from './factors.ts';

/**
 * Getting back in and changing how one signs in: a forgotten password (a one-time link by
 * e-mail), a new password, a new e-mail address (confirmed through that address).
 */

export const RESET_TTL_MINUTES = 30;
export const EMAIL_CHANGE_TTL_HOURS = 24;
/**
 * Links sent to one account per hour and purpose. Past it a request gets the same answer and sends
 * nothing, so nobody can flood a mailbox through us (each client is also limited per minute).
 */
export const LINKS_PER_HOUR = 3;


export const RESET_NOTICE: AcceptedNotice = {
  message: `If an account uses this address, a link to choose a new password is on its way; it works for ${RESET_TTL_MINUTES} minutes.`,
};
export const EMAIL_CHANGE_NOTICE: AcceptedNotice = {
  message: `A link to confirm the new address is on its way to it; it works for ${EMAIL_CHANGE_TTL_HOURS} hours. Until it is opened, you sign in with your current address.`,
};

/** The person still on a team whose address this is. */
const activeByEmail = (manager: EntityManager, email: string) => manager.getRepository(User).findOneBy({ email: email.trim().toLowerCase(), removedAt: IsNull() });

async function underHourlyLimit(ctx: AppContext, manager: EntityManager, userId: string, purpose: LinkPurpose): Promise<boolean> {
  const since = new Date(ctx.clock().getTime() - HOUR_MS);
  return (await manager.getRepository(AccountLink).countBy({ userId, purpose, createdAt: MoreThan(since) })) < LINKS_PER_HOUR;
}

async function issueLink(ctx: AppContext, manager: EntityManager, link: { userId: string; purpose: LinkPurpose; newEmail?: string; ttlMs: number }): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const now = ctx.clock();
  const expiresAt = new Date(now.getTime() + link.ttlMs);
  await manager.insert(AccountLink, { tokenHash: hashToken(token), userId: link.userId, purpose: link.purpose, newEmail: link.newEmail ?? null, expiresAt, createdAt: now });
  return { token, expiresAt };
}

const LINK_GONE = {
  [LinkPurpose.PasswordReset]: 'This link is invalid, already used or expired. Ask for a new one from the sign-in page.',
  [LinkPurpose.EmailChange]: 'This link is invalid, already used or expired. Ask for the change again from your account page.',
};

/** An unspent, unexpired link of `purpose` whose account is still on a team. */
async function openLink(ctx: AppContext, manager: EntityManager, token: string, purpose: LinkPurpose, lock: boolean): Promise<{ link: AccountLink; user: User }> {
  const link = await manager.getRepository(AccountLink).findOne({ where: { tokenHash: hashToken(token), purpose }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  const user = link && !link.usedAt && link.expiresAt > ctx.clock() ? await manager.getRepository(User).findOneBy({ id: link.userId, removedAt: IsNull() }) : null;
  if (!link || !user) throw new AppError(ErrorCode.TokenInvalid, LINK_GONE[purpose]);
  return { link, user };
}

/** Ends every sign-in of the account, or every one but the family of the token presented. */
async function revokeSessions(manager: EntityManager, userId: string, at: Date, keepToken?: string): Promise<void> {
  const kept = keepToken ? await manager.getRepository(RefreshToken).findOneBy({ tokenHash: hashToken(keepToken), userId }) : null;
  await manager.getRepository(RefreshToken).update({ userId, revokedAt: IsNull(), ...(kept ? { familyId: Not(kept.familyId) } : {}) }, { revokedAt: at });
}

const wrongPassword = () => invalid([{ field: 'currentPassword', in: 'body', message: 'is not your current password' }], 'The current password is not right');

/**
 * Forgot password. Whatever the address, the caller learns nothing: the answer is the same, and
 * only an account still on a team, with a password already set, is sent a link.
 */
export async function requestPasswordReset(ctx: AppContext, email: string, actor: Actor): Promise<AcceptedNotice> {
  await ctx.db.transaction(async (manager) => {
    const user = await activeByEmail(manager, email);
    // An invited person who never set a password has an invitation link for that.
    if (!user?.passwordHash || !(await underHourlyLimit(ctx, manager, user.id, LinkPurpose.PasswordReset))) return;
    const { token } = await issueLink(ctx, manager, { userId: user.id, purpose: LinkPurpose.PasswordReset, ttlMs: RESET_TTL_MINUTES * 60_000 });
    await queueMail(ctx, manager, { to: user.email, ...passwordResetMail(mailLinks(ctx.config.publicUrl), { token, minutes: RESET_TTL_MINUTES }) });
    await recordAudit(manager, actor, { action: 'user.password_reset_requested', entityType: 'user', entityId: user.id, vendorId: user.vendorId }, ctx.clock());
  });
  return RESET_NOTICE;
}

/** What the reset page shows: whose password it sets, and until when the link works. */
export async function describePasswordReset(ctx: AppContext, token: string): Promise<PasswordResetSummary> {
  const { link, user } = await openLink(ctx, ctx.db.manager, token, LinkPurpose.PasswordReset, false);
  return { email: user.email, expiresAt: link.expiresAt.toISOString() };
}

/** Sets the new password, spends every open reset link of the account, and signs it out everywhere. */
export async function resetPassword(ctx: AppContext, token: string, password: string, actor: Actor): Promise<void> {
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (manager) => {
    const { user } = await openLink(ctx, manager, token, LinkPurpose.PasswordReset, true);
    const now = ctx.clock();
    await manager.update(AccountLink, { userId: user.id, purpose: LinkPurpose.PasswordReset, usedAt: IsNull() }, { usedAt: now });
    await manager.update(User, { id: user.id }, { passwordHash });
    await revokeSessions(manager, user.id, now);
    await queueMail(ctx, manager, { to: user.email, ...passwordChangedMail(mailLinks(ctx.config.publicUrl), { how: 'reset', at: now }) });
    await recordAudit(manager, { ...actor, id: user.id, label: user.email }, { action: 'user.password_reset', entityType: 'user', entityId: user.id, vendorId: user.vendorId }, now);
  });
}

async function signedInUser(manager: EntityManager, principal: Principal): Promise<User> {
  const user = await manager.getRepository(User).findOne({ where: { id: principal.userId, removedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  if (!user) throw new AppError(ErrorCode.Unauthenticated, 'This account no longer exists');
  return user;
}

/**
 * A new password, the current one required. Every other device is signed out; the one asking
 * (the refresh cookie it presented) stays signed in.
 */
export async function changePassword(ctx: AppContext, principal: Principal, body: { currentPassword: string; newPassword: string }, presentedRefresh: string | undefined, actor: Actor): Promise<void> {
  const passwordHash = await hashPassword(body.newPassword);
  await ctx.db.transaction(async (manager) => {
    const user = await signedInUser(manager, principal);
    if (!user.passwordHash || !(await verifyPassword(body.currentPassword, user.passwordHash))) throw wrongPassword();
    const now = ctx.clock();
    await manager.update(User, { id: user.id }, { passwordHash });
    await revokeSessions(manager, user.id, now, presentedRefresh);
    await queueMail(ctx, manager, { to: user.email, ...passwordChangedMail(mailLinks(ctx.config.publicUrl), { how: 'changed', at: now }) });
    await recordAudit(manager, actor, { action: 'user.password_changed', entityType: 'user', entityId: user.id, vendorId: user.vendorId }, now);
  });
}

/**
 * A new e-mail address, the current password required. Nothing changes until the link sent to the
 * new address is opened; the current address is told at once. An address that already has an
 * account gets the same answer (and a note, no link), so the form reveals nobody's account.
 */
export async function requestEmailChange(ctx: AppContext, principal: Principal, body: { newEmail: string; currentPassword: string }, actor: Actor): Promise<AcceptedNotice> {
  const newEmail = body.newEmail.trim().toLowerCase();
  await ctx.db.transaction(async (manager) => {
    const user = await signedInUser(manager, principal);
    if (!user.passwordHash || !(await verifyPassword(body.currentPassword, user.passwordHash))) throw wrongPassword();
    if (newEmail === user.email) throw invalid([{ field: 'newEmail', in: 'body', message: 'is already your address' }]);
    if (!(await underHourlyLimit(ctx, manager, user.id, LinkPurpose.EmailChange))) return;
    const now = ctx.clock();
    if (await activeByEmail(manager, newEmail)) {
      await queueMail(ctx, manager, { to: newEmail, ...emailTakenMail() });
    } else {
      const { token } = await issueLink(ctx, manager, { userId: user.id, purpose: LinkPurpose.EmailChange, newEmail, ttlMs: EMAIL_CHANGE_TTL_HOURS * HOUR_MS });
      await queueMail(ctx, manager, { to: newEmail, ...emailChangeMail(mailLinks(ctx.config.publicUrl), { token, newEmail, hours: EMAIL_CHANGE_TTL_HOURS }) });
    }
    await queueMail(ctx, manager, { to: user.email, ...emailChangeRequestedMail({ newEmail }) });
    await recordAudit(manager, actor, { action: 'user.email_change_requested', entityType: 'user', entityId: user.id, vendorId: user.vendorId, details: { newEmail } }, now);
  });
  return EMAIL_CHANGE_NOTICE;
}

/** Opens the link sent to the new address: from now on the account signs in with it. */
export async function confirmEmailChange(ctx: AppContext, token: string, actor: Actor): Promise<Me> {
  return ctx.db.transaction(async (manager) => {
    const { link, user } = await openLink(ctx, manager, token, LinkPurpose.EmailChange, true);
    const newEmail = link.newEmail ?? '';
    if (await activeByEmail(manager, newEmail)) throw new AppError(ErrorCode.Duplicate, `${newEmail} has had an account of its own since this link was sent; nothing changed`);
    const now = ctx.clock();
    const oldEmail = user.email;
    await manager.update(AccountLink, { userId: user.id, purpose: LinkPurpose.EmailChange, usedAt: IsNull() }, { usedAt: now });
    await manager.update(User, { id: user.id }, { email: newEmail });
    await queueMail(ctx, manager, { to: oldEmail, ...emailChangedMail({ newEmail, at: now }) });
    await recordAudit(manager, { ...actor, id: user.id, label: newEmail }, { action: 'user.email_changed', entityType: 'user', entityId: user.id, vendorId: user.vendorId, from: oldEmail, to: newEmail }, now);
    return toMe({ ...user, email: newEmail }, await hasSecondFactor(manager, user));
  });
}
