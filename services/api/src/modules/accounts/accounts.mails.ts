import type { MailContent, MailLinks } from '../mail/index.ts';

/** The messages about accounts. Pure: the facts in, the message out. */

export function invitationMail(links: MailLinks, f: { vendorName: string; role: 'owner' | 'member'; token: string; expiresOn: string }): MailContent {
  return {
    subject: `You are invited to manage ${f.vendorName} in the Customer Excellence Pledge registry`,
    text: [
      `Hello,`,
      ``,
      `You have been invited as the ${f.role} of ${f.vendorName} in the Customer Excellence Pledge registry.`,
      `Set your name and password here (the link works once and expires on ${f.expiresOn}):`,
      ``,
      links.invitation(f.token),
      ``,
      `If you did not expect this, ignore this message.`,
    ].join('\n'),
  };
}
