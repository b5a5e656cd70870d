import { mailLinks } from '../../mail/index.ts';
import { acceptedMail, returnedMail, submittedMail } from '../checkpoints.mails.ts';

const links = mailLinks('https://registry.example');

describe('checkpoint messages', () => {
  it('point the admin at the submission to review, and say when it comes back after a return', () => {
    const first = submittedMail(links, { vendorId: 'v1', vendorName: 'Acme', period: '2026-H1', resubmitted: false });
    expect(first.subject).toBe('Acme submitted checkpoint data for 2026-H1');
    expect(first.text).toBe('Acme submitted its checkpoint data for 2026-H1. Review it: https://registry.example/admin/vendors/v1/checkpoints/2026-H1');
    expect(submittedMail(links, { vendorId: 'v1', vendorName: 'Acme', period: '2026-H1', resubmitted: true }).text).toContain('again, after it was returned');
  });

  it('give the vendor the admin’s note, the 14 days and the page to fix returned data', () => {
    const mail = returnedMail(links, { vendorName: 'Acme', period: '2026-H1', notes: 'The NPS sample is missing.' });
    expect(mail.subject).toBe('Acme: checkpoint data for 2026-H1 was returned');
    expect(mail.text).toContain(':\n\nThe NPS sample is missing.\n\nFix it and submit again within 14 days');
    expect(mail.text).toContain('https://registry.example/vendor/checkpoints/2026-H1');
  });

  it('confirm an acceptance, with the note only when there is one', () => {
    expect(acceptedMail({ vendorName: 'Acme', period: '2026-H1', notes: null }).text).toBe('The registry accepted the checkpoint data of Acme for 2026-H1.');
    expect(acceptedMail({ vendorName: 'Acme', period: '2026-H1', notes: 'Well done.' }).text).toBe('The registry accepted the checkpoint data of Acme for 2026-H1.\n\nWell done.');
  });
});
