import { PledgeAction, PledgeState } from '@cep/shared';
import { mailLinks } from '../../mail/index.ts';
import { appealMail, checkpointDueSoonMail, signatureDueMail, signedMail, stateChangedMail, withdrawnMail } from '../pledges.mails.ts';

const links = mailLinks('https://registry.example');

describe('pledge messages', () => {
  it('name the signer, the version and the fingerprint of the signed text, and link the signed copy', () => {
    const mail = signedMail(links, {
      vendorName: 'Acme',
      signerName: 'Ada Lovelace',
      signerTitle: 'Head of Support',
      signerEmail: 'ada@acme.example',
      agreementVersion: 2,
      signedAt: new Date('2026-03-02T10:00:00Z'),
      textSha256: 'ab'.repeat(32),
    });
    expect(mail.subject).toBe('Acme signed the Customer Excellence Pledge (version 2)');
    expect(mail.text).toContain('Ada Lovelace (Head of Support, ada@acme.example) signed version 2');
    expect(mail.text).toContain(`SHA-256 of the signed text: ${'ab'.repeat(32)}`);
    expect(mail.text).toContain('https://registry.example/vendor/pledge');
  });

  it('tell the owners what a move means for them and what to do next, with the admin’s reason', () => {
    const suspended = stateChangedMail(links, { vendorName: 'Acme', action: PledgeAction.Suspend, reason: 'Complaints unanswered' });
    expect(suspended?.subject).toBe('The pledge of Acme is suspended');
    expect(suspended?.text).toContain('Reason given by the program admin:\n\nComplaints unanswered');
    expect(suspended?.text).toContain('appeal in writing from your pledge page: https://registry.example/vendor/pledge');
    expect(stateChangedMail(links, { vendorName: 'Acme', action: PledgeAction.Lapse, reason: null })?.text).toContain('https://registry.example/vendor/checkpoints');
    expect(stateChangedMail(links, { vendorName: 'Acme', action: PledgeAction.RequireSignature, reason: null })?.subject).toBe('Acme: sign the new version of the pledge');
    expect(stateChangedMail(links, { vendorName: 'Acme', action: PledgeAction.Revoke, reason: null })?.text).not.toContain('Reason given');
  });

  it('say nothing to the owners about moves they made themselves or that need no word', () => {
    for (const action of [PledgeAction.Sign, PledgeAction.Restore, PledgeAction.Withdraw]) {
      expect(stateChangedMail(links, { vendorName: 'Acme', action, reason: null })).toBeNull();
    }
  });

  it('tell the admins who withdrew or appealed, with their words and where to read them', () => {
    expect(withdrawnMail({ vendorName: 'Acme', by: 'owner@acme.example', reason: 'Merged' })).toEqual({
      subject: 'Acme withdrew from the pledge',
      text: 'owner@acme.example withdrew the pledge of Acme.\n\nReason:\n\nMerged',
    });
    const appeal = appealMail(links, { vendorId: 'v1', vendorName: 'Acme', by: 'owner@acme.example', state: PledgeState.Suspended, text: 'We answered them all.' });
    expect(appeal.text).toBe("owner@acme.example appealed the suspended pledge of Acme:\n\nWe answered them all.\n\nRead it on the vendor's page: https://registry.example/admin/vendors/v1");
  });

  it('give reminders a date to act by', () => {
    expect(signatureDueMail(links, { vendorName: 'Acme', agreementVersion: 3, signedVersion: 2, signBy: '2026-05-01' }).subject).toBe(
      'A new version of the Customer Excellence Pledge: please sign by 2026-05-01',
    );
    const due = checkpointDueSoonMail(links, { vendorName: 'Acme', period: '2026-H1', dueDate: '2026-07-31', lapsesOn: '2026-08-01', daysLeft: 3 });
    expect(due.subject).toBe('Acme: checkpoint data for 2026-H1 is due on 2026-07-31');
    expect(due.text).toContain('(in 3 days). Without it the pledge lapses on 2026-08-01.');
  });
});
