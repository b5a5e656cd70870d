import type { DismissReason } from '@cep/shared';
import type { MailContent, MailLinks } from '../mail/index.ts';

/**
 * The messages about complaints. Pure: the facts in, the message out. The two to the complainant
 * carry a one-time link and are sent by the service that makes the link; the others are notices
 * sent by the event subscribers (complaints.notices.ts).
 */

export function confirmationMail(links: MailLinks, f: { vendorName: string; reference: string; subject: string; token: string; consent: boolean; confirmDays: number }): MailContent {
  return {
    subject: `Confirm your complaint about ${f.vendorName} (${f.reference})`,
    text: [
      `You filed a complaint about ${f.vendorName} with the Customer Excellence Pledge registry: "${f.subject}".`,
      `Confirm it within ${f.confirmDays} days by opening this link (it works once): ${links.complaintConfirmation(f.token)}`,
      f.consent ? `You allowed ${f.vendorName} to see your name, e-mail and organisation if we forward the complaint.` : `${f.vendorName} will not see your name, e-mail or organisation.`,
      'If you did not file it, ignore this message: the complaint is deleted unconfirmed.',
    ].join('\n\n'),
  };
}

export function responseToComplainantMail(links: MailLinks, f: { vendorName: string; reference: string; subject: string; response: string; token: string; outcomeDays: number }): MailContent {
  return {
    subject: `${f.vendorName} responded to your complaint (${f.reference})`,
    text: [
      `${f.vendorName} responded to your complaint "${f.subject}":`,
      f.response,
      `Is the matter resolved? Tell us with this link (it works once): ${links.complaintOutcome(f.token)}`,
      `Without an answer within ${f.outcomeDays} days we consider it resolved.`,
    ].join('\n\n'),
  };
}

export function confirmedMail(links: MailLinks, f: { complaintId: string; vendorName: string; reference: string; subject: string }): MailContent {
  return {
    subject: `New complaint about ${f.vendorName} (${f.reference})`,
    text: `A confirmed complaint about ${f.vendorName} is waiting for triage: "${f.subject}".\n\n${links.adminComplaint(f.complaintId)}`,
  };
}

export function forwardedMail(
  links: MailLinks,
  f: { complaintId: string; vendorName: string; reference: string; subject: string; dueDate: string; deadline: string; responseDays: number; note: string | null },
): MailContent {
  return {
    subject: `A complaint about ${f.vendorName} needs your response by ${f.dueDate} (${f.reference})`,
    text: `The registry forwards a customer complaint: "${f.subject}". Respond within ${f.responseDays} business days, by ${f.deadline}; an unanswered complaint counts against ${f.vendorName}.${f.note ? `\n\nNote from the registry: ${f.note}` : ''}\n\n${links.vendorComplaint(f.complaintId)}`,
  };
}

/** The complainant hears that the registry passed the complaint on, and what happens next. */
export function forwardedToComplainantMail(f: { vendorName: string; reference: string; subject: string; deadline: string; responseDays: number }): MailContent {
  return {
    subject: `Your complaint ${f.reference} was forwarded to ${f.vendorName}`,
    text: [
      `Hello,`,
      ``,
      `The registry reviewed your complaint "${f.subject}" and forwarded it to ${f.vendorName}, who has ${f.responseDays} business days to respond (until ${f.deadline}).`,
      `You will receive their response by e-mail, with a link to tell the registry whether it resolved your complaint.`,
    ].join('\n'),
  };
}

const DISMISSAL_WORDS: Record<DismissReason, string> = {
  invalid: 'it does not describe a broken promise of the pledge the registry can act on',
  spam: 'it was taken for spam',
  duplicate: 'it repeats a complaint the registry already has',
  out_of_scope: 'it concerns something outside the pledge (for example pricing or a product feature)',
};

/** The complainant hears that the registry closed the complaint without forwarding it, and why. */
export function dismissedToComplainantMail(f: { vendorName: string; reference: string; subject: string; reason: DismissReason }): MailContent {
  return {
    subject: `Your complaint ${f.reference} about ${f.vendorName} was closed`,
    text: [
      `Hello,`,
      ``,
      `The registry reviewed your complaint "${f.subject}" and closed it without forwarding it to ${f.vendorName}: ${DISMISSAL_WORDS[f.reason]}.`,
      `It does not count against ${f.vendorName}. If you think this is a mistake, file a new complaint with more detail.`,
    ].join('\n'),
  };
}

