import fc from 'fast-check';
import { previousPeriod } from '../periods.ts';
import { issueRecurrence, normaliseTitle, type PeriodTopIssues, type TopIssue } from '../recurrence.ts';

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

const PERIODS = ['2024-H1', '2024-H2', '2025-H1', '2025-H2', '2026-H1', '2026-H2', '2027-H1'];
const POOL = ['Login fails with SSO', 'Slow reports', 'CSV export broken', 'Password reset mails late', 'Billing errors', 'Mobile app crashes', 'Calendar sync'];

/** Periods (a random selection, so with gaps) with up to five distinct issues each, some linked. */
const historyArb: fc.Arbitrary<PeriodTopIssues[]> = fc.subarray(PERIODS, { minLength: 1 }).chain((periods) =>
  fc
    .tuple(
      ...periods.map(() =>
        fc.uniqueArray(fc.record({ title: fc.nat({ max: POOL.length - 1 }), link: fc.option(fc.nat({ max: 4 }), { nil: null, freq: 3 }) }), {
          selector: (r) => r.title,
          maxLength: 5,
        }),
      ),
    )
    .map((perPeriod) => {
      const count = new Map(periods.map((period, i) => [period, perPeriod[i]?.length ?? 0]));
      return periods.map((period, i) => ({
        period,
        issues: (perPeriod[i] ?? []).map((r, k): TopIssue => {
          const previous = previousPeriod(period);
          const linked = r.link !== null && r.link < (count.get(previous) ?? 0) ? `${previous}-${r.link}` : null;
          return { id: `${period}-${k}`, title: POOL[r.title] ?? '', linkedIssueId: linked };
        }),
      }));
    }),
);

const ACCENTED: Record<string, string[]> = {
  a: ['á', 'à', 'ä', 'â', 'a\u0301'],
  e: ['é', 'è', 'ê', 'ë', 'e\u0300'],
  i: ['í', 'ï'],
  o: ['ó', 'ö', 'ô'],
  u: ['ú', 'ü', 'û'],
  c: ['ç'],
  n: ['ñ'],
};
const SEPARATORS = [' ', '  ', ' - ', ' — ', '/', '_', ', ', '! ', '...', ' (', ') ', '\t', ': '];
const EDGES = ['', ' ', '!', '?', '"', '(', ') ', '… ', '-- ', '#'];

/** The same title with its case, accents and punctuation changed at random. */
function mangledArb(title: string): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(fc.nat(), { minLength: title.length, maxLength: title.length }), fc.constantFrom(...EDGES), fc.constantFrom(...EDGES))
    .map(([choices, prefix, suffix]) => {
      const chars = [...title].map((ch, i) => {
        const choice = choices[i] ?? 0;
        if (ch === ' ') return SEPARATORS[choice % SEPARATORS.length];
        const lower = ch.toLowerCase();
        const options = [lower, lower.toUpperCase(), ...(ACCENTED[lower] ?? []).flatMap((a) => [a, a.toUpperCase()])];
        return options[choice % options.length];
      });
      return `${prefix}${chars.join('')}${suffix}`;
    });
}

/** Each issue's predecessor by the rule of SPEC §5, found independently of the implementation. */
function predecessorOf(issue: TopIssue, period: string, history: readonly PeriodTopIssues[]): TopIssue | undefined {
  const previous = history.find((h) => h.period === previousPeriod(period));
  if (!previous) return undefined;
  if (issue.linkedIssueId) return previous.issues.find((p) => p.id === issue.linkedIssueId);
  return previous.issues.find((p) => normaliseTitle(p.title) === normaliseTitle(issue.title));
}

describe('normaliseTitle properties', () => {
  it('ignores case, accents and punctuation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...POOL).chain((title) => fc.tuple(fc.constant(title), mangledArb(title))),
        ([title, mangled]) => {
          expect(normaliseTitle(mangled)).toBe(normaliseTitle(title));
          expect(normaliseTitle(title)).toBe(title.toLowerCase());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is idempotent and leaves only lower-case letters and digits separated by single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (title) => {
        const once = normaliseTitle(title);
        expect(normaliseTitle(once)).toBe(once);
        expect(once).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('issueRecurrence properties', () => {
  it('gives every issue a streak of at least 1, recurring from 2, chronic from 3', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const result = issueRecurrence(history);
        for (const issue of history.flatMap((h) => h.issues)) {
          const r = result.get(issue.id);
          expect(r).toBeDefined();
          if (!r) continue;
          expect(r.streak).toBeGreaterThanOrEqual(1);
          expect(r.recurring).toBe(r.streak >= 2);
          expect(r.chronic).toBe(r.streak >= 3);
          if (r.chronic) expect(r.recurring).toBe(true);
        }
        expect(result.size).toBe(history.flatMap((h) => h.issues).length);
      }),
      { numRuns: 200 },
    );
  });

  it('continues exactly the predecessor’s streak, and never outruns the run of consecutive periods', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const result = issueRecurrence(history);
        const present = new Set(history.map((h) => h.period));
        for (const { period, issues } of history) {
          let run = 1;
          for (let p = previousPeriod(period); present.has(p); p = previousPeriod(p)) run += 1;
          for (const issue of issues) {
            const streak = result.get(issue.id)?.streak ?? 0;
            const predecessor = predecessorOf(issue, period, history);
            expect(streak).toBe(predecessor ? (result.get(predecessor.id)?.streak ?? 0) + 1 : 1);
            expect(streak).toBeLessThanOrEqual(run);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of the periods', () => {
    fc.assert(
      fc.property(
        historyArb.chain((h) => fc.tuple(fc.constant(h), fc.shuffledSubarray(h, { minLength: h.length, maxLength: h.length }))),
        ([history, shuffled]) => {
          expect(issueRecurrence(shuffled)).toEqual(issueRecurrence(history));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('does not change when titles change case, accents or punctuation', () => {
    fc.assert(
      fc.property(
        historyArb.chain((history) =>
          fc.tuple(fc.constant(history), fc.tuple(...history.flatMap((h) => h.issues.map((i) => mangledArb(i.title))))).map(([h, titles]) => {
            let k = 0;
            const mangled = h.map((p) => ({ ...p, issues: p.issues.map((i) => ({ ...i, title: titles[k++] ?? i.title })) }));
            return [h, mangled] as const;
          }),
        ),
        ([history, mangled]) => {
          expect(issueRecurrence(mangled)).toEqual(issueRecurrence(history));
        },
      ),
      { numRuns: 150 },
    );
  });
});
