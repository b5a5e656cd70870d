import { PledgeState as S } from '../pledge-states.ts';
import { changeHeadline } from '../directory-changes.ts';

describe('a change of standing in the public feeds', () => {
  it.each([
    [S.PendingSignature, S.Active, 'Acme signed the Customer Excellence Pledge'],
    [S.Suspended, S.Active, 'Acme’s pledge was reinstated'],
    [S.Lapsed, S.Active, 'Acme’s pledge is active again'],
    [S.Active, S.Lapsed, 'Acme’s pledge lapsed: checkpoint data is overdue'],
    [S.Active, S.Suspended, 'Acme’s pledge was suspended'],
    [S.Suspended, S.Revoked, 'Acme’s pledge was revoked'],
    [S.Active, S.Withdrawn, 'Acme withdrew from the pledge'],
    [S.Active, S.PendingSignature, 'Acme must sign the new version of the pledge'],
  ])('%s → %s reads “%s”', (from, to, headline) => expect(changeHeadline('Acme', from, to)).toBe(headline));
});
