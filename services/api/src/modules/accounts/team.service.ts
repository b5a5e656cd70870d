import { type EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { type AcceptedNotice, ErrorCode, type InviteMemberBody, type Member, type MemberList, Role } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { AppError, notFound } from '../../plugins/errors.ts';
import { assertVendorAccess, type Principal } from '../../plugins/auth.ts';
import { type Actor, recordAudit } from '../audit/index.ts';
import { mailLinks, queueMail } from '../mail/index.ts';
import { Vendor } from '../vendors/index.ts';
import { alreadyRegisteredMail, ownershipMail, removedFromTeamMail, twoFactorResetMail } from './accounts.mails.ts';
import { inviteUser, sendInvitation } from './accounts.service.ts';
import { clearSecondFactors } from './factors.ts';
import { Invitation } from './invitation.entity.ts';
import { RefreshToken } from './refresh-token.entity.ts';
import { PasskeyRow } from './second-factor.entity.ts';
import { User } from './user.entity.ts';

/**
 * A vendor's team: the people who sign in for it, and the invitations still pending. A vendor has
 * exactly one owner (a partial unique index keeps it so): people join as members, and the owner —
 * or the admin, when the owner has left — hands ownership on.
 */

function toMember(u: User, twoFactor: boolean): Member {
  return { id: u.id, email: u.email, name: u.name, role: u.role, status: u.passwordHash ? 'active' : 'invited', twoFactor, createdAt: u.createdAt.toISOString() };
}

/** The people, each with whether signing in asks them for a second factor. */
async function membersOf(manager: EntityManager, users: User[]): Promise<Member[]> {
  const ids = users.map((u) => u.id);
  const withPasskeys = new Set(ids.length ? (await manager.getRepository(PasskeyRow).find({ select: { userId: true }, where: { userId: In(ids) } })).map((p) => p.userId) : []);
  return users.map((u) => toMember(u, u.totpEnabledAt !== null || withPasskeys.has(u.id)));
}

export async function listMembers(ctx: AppContext, principal: Principal, vendorId: string): Promise<MemberList> {
  assertVendorAccess(principal, vendorId);
  if (!(await ctx.db.getRepository(Vendor).existsBy({ id: vendorId }))) throw notFound('Vendor');
  const users = await ctx.db.getRepository(User).find({ where: { vendorId, removedAt: IsNull() }, order: { createdAt: 'ASC', email: 'ASC' } });
  return { items: await membersOf(ctx.db.manager, users) };
}

/**
 * The admin clears a person's second factors after checking who they are some other way (they
 * lost the phone and the recovery codes): they sign in with the password again and may set one up
 * anew. Every session of theirs ends; they are told by e-mail.
 */
export async function resetMemberTwoFactor(ctx: AppContext, vendorId: string, userId: string, actor: Actor): Promise<Member> {
  return ctx.db.transaction(async (manager) => {
    await lockedVendor(manager, vendorId);
    const user = await teamMember(manager, vendorId, userId);
    const [before] = await membersOf(manager, [user]);
    if (!before?.twoFactor) throw new AppError(ErrorCode.InvalidState, `${user.email} has no two-step sign-in to reset`);
    const now = ctx.clock();
    await clearSecondFactors(manager, user.id);
    await manager.update(RefreshToken, { userId: user.id, revokedAt: IsNull() }, { revokedAt: now });
    await recordAudit(manager, actor, { action: 'user.two_factor_reset', entityType: 'user', entityId: user.id, vendorId }, now);
    await queueMail(ctx, manager, { to: user.email, ...twoFactorResetMail(mailLinks(ctx.config.publicUrl)) });
    return toMember({ ...user, totpEnabledAt: null }, false);
  });
}

/** The owner or the admin, on a vendor they may see; anyone else of the vendor gets 403. */
function assertManager(principal: Principal, vendorId: string, what: string): void {
  assertVendorAccess(principal, vendorId);
  if (principal.role === Role.VendorMember) throw new AppError(ErrorCode.Forbidden, `Only the owner or the admin may ${what}`);
}

async function lockedVendor(manager: EntityManager, vendorId: string): Promise<Vendor> {
  // The vendor row is the team's lock: two changes to one team run one after the other.
  const vendor = await manager.getRepository(Vendor).findOne({ where: { id: vendorId }, lock: { mode: 'pessimistic_write' } });
  if (!vendor) throw notFound('Vendor');
  return vendor;
}

async function teamMember(manager: EntityManager, vendorId: string, userId: string): Promise<User> {
  const user = await manager.getRepository(User).findOneBy({ id: userId, vendorId, removedAt: IsNull() });
  if (!user) throw notFound('Member');
  return user;
}

export const INVITATION_NOTICE = (email: string): AcceptedNotice => ({
  message: `An invitation is on its way to ${email}. If that address cannot join your team, its owner is told why by e-mail.`,
});

/**
 * The owner (or the admin) invites a colleague as a member; the e-mail carries a one-time link.
 * An address that already has an account with another vendor (or is the admin's) gets a note
 * instead, and the answer is the same: the form reveals nobody's account elsewhere.
 */
export async function inviteMember(ctx: AppContext, principal: Principal, vendorId: string, body: InviteMemberBody, actor: Actor): Promise<AcceptedNotice> {
  assertManager(principal, vendorId, 'invite people');
  const email = body.email.trim().toLowerCase();
  await ctx.db.transaction(async (manager) => {
    const vendor = await lockedVendor(manager, vendorId);
    const existing = await manager.getRepository(User).findOneBy({ email, removedAt: IsNull() });
    if (existing?.vendorId === vendorId) throw new AppError(ErrorCode.Duplicate, `${email} is already on your team`, [{ field: 'email', in: 'body', message: 'is already on your team' }]);
    if (existing) {
      await queueMail(ctx, manager, { to: email, ...alreadyRegisteredMail({ vendorName: vendor.name }) });
      await recordAudit(manager, actor, { action: 'user.invitation_declined', entityType: 'vendor', entityId: vendorId, vendorId, reason: 'the address has an account elsewhere' }, ctx.clock());
      return;
    }
    await inviteUser(ctx, manager, { email, role: Role.VendorMember, vendor, invitedBy: principal.userId }, actor);
  });
  return INVITATION_NOTICE(email);
}

/** A new invitation link for someone who has not accepted yet; the earlier link stops working. */
export async function resendInvitation(ctx: AppContext, principal: Principal, vendorId: string, userId: string, actor: Actor): Promise<Member> {
  assertManager(principal, vendorId, 'resend invitations');
  return ctx.db.transaction(async (manager) => {
    const vendor = await lockedVendor(manager, vendorId);
    const user = await teamMember(manager, vendorId, userId);
    if (user.passwordHash) throw new AppError(ErrorCode.InvalidState, `${user.email} has already joined; there is no invitation to resend`);
    await sendInvitation(ctx, manager, user, vendor, principal.userId);
    await recordAudit(manager, actor, { action: 'user.invitation_resent', entityType: 'user', entityId: user.id, vendorId }, ctx.clock());
    // Not joined yet, so no second factor either.
    return toMember(user, false);
  });
}

/**
 * Takes a person off the team: a member who joined loses access at once (every session ends, and
 * the next request with an old access token is refused), a pending invitation stops working. The
 * row stays, marked removed, because the audit log and signatures name it. The owner cannot be
 * removed — ownership passes first.
 */
export async function removeMember(ctx: AppContext, principal: Principal, vendorId: string, userId: string, actor: Actor): Promise<void> {
  assertManager(principal, vendorId, 'remove people');
  await ctx.db.transaction(async (manager) => {
    const vendor = await lockedVendor(manager, vendorId);
    const user = await teamMember(manager, vendorId, userId);
    if (user.role === Role.VendorOwner) throw new AppError(ErrorCode.InvalidState, 'The owner cannot be removed; transfer the ownership to someone else first');
    const now = ctx.clock();
    const invited = !user.passwordHash;
    await manager.update(User, { id: user.id }, { removedAt: now });
    await manager.getRepository(RefreshToken).update({ userId: user.id, revokedAt: IsNull() }, { revokedAt: now });
    await manager.update(Invitation, { userId: user.id, acceptedAt: IsNull(), expiresAt: MoreThan(now) }, { expiresAt: now });
    await queueMail(ctx, manager, { to: user.email, ...removedFromTeamMail({ vendorName: vendor.name, invited }) });
    await recordAudit(manager, actor, { action: invited ? 'user.invitation_revoked' : 'user.removed', entityType: 'user', entityId: user.id, vendorId, from: user.role, details: { email: user.email } }, now);
  });
}

/**
 * Hands the ownership to a member who has joined (set a password): they become the owner, the
 * owner becomes a member, both are told. The admin may do it too, for a vendor whose owner left.
 */
export async function transferOwnership(ctx: AppContext, principal: Principal, vendorId: string, userId: string, actor: Actor): Promise<MemberList> {
  assertManager(principal, vendorId, 'transfer the ownership');
  await ctx.db.transaction(async (manager) => {
    const vendor = await lockedVendor(manager, vendorId);
    const heir = await teamMember(manager, vendorId, userId);
    if (heir.role === Role.VendorOwner) throw new AppError(ErrorCode.InvalidState, `${heir.email} is already the owner`);
    if (!heir.passwordHash) throw new AppError(ErrorCode.InvalidState, `${heir.email} has not accepted the invitation yet; ownership passes only to someone who has joined`);
    const owner = await manager.getRepository(User).findOneBy({ vendorId, role: Role.VendorOwner, removedAt: IsNull() });
    const now = ctx.clock();
    const links = mailLinks(ctx.config.publicUrl);
    // The former owner steps down before the heir steps up: the unique index allows one owner at a time.
    if (owner) {
      await manager.update(User, { id: owner.id }, { role: Role.VendorMember });
      await queueMail(ctx, manager, { to: owner.email, ...ownershipMail(links, { vendorName: vendor.name, side: 'former', otherEmail: heir.email }) });
      await recordAudit(manager, actor, { action: 'user.role_changed', entityType: 'user', entityId: owner.id, vendorId, from: Role.VendorOwner, to: Role.VendorMember }, now);
    }
    await manager.update(User, { id: heir.id }, { role: Role.VendorOwner });
    await queueMail(ctx, manager, { to: heir.email, ...ownershipMail(links, { vendorName: vendor.name, side: 'new', otherEmail: owner?.email ?? 'The registry admin' }) });
    await recordAudit(manager, actor, { action: 'user.role_changed', entityType: 'user', entityId: heir.id, vendorId, from: Role.VendorMember, to: Role.VendorOwner }, now);
  });
  return listMembers(ctx, principal, vendorId);
}
