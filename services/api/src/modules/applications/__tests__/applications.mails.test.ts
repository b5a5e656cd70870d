import { mailLinks } from '../../mail/index.ts';
import { newApplicationMail, receiptMail, rejectedMail } from '../applications.mails.ts';

const links = mailLinks('https://registry.example');

describe('application messages', () => {
  it('acknowledge the applicant with a reference and tell the admins where to review', () => {
    expect(receiptMail({ contactName: 'Pat', companyName: 'Acme', id: 'a1' }).text).toContain('Hello Pat,\n\nThank you for applying to the Customer Excellence Pledge for Acme.');
    expect(receiptMail({ contactName: 'Pat', companyName: 'Acme', id: 'a1' }).text).toContain('Reference: a1');
    const admins = newApplicationMail(links, { contactName: 'Pat', contactEmail: 'pat@acme.example', companyName: 'Acme', website: 'https://acme.example' });
    expect(admins.text).toBe('Pat <pat@acme.example> applied for Acme (https://acme.example).\n\nReview it at https://registry.example/admin/applications');
  });

  it('give a rejected applicant the reason and the way back', () => {
    const mail = rejectedMail({ contactName: 'Pat', companyName: 'Acme', reason: 'No support team yet.' });
    expect(mail.subject).toBe('Your application for Acme was not accepted');
    expect(mail.text).toContain('for this reason:\n\nNo support team yet.\n\nYou are welcome to apply again');
  });
});
