import { mailLinks } from '../../mail/index.ts';
import {
  alreadyRegisteredMail,
  emailChangedMail,
  emailChangeMail,
  emailChangeRequestedMail,
  emailTakenMail,
  invitationMail,
  ownershipMail,
  passwordChangedMail,
  passwordResetMail,
  removedFromTeamMail,
} from '../accounts.mails.ts';

const links = mailLinks('https://registry.example');
const at = new Date('2026-03-09T14:05:30Z');

describe('account messages', () => {
  it('invite with a one-time link and its expiry date', () => {
    const mail = invitationMail(links, { vendorName: 'Acme', role: 'member', token: 'T0K', expiresOn: '2026-03-09' });
    expect(mail.subject).toBe('You are invited to manage Acme in the Customer Excellence Pledge registry');
    expect(mail.text).toContain('invited as the member of Acme');
    expect(mail.text).toContain('expires on 2026-03-09');
    expect(mail.text).toContain('https://registry.example/invitations/T0K');
  });

  it('send the reset link with how long it works, and say that ignoring it changes nothing', () => {
    const mail = passwordResetMail(links, { token: 'R3S', minutes: 30 });
    expect(mail.text).toContain('https://registry.example/reset-password/R3S');
    expect(mail.text).toContain('for 30 minutes');
    expect(mail.text).toContain('your password stays as it is');
  });

  it('tell of a changed password with the minute it happened, in UTC, and how to get back in', () => {
    expect(passwordChangedMail(links, { how: 'reset', at }).text).toContain('reset through an e-mailed link on 2026-03-09 14:05 UTC, and every device was signed out');
    const changed = passwordChangedMail(links, { how: 'changed', at }).text;
    expect(changed).toContain('changed on 2026-03-09 14:05 UTC; every other device was signed out');
    expect(changed).toContain('https://registry.example/login');
  });

  it('confirm a new address through a link to it, and tell the old one before and after', () => {
    const confirm = emailChangeMail(links, { token: 'N3W', newEmail: 'new@acme.example', hours: 24 });
    expect(confirm.text).toContain('https://registry.example/confirm-email/N3W');
    expect(confirm.text).toContain('for 24 hours');
    expect(emailChangeRequestedMail({ newEmail: 'new@acme.example' }).text).toContain('Nothing changes until a link sent to new@acme.example is opened');
    expect(emailChangedMail({ newEmail: 'new@acme.example', at }).text).toContain('On 2026-03-09 14:05 UTC your account\'s e-mail address became new@acme.example');
    expect(emailTakenMail().text).not.toContain('https://');
  });

  it('explain to an address with an account elsewhere why the invitation did nothing', () => {
    const mail = alreadyRegisteredMail({ vendorName: 'Acme' });
    expect(mail.subject).toBe('Acme tried to invite you to the Customer Excellence Pledge registry');
    expect(mail.text).toContain('an account belongs to one vendor');
  });

  it('tell a removed person, and a withdrawn invitee, what changed', () => {
    expect(removedFromTeamMail({ vendorName: 'Acme', invited: false })).toMatchObject({ subject: "You were removed from Acme's team", text: expect.stringContaining('you were signed out') });
    expect(removedFromTeamMail({ vendorName: 'Acme', invited: true })).toMatchObject({ subject: "Your invitation to Acme's team was withdrawn", text: expect.stringContaining('link no longer works') });
  });

  it('tell both sides of an ownership transfer', () => {
    const heir = ownershipMail(links, { vendorName: 'Acme', side: 'new', otherEmail: 'olive@acme.example' });
    expect(heir.text).toContain('olive@acme.example handed the ownership of Acme on to you');
    expect(heir.text).toContain('https://registry.example/vendor/team');
    expect(ownershipMail(links, { vendorName: 'Acme', side: 'former', otherEmail: 'hana@acme.example' }).text).toContain('passed to hana@acme.example. You stay on the team as a member');
  });
});
