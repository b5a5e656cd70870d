import type { MailContent, MailLinks } from '../mail/index.ts';

/** The messages about applications. Pure: the facts in, the message out. */

export function receiptMail(f: { contactName: string; companyName: string; id: string }): MailContent {
  return {
    subject: `We received the application of ${f.companyName}`,
    text: `Hello ${f.contactName},\n\nThank you for applying to the Customer Excellence Pledge for ${f.companyName}.\nThe program team reviews every application and will write to you at this address.\n\nReference: ${f.id}`,
  };
}

export function newApplicationMail(links: MailLinks, f: { contactName: string; contactEmail: string; companyName: string; website: string }): MailContent {
  return {
    subject: `New application: ${f.companyName}`,
    text: `${f.contactName} <${f.contactEmail}> applied for ${f.companyName} (${f.website}).\n\nReview it at ${links.adminApplications}`,
  };
}

export function rejectedMail(f: { contactName: string; companyName: string; reason: string }): MailContent {
  return {
    subject: `Your application for ${f.companyName} was not accepted`,
    text: `Hello ${f.contactName},\n\nThe program team reviewed the application of ${f.companyName} and could not accept it, for this reason:\n\n${f.reason}\n\nYou are welcome to apply again once this is addressed.`,
  };
}

export function joinRequestConfirmationMail(links: MailLinks, f: { vendorName: string; token: string }): MailContent {
  return {
    subject: `Confirm your request that ${f.vendorName} join the Customer Excellence Pledge`,
    text: [
      `You asked the Customer Excellence Pledge registry to invite ${f.vendorName} to join.`,
      `Confirm it with this link (it works once): ${links.joinRequestConfirmation(f.token)}`,
      'If you did not ask, ignore this message: nothing is sent to the vendor.',
    ].join('\n\n'),
  };
}

export function joinInvitationMail(links: MailLinks, f: { vendorName: string }): MailContent {
  return {
    subject: `Your customers ask ${f.vendorName} to join the Customer Excellence Pledge`,
    text: [
      `Hello,`,
      `A customer of ${f.vendorName} asked the Customer Excellence Pledge registry to invite you. Members pledge four promises about their customer support, back them with data every six months, and show a live badge their customers can verify.`,
      `Read about the pledge and apply here: ${links.apply}`,
      'We write to you at most once a month, however many customers ask.',
    ].join('\n\n'),
  };
}
