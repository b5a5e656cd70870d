import type { EntityManager } from 'typeorm';
import { Role } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { type OutgoingMail, queueMail } from '../mail/index.ts';
import { User } from './user.entity.ts';

/**
 * Who is told: the people behind a role. The mail module only queues messages; which addresses a
 * notice goes to is a question about accounts, answered here.
 */

/** The same message to every admin (new applications, withdrawals, appeals). */
export async function mailAdmins(ctx: AppContext, manager: EntityManager, mail: Omit<OutgoingMail, 'to'>): Promise<void> {
  const admins = await manager.getRepository(User).find({ where: { role: Role.Admin }, order: { createdAt: 'ASC' } });
  for (const admin of admins) await queueMail(ctx, manager, { ...mail, to: admin.email });
}

/** E-mail addresses of the vendor's owners, who receive every notice about the pledge. */
export async function ownerEmails(manager: EntityManager, vendorId: string): Promise<string[]> {
  const owners = await manager.getRepository(User).find({ where: { vendorId, role: Role.VendorOwner }, order: { createdAt: 'ASC' } });
  return owners.map((o) => o.email);
}

export async function mailOwners(ctx: AppContext, manager: EntityManager, vendorId: string, mail: Omit<OutgoingMail, 'to'>): Promise<void> {
  for (const to of await ownerEmails(manager, vendorId)) await queueMail(ctx, manager, { ...mail, to });
}
