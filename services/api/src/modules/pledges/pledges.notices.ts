import { EventType, PledgeAction } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { mailAdmins, mailOwners } from '../accounts/index.ts';
import { vendorOf } from '../events/index.ts';
import { mailLinks } from '../mail/index.ts';
import { vendorName } from '../vendors/index.ts';
import { PledgeAppeal } from './pledge-appeal.entity.ts';
import { PledgeSignature } from './pledge-signature.entity.ts';
import { appealMail, checkpointDueSoonMail, signatureDueMail, signedMail, stateChangedMail, withdrawnMail } from './pledges.mails.ts';

/** Who hears of a pledge's events by e-mail: its owners of what happens to it, the admins of what the vendor does. */
export function registerPledgeNotices(ctx: AppContext): void {
  const links = mailLinks(ctx.config.publicUrl);

  ctx.events.on(EventType.PledgeSigned, async (event, manager) => {
    const vendorId = vendorOf(event);
    const signature = await manager.getRepository(PledgeSignature).findOneByOrFail({ id: event.data.signatureId });
    await mailOwners(ctx, manager, vendorId, signedMail(links, { ...signature, vendorName: await vendorName(manager, vendorId) }));
  });

  ctx.events.on(EventType.PledgeStateChanged, async (event, manager) => {
    const vendorId = vendorOf(event);
    const { action, reason } = event.data;
    const name = await vendorName(manager, vendorId);
    if (action === PledgeAction.Withdraw) {
      await mailAdmins(ctx, manager, withdrawnMail({ vendorName: name, by: event.actor?.label ?? 'The owner', reason }));
      return;
    }
    const mail = stateChangedMail(links, { vendorName: name, action, reason });
    if (mail) await mailOwners(ctx, manager, vendorId, mail);
  });

  ctx.events.on(EventType.PledgeAppealed, async (event, manager) => {
    const vendorId = vendorOf(event);
    const appeal = await manager.getRepository(PledgeAppeal).findOneByOrFail({ id: event.data.appealId });
    await mailAdmins(ctx, manager, appealMail(links, { vendorId, vendorName: await vendorName(manager, vendorId), by: event.actor?.label ?? 'The vendor', state: event.data.state, text: appeal.text }));
  });

  ctx.events.on(EventType.SignatureDue, async (event, manager) => {
    const vendorId = vendorOf(event);
    await mailOwners(ctx, manager, vendorId, signatureDueMail(links, { ...event.data, vendorName: await vendorName(manager, vendorId) }));
  });

  ctx.events.on(EventType.CheckpointDueSoon, async (event, manager) => {
    const vendorId = vendorOf(event);
    await mailOwners(ctx, manager, vendorId, checkpointDueSoonMail(links, { ...event.data, vendorName: await vendorName(manager, vendorId) }));
  });
}