export function responseDueSoonMail(links: MailLinks, f: { complaintId: string; reference: string; subject: string; dueDate: string; deadline: string; businessDaysUsed: number; responseDays: number }): MailContent {
  return {
    subject: `Reminder: complaint ${f.reference} needs your response by ${f.dueDate}`,
    text: `${f.businessDaysUsed} of the ${f.responseDays} business days to respond to "${f.subject}" are over. Respond by ${f.deadline}: ${links.vendorComplaint(f.complaintId)}`,
  };
}

export function overdueMail(links: MailLinks, f: { complaintId: string; vendorName: string; reference: string; subject: string; deadline: string }): MailContent {
  return {
    subject: `Complaint ${f.reference} was not answered in time`,
    text: `The complaint "${f.subject}" about ${f.vendorName} had no response by ${f.deadline}. It now counts as unanswered.\n\n${links.vendorComplaint(f.complaintId)}`,
  };
}

export function outcomeMail(f: { vendorName: string; reference: string; subject: string; outcome: string; comment: string | null }): MailContent {
  return {
    subject: `Complaint ${f.reference}: the customer marked it ${f.outcome}`,
    text: `The customer marked the complaint "${f.subject}" about ${f.vendorName} as ${f.outcome}.${f.comment ? `\n\nTheir comment: ${f.comment}` : ''}`,
  };
}

/**
 * The vendor is told how many of the complaints behind the listing it can see (those forwarded to
 * it), never the total: complaints still in triage are the registry's until it forwards them.
 */
export function watchEnteredMail(links: MailLinks, f: { vendorName: string; summary: string; forwarded: number; days: number }): { owners: MailContent; admins: MailContent } {
  const seen = f.forwarded === 0 ? 'None of them has been forwarded to you yet' : `${f.forwarded} of them ${f.forwarded === 1 ? 'was' : 'were'} forwarded to you in the last ${f.days} days`;
  return {
    owners: {
      subject: `${f.vendorName} is on the Customer Excellence Pledge watch list`,
      text: [
        `${f.vendorName} has a high level of confirmed complaints. ${seen}; this count includes only complaints you can see, and the registry may be reviewing others.`,
        ``,
        `The program admin reviews vendors on the watch list and may suspend a pledge. Answer forwarded complaints within their deadlines: ${links.vendorComplaints}`,
      ].join('\n'),
    },
    admins: { subject: `Watch list: ${f.vendorName} crossed a complaint threshold`, text: `${f.vendorName}: ${f.summary}.\n\n${links.adminWatchlist}` },
  };
}

export function watchLeftMail(f: { vendorName: string; summary: string }): MailContent {
  return {
    subject: `${f.vendorName} is no longer on the watch list`,
    text: `The confirmed complaints about ${f.vendorName} are below the watch-list thresholds again: ${f.summary}.`,
  };
}

/** The registry asks the complainant for details; the link opens the page to answer (it works once). */
export function questionToComplainantMail(links: MailLinks, f: { vendorName: string; reference: string; subject: string; question: string; token: string }): MailContent {
  return {
    subject: `A question about your complaint (${f.reference})`,
    text: [
      `The Customer Excellence Pledge registry is looking into your complaint about ${f.vendorName}, "${f.subject}", and asks:`,
      f.question,
      `Answer here (the link works once): ${links.complaintQuestion(f.token)}`,
      'Your answer goes to the registry, not to the vendor.',
    ].join('\n\n'),
  };
}

export function questionToVendorMail(links: MailLinks, f: { complaintId: string; reference: string; subject: string; question: string }): MailContent {
  return {
    subject: `The registry asks about complaint ${f.reference}`,
    text: [`About the complaint "${f.subject}" the registry asks:`, f.question, `Answer on the complaint's page: ${links.vendorComplaint(f.complaintId)}`].join('\n\n'),
  };
}

/** To the admin: the complainant or the vendor answered. */
export function answerToRegistryMail(links: MailLinks, f: { complaintId: string; reference: string; vendorName: string; from: 'complainant' | 'vendor'; answer: string }): MailContent {
  return {
    subject: `${f.from === 'complainant' ? 'The complainant' : f.vendorName} answered about complaint ${f.reference}`,
    text: [`${f.from === 'complainant' ? 'The complainant' : f.vendorName} wrote about the complaint ${f.reference} (${f.vendorName}):`, f.answer, links.adminComplaint(f.complaintId)].join('\n\n'),
  };
}

/** The vendor writes to the customer again after its response. */
export function vendorReplyMail(f: { vendorName: string; reference: string; subject: string; message: string }): MailContent {
  return {
    subject: `${f.vendorName} wrote again about your complaint (${f.reference})`,
    text: [
      `${f.vendorName} added to its response to your complaint "${f.subject}":`,
      f.message,
      'To say whether the matter is resolved, use the link in the e-mail with its first response; it still works.',
    ].join('\n\n'),
  };
}
