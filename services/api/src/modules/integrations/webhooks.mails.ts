import type { MailContent, MailLinks } from '../mail/index.ts';

/** The message when an endpoint is disabled after failing for five days. Pure. */
export function endpointDisabledMail(links: MailLinks, f: { url: string; program: boolean; since: Date }): MailContent {
  return {
    subject: `Webhook endpoint disabled: ${f.url}`,
    text: [
      `Every delivery to ${f.url} has failed since ${f.since.toISOString()}, so the registry stopped sending to it.`,
      `Fix the receiver, then enable the endpoint again and redeliver what it missed: ${f.program ? links.adminIntegrations : links.vendorIntegrations}`,
    ].join('\n\n'),
  };
}
