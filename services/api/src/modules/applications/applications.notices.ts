import { EventType } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { mailAdmins } from '../accounts/index.ts';
import { mailLinks } from '../mail/index.ts';
import { Application } from './application.entity.ts';
import { newApplicationMail } from './applications.mails.ts';

/** The admins hear of every new application. */
export function registerApplicationNotices(ctx: AppContext): void {
  const links = mailLinks(ctx.config.publicUrl);
  ctx.events.on(EventType.ApplicationSubmitted, async (event, manager) => {
    const application = await manager.getRepository(Application).findOneByOrFail({ id: event.data.applicationId });
    await mailAdmins(ctx, manager, newApplicationMail(links, application));
  });
}
