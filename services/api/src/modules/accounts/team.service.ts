import { ErrorCode, type InviteMemberBody, type Member, type MemberList, Role } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { AppError, notFound } from '../../plugins/errors.ts';
import { assertVendorAccess, type Principal } from '../../plugins/auth.ts';
import { type Actor } from '../audit/index.ts';
import { Vendor } from '../vendors/index.ts';
import { inviteUser } from './accounts.service.ts';
import { User } from './user.entity.ts';

/** A vendor's team: the people who sign in for it, and the invitations still pending. */

function toMember(u: User): Member {
  return { id: u.id, email: u.email, name: u.name, role: u.role, status: u.passwordHash ? 'active' : 'invited', createdAt: u.createdAt.toISOString() };
}

export async function listMembers(ctx: AppContext, principal: Principal, vendorId: string): Promise<MemberList> {
  assertVendorAccess(principal, vendorId);
  if (!(await ctx.db.getRepository(Vendor).existsBy({ id: vendorId }))) throw notFound('Vendor');
  const users = await ctx.db.getRepository(User).find({ where: { vendorId }, order: { createdAt: 'ASC', email: 'ASC' } });
  return { items: users.map(toMember) };
}

/** The owner (or the admin) invites a colleague; the invitation e-mail carries a one-time link. */
export async function inviteMember(ctx: AppContext, principal: Principal, vendorId: string, body: InviteMemberBody, actor: Actor): Promise<Member> {
  assertVendorAccess(principal, vendorId);
  if (principal.role === Role.VendorMember) throw new AppError(ErrorCode.Forbidden, 'Only the owner or the admin may invite people');
  return ctx.db.transaction(async (manager) => {
    const vendor = await manager.getRepository(Vendor).findOneBy({ id: vendorId });
    if (!vendor) throw notFound('Vendor');
    const user = await inviteUser(ctx, manager, { email: body.email, role: body.role, vendor, invitedBy: principal.userId }, actor);
    return toMember(user);
  });
}

