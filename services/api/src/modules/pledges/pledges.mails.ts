import { PledgeAction, type PledgeState } from '@cep/shared';
import type { MailContent, MailLinks } from '../mail/index.ts';

/** The messages about a pledge. Pure: the facts in, the message out (tested in __tests__/pledges.mails.test.ts). */

export function signedMail(
  links: MailLinks,
  f: { vendorName: string; signerName: string; signerTitle: string; signerEmail: string; agreementVersion: number; signedAt: Date; textSha256: string },
): MailContent {
  return {
    subject: `${f.vendorName} signed the Customer Excellence Pledge (version ${f.agreementVersion})`,
    text: [
      `${f.signerName} (${f.signerTitle}, ${f.signerEmail}) signed version ${f.agreementVersion} of the Customer Excellence Pledge for ${f.vendorName} on ${f.signedAt.toISOString()}.`,
      ``,
      `SHA-256 of the signed text: ${f.textSha256}`,
      ``,
      `The signed copy is on your pledge page: ${links.vendorPledge}`,
    ].join('\n'),
  };
}

/** What the vendor's owners are told when the pledge moves; null for moves they caused or need not hear of. */
export function stateChangedMail(links: MailLinks, f: { vendorName: string; action: PledgeAction; reason: string | null }): MailContent | null {
  const { vendorName } = f;
  const why = f.reason ? `\n\nReason given by the program admin:\n\n${f.reason}` : '';
  switch (f.action) {
    case PledgeAction.Suspend:
      return {
        subject: `The pledge of ${vendorName} is suspended`,
        text: `The Customer Excellence Pledge of ${vendorName} is suspended. Your badge now shows "suspended".${why}\n\nYou may appeal in writing from your pledge page: ${links.vendorPledge}`,
      };
    case PledgeAction.Revoke:
      return {
        subject: `The pledge of ${vendorName} is revoked`,
        text: `The Customer Excellence Pledge of ${vendorName} is revoked; this is final and the badge no longer shows membership.${why}\n\nYou may answer in writing from your pledge page: ${links.vendorPledge}`,
      };
    case PledgeAction.Reinstate:
      return { subject: `The pledge of ${vendorName} is reinstated`, text: `The Customer Excellence Pledge of ${vendorName} is active again.${why}` };
    case PledgeAction.Lapse:
      return { subject: `The pledge of ${vendorName} has lapsed`, text: `The Customer Excellence Pledge of ${vendorName} has lapsed.${why}\n\nSubmit the missing checkpoint data to make it active again: ${links.vendorCheckpoints}` };
    case PledgeAction.RequireSignature:
      return { subject: `${vendorName}: sign the new version of the pledge`, text: `The grace period for the new agreement version has ended and the pledge of ${vendorName} now needs a signature.${why}\n\nSign it here: ${links.vendorPledge}` };
    default:
      return null;
  }
}

/** The admins are told when a vendor leaves. */
export function withdrawnMail(f: { vendorName: string; by: string; reason: string | null }): MailContent {
  return {
    subject: `${f.vendorName} withdrew from the pledge`,
    text: `${f.by} withdrew the pledge of ${f.vendorName}.${f.reason ? `\n\nReason:\n\n${f.reason}` : ''}`,
  };
}

export function appealMail(links: MailLinks, f: { vendorId: string; vendorName: string; by: string; state: PledgeState; text: string }): MailContent {
  return {
    subject: `Appeal from ${f.vendorName}`,
    text: `${f.by} appealed the ${f.state} pledge of ${f.vendorName}:\n\n${f.text}\n\nRead it on the vendor's page: ${links.adminVendor(f.vendorId)}`,
  };
}

export function signatureDueMail(links: MailLinks, f: { vendorName: string; agreementVersion: number; signedVersion: number; signBy: string }): MailContent {
  return {
    subject: `A new version of the Customer Excellence Pledge: please sign by ${f.signBy}`,
    text: `Version ${f.agreementVersion} of the pledge is in effect. ${f.vendorName} signed version ${f.signedVersion} and keeps its standing until ${f.signBy}; sign the new version before then: ${links.vendorPledge}`,
  };
}

export function checkpointDueSoonMail(links: MailLinks, f: { vendorName: string; period: string; dueDate: string; lapsesOn: string; daysLeft: number }): MailContent {
  return {
    subject: `${f.vendorName}: checkpoint data for ${f.period} is due on ${f.dueDate}`,
    text: `The checkpoint data of ${f.vendorName} for ${f.period} is due on ${f.dueDate} (in ${f.daysLeft} days). Without it the pledge lapses on ${f.lapsesOn}.\n\nSubmit it here: ${links.vendorCheckpoints}`,
  };
}
