import { mailLinks } from '../../mail/index.ts';
import {
  confirmationMail,
  confirmedMail,
  forwardedMail,
  outcomeMail,
  overdueMail,
  responseDueSoonMail,
  responseToComplainantMail,
  watchEnteredMail,
  watchLeftMail,
} from '../complaints.mails.ts';

const links = mailLinks('https://registry.example');
const complaint = { complaintId: 'c1', reference: 'C-ABCD2345', subject: 'No answer for a week', vendorName: 'Acme' };

describe('complaint messages', () => {
  it('give the complainant a one-time link and say what the vendor will see', () => {
    const withConsent = confirmationMail(links, { ...complaint, token: 'tok', consent: true, confirmDays: 7 });
    expect(withConsent.subject).toBe('Confirm your complaint about Acme (C-ABCD2345)');
    expect(withConsent.text).toContain('within 7 days by opening this link (it works once): https://registry.example/complaints/confirm/tok');
    expect(withConsent.text).toContain('You allowed Acme to see your name');
    expect(confirmationMail(links, { ...complaint, token: 'tok', consent: false, confirmDays: 7 }).text).toContain('Acme will not see your name, e-mail or organisation.');
    const response = responseToComplainantMail(links, { ...complaint, response: 'We called you back.', token: 'out', outcomeDays: 30 });
    expect(response.text).toContain('We called you back.');
    expect(response.text).toContain('https://registry.example/complaints/outcome/out');
    expect(response.text).toContain('within 30 days we consider it resolved');
  });

  it('send the admin to triage and the vendor to respond by its deadline', () => {
    expect(confirmedMail(links, complaint).text).toContain('https://registry.example/admin/complaints/c1');
    const forwarded = forwardedMail(links, { ...complaint, dueDate: '2026-03-16', deadline: '2026-03-16 17:00 (Europe/Paris)', responseDays: 10, note: 'Please call them.' });
    expect(forwarded.subject).toBe('A complaint about Acme needs your response by 2026-03-16 (C-ABCD2345)');
    expect(forwarded.text).toContain('Respond within 10 business days, by 2026-03-16 17:00 (Europe/Paris)');
    expect(forwarded.text).toContain('Note from the registry: Please call them.');
    expect(forwardedMail(links, { ...complaint, dueDate: 'd', deadline: 'd', responseDays: 10, note: null }).text).not.toContain('Note from the registry');
    expect(responseDueSoonMail(links, { ...complaint, dueDate: '2026-03-16', deadline: 'x', businessDaysUsed: 8, responseDays: 10 }).text).toContain('8 of the 10 business days');
    expect(overdueMail(links, { ...complaint, deadline: '2026-03-16 17:00 (UTC)' }).text).toContain('had no response by 2026-03-16 17:00 (UTC). It now counts as unanswered.');
  });

  it('pass on the complainant’s verdict and the watch-list crossings', () => {
    expect(outcomeMail({ ...complaint, outcome: 'unresolved', comment: 'Still broken' })).toEqual({
      subject: 'Complaint C-ABCD2345: the customer marked it unresolved',
      text: 'The customer marked the complaint "No answer for a week" about Acme as unresolved.\n\nTheir comment: Still broken',
    });
    const entered = watchEnteredMail(links, { vendorName: 'Acme', summary: '6 confirmed complaints', forwarded: 4, days: 180 });
    expect(entered.owners.text).toContain('https://registry.example/vendor/complaints');
    expect(entered.owners.text).toContain('4 of them were forwarded to you in the last 180 days; this count includes only complaints you can see');
    expect(entered.owners.text).not.toContain('6 confirmed');
    expect(watchEnteredMail(links, { vendorName: 'Acme', summary: '3 confirmed complaints', forwarded: 0, days: 180 }).owners.text).toContain('None of them has been forwarded to you yet');
    expect(entered.admins.text).toBe('Acme: 6 confirmed complaints.\n\nhttps://registry.example/admin/watchlist');
    expect(watchLeftMail({ vendorName: 'Acme', summary: '1 confirmed complaint' }).subject).toBe('Acme is no longer on the watch list');
  });
});
