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

/** When a change happened, to the minute, as every reader reads it: in UTC. */
const atMinute = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const NOT_YOU = 'If this was not you, reply to this message: someone may know your password.';

export function passwordResetMail(links: MailLinks, f: { token: string; minutes: number }): MailContent {
  return {
    subject: 'Reset your password for the Customer Excellence Pledge registry',
    text: [
      `Hello,`,
      ``,
      `Someone asked to reset the password of this address's account in the Customer Excellence Pledge registry.`,
      `Choose a new password here (the link works once, for ${f.minutes} minutes):`,
      ``,
      links.passwordReset(f.token),
      ``,
      `Choosing a new password signs you out everywhere. If you did not ask for this, ignore this message: your password stays as it is.`,
    ].join('\n'),
  };
}

export function passwordChangedMail(links: MailLinks, f: { how: 'reset' | 'changed'; at: Date }): MailContent {
  return {
    subject: 'Your registry password was changed',
    text: [
      `Hello,`,
      ``,
      f.how === 'reset'
        ? `The password of your account was reset through an e-mailed link on ${atMinute(f.at)}, and every device was signed out.`
        : `The password of your account was changed on ${atMinute(f.at)}; every other device was signed out.`,
      ``,
      `${NOT_YOU} Sign in or reset your password at ${links.login}.`,
    ].join('\n'),
  };
}

export function emailChangeMail(links: MailLinks, f: { token: string; newEmail: string; hours: number }): MailContent {
  return {
    subject: 'Confirm your new e-mail address for the Customer Excellence Pledge registry',
    text: [
      `Hello,`,
      ``,
      `You asked to sign in to the Customer Excellence Pledge registry as ${f.newEmail} from now on.`,
      `Confirm this address here (the link works once, for ${f.hours} hours):`,
      ``,
      links.emailChange(f.token),
      ``,
      `Until you confirm, nothing changes. If you did not ask for this, ignore this message.`,
    ].join('\n'),
  };
}

export function emailChangeRequestedMail(f: { newEmail: string }): MailContent {
  return {
    subject: 'A new e-mail address was requested for your registry account',
    text: [
      `Hello,`,
      ``,
      `Someone signed in to your account asked to use ${f.newEmail} instead of this address. Nothing changes until a link sent to ${f.newEmail} is opened.`,
      ``,
      NOT_YOU,
    ].join('\n'),
  };
}

export function emailChangedMail(f: { newEmail: string; at: Date }): MailContent {
  return {
    subject: 'Your registry account now uses another e-mail address',
    text: [`Hello,`, ``, `On ${atMinute(f.at)} your account's e-mail address became ${f.newEmail}; this address receives nothing more from the registry about it.`, ``, NOT_YOU].join('\n'),
  };
}

export function emailTakenMail(): MailContent {
  return {
    subject: 'Someone asked to use this address in the Customer Excellence Pledge registry',
    text: [
      `Hello,`,
      ``,
      `Someone signed in to the registry asked to move their account to this address, but this address already has an account. Nothing changed.`,
      ``,
      `If that was you, sign in with this address instead, or choose another one.`,
    ].join('\n'),
  };
}

export function alreadyRegisteredMail(f: { vendorName: string }): MailContent {
  return {
    subject: `${f.vendorName} tried to invite you to the Customer Excellence Pledge registry`,
    text: [
      `Hello,`,
      ``,
      `Someone at ${f.vendorName} tried to invite this address to manage ${f.vendorName} in the Customer Excellence Pledge registry, but this address already has an account there, and an account belongs to one vendor.`,
      ``,
      `Nothing changed. If you should join ${f.vendorName}, give them another address to invite.`,
    ].join('\n'),
  };
}

