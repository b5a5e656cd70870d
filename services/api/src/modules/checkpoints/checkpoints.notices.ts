import { EventType } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { mailAdmins, mailOwners } from '../accounts/index.ts';
import { vendorOf } from '../events/index.ts';
import { mailLinks } from '../mail/index.ts';
import { vendorName } from '../vendors/index.ts';
import { acceptedMail, returnedMail, submittedMail } from './checkpoints.mails.ts';

/** The admins hear of each submission; the vendor's owners of each review. */
export function registerCheckpointNotices(ctx: AppContext): void {
  const links = mailLinks(ctx.config.publicUrl);
  ctx.events.on(EventType.CheckpointSubmitted, async (event, manager) => {
    const vendorId = vendorOf(event);
    await mailAdmins(ctx, manager, submittedMail(links, { ...event.data, vendorId, vendorName: await vendorName(manager, vendorId) }));
  });
  ctx.events.on(EventType.CheckpointReturned, async (event, manager) => {
    const vendorId = vendorOf(event);
    await mailOwners(ctx, manager, vendorId, returnedMail(links, { ...event.data, vendorName: await vendorName(manager, vendorId) }));
  });
  ctx.events.on(EventType.CheckpointAccepted, async (event, manager) => {
    const vendorId = vendorOf(event);
    await mailOwners(ctx, manager, vendorId, acceptedMail({ ...event.data, vendorName: await vendorName(manager, vendorId) }));
  });
}
