import { mailLinks } from '../../mail/index.ts';
import { invitationMail } from '../accounts.mails.ts';

const links = mailLinks('https://registry.example');

describe('account messages', () => {
  it('invite with a one-time link and its expiry date', () => {
    const mail = invitationMail(links, { vendorName: 'Acme', role: 'member', token: 'T0K', expiresOn: '2026-03-09' });
    expect(mail.subject).toBe('You are invited to manage Acme in the Customer Excellence Pledge registry');
    expect(mail.text).toContain('invited as the member of Acme');
    expect(mail.text).toContain('expires on 2026-03-09');
    expect(mail.text).toContain('https://registry.example/invitations/T0K');
  });
});