export function removedFromTeamMail(f: { vendorName: string; invited: boolean }): MailContent {
  return f.invited
    ? {
        subject: `Your invitation to ${f.vendorName}'s team was withdrawn`,
        text: [`Hello,`, ``, `The invitation to manage ${f.vendorName} in the Customer Excellence Pledge registry was withdrawn; its link no longer works.`, ``, `Ask ${f.vendorName}'s owner if this is a mistake.`].join('\n'),
      }
    : {
        subject: `You were removed from ${f.vendorName}'s team`,
        text: [
          `Hello,`,
          ``,
          `You no longer manage ${f.vendorName} in the Customer Excellence Pledge registry: its owner removed you from the team, and you were signed out.`,
          ``,
          `Ask ${f.vendorName}'s owner if this is a mistake.`,
        ].join('\n'),
      };
}

export function ownershipMail(links: MailLinks, f: { vendorName: string; side: 'new' | 'former'; otherEmail: string }): MailContent {
  return f.side === 'new'
    ? {
        subject: `You are now the owner of ${f.vendorName} in the registry`,
        text: [
          `Hello,`,
          ``,
          `${f.otherEmail} handed the ownership of ${f.vendorName} on to you. You now receive every notice about its pledge, sign its agreements and manage its team.`,
          ``,
          `Your team: ${links.vendorTeam}`,
        ].join('\n'),
      }
    : {
        subject: `${f.vendorName} has a new owner in the registry`,
        text: [`Hello,`, ``, `The ownership of ${f.vendorName} passed to ${f.otherEmail}. You stay on the team as a member.`].join('\n'),
      };
}

/** A change to how an account proves who it is, beyond the password. */
export type SecondFactorChange = 'app_on' | 'app_off' | 'passkey_added' | 'passkey_removed' | 'codes_renewed';

const SECOND_FACTOR_WORDS: Record<SecondFactorChange, { subject: string; what: string }> = {
  app_on: { subject: 'Two-step sign-in is on', what: 'An authenticator app was set up for two-step sign-in, and ten new recovery codes were issued (earlier ones no longer work)' },
  app_off: { subject: 'Your authenticator app was removed', what: 'The authenticator app was removed from your account' },
  passkey_added: { subject: 'A passkey was added to your account', what: 'A passkey was added to your account' },
  passkey_removed: { subject: 'A passkey was removed from your account', what: 'A passkey was removed from your account' },
  codes_renewed: { subject: 'New recovery codes were made', what: 'Ten new recovery codes were made for your account; the earlier ones no longer work' },
};

export function secondFactorChangedMail(links: MailLinks, f: { change: SecondFactorChange; at: Date; detail?: string; stillOn: boolean }): MailContent {
  const words = SECOND_FACTOR_WORDS[f.change];
  return {
    subject: words.subject,
    text: [
      `Hello,`,
      ``,
      `${words.what}${f.detail ? ` (${f.detail})` : ''} on ${atMinute(f.at)}.`,
      f.stillOn ? 'Signing in asks for your password and a second factor.' : 'Signing in now asks for your password only.',
      ``,
      `${NOT_YOU} Review your sign-in settings at ${links.accountTwoFactor}.`,
    ].join('\n'),
  };
}

export function recoveryCodeUsedMail(links: MailLinks, f: { at: Date; left: number }): MailContent {
  return {
    subject: 'A recovery code was used to sign in',
    text: [
      `Hello,`,
      ``,
      `One of your recovery codes was used to sign in on ${atMinute(f.at)}. It will not work again; ${f.left} ${f.left === 1 ? 'code is' : 'codes are'} left.`,
      f.left <= 3 ? `Make new codes at ${links.accountTwoFactor} before you run out.` : `You can make new codes at ${links.accountTwoFactor}.`,
      ``,
      NOT_YOU,
    ].join('\n'),
  };
}

export function twoFactorResetMail(links: MailLinks): MailContent {
  return {
    subject: 'Your two-step sign-in was reset',
    text: [
      `Hello,`,
      ``,
      `The registry's admin reset the two-step sign-in of your account, as you asked: your authenticator app, passkeys and recovery codes no longer work, and every device was signed out.`,
      `Sign in with your password at ${links.login}, then set up two-step sign-in again at ${links.accountTwoFactor}.`,
      ``,
      `If you did not ask for this, reset your password from the sign-in page and reply to this message.`,
    ].join('\n'),
  };
}
