import { issueRecurrence, normaliseTitle } from '../recurrence.ts';

describe('normaliseTitle', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(normaliseTitle('Login fails — SSO!')).toBe(normaliseTitle('  login   fails (sso) '));
    expect(normaliseTitle('Réinitialisation du mot de passe')).toBe('reinitialisation du mot de passe');
  });
});

describe('issueRecurrence', () => {
  const history = [
    { period: '2025-H2', issues: [{ id: 'a1', title: 'Login fails with SSO' }, { id: 'b1', title: 'Slow reports' }] },
    { period: '2026-H1', issues: [{ id: 'a2', title: 'login fails with sso.' }, { id: 'c2', title: 'Export to CSV broken' }] },
    {
      period: '2026-H2',
      issues: [
        { id: 'a3', title: 'LOGIN FAILS WITH SSO' },
        { id: 'c3', title: 'CSV exports time out', linkedIssueId: 'c2' },
        { id: 'b3', title: 'Slow reports' },
      ],
    },
  ];

  it('marks an issue of the previous top five recurring, and of three periods in a row chronic', () => {
    const result = issueRecurrence(history);
    expect(result.get('a1')).toEqual({ streak: 1, recurring: false, chronic: false });
    expect(result.get('a2')).toEqual({ streak: 2, recurring: true, chronic: false });
    expect(result.get('a3')).toEqual({ streak: 3, recurring: true, chronic: true });
  });

  it('follows an explicit link even when the title changed', () => {
    expect(issueRecurrence(history).get('c3')).toEqual({ streak: 2, recurring: true, chronic: false });
  });

  it('needs consecutive periods: an issue that skipped a period starts again', () => {
    expect(issueRecurrence(history).get('b3')).toEqual({ streak: 1, recurring: false, chronic: false });
  });

  it('does not depend on the order the periods are given in, and crosses the year end', () => {
    expect(issueRecurrence([...history].reverse()).get('a3')?.chronic).toBe(true);
  });
});
