import type { MailContent, MailLinks } from '../mail/index.ts';

/** The messages about checkpoint data. Pure: the facts in, the message out. */

export function submittedMail(links: MailLinks, f: { vendorId: string; vendorName: string; period: string; resubmitted: boolean }): MailContent {
  return {
    subject: `${f.vendorName} submitted checkpoint data for ${f.period}`,
    text: `${f.vendorName} submitted its checkpoint data for ${f.period}${f.resubmitted ? ' again, after it was returned' : ''}. Review it: ${links.adminCheckpoint(f.vendorId, f.period)}`,
  };
}

export function returnedMail(links: MailLinks, f: { vendorName: string; period: string; notes: string }): MailContent {
  return {
    subject: `${f.vendorName}: checkpoint data for ${f.period} was returned`,
    text: `The registry returned the checkpoint data of ${f.vendorName} for ${f.period}:\n\n${f.notes}\n\nFix it and submit again within 14 days, or the pledge lapses: ${links.vendorCheckpoint(f.period)}`,
  };
}

export function acceptedMail(f: { vendorName: string; period: string; notes: string | null }): MailContent {
  return {
    subject: `${f.vendorName}: checkpoint data for ${f.period} was accepted`,
    text: `The registry accepted the checkpoint data of ${f.vendorName} for ${f.period}.${f.notes ? `\n\n${f.notes}` : ''}`,
  };
}
