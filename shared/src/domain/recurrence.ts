import { previousPeriod } from './periods.ts';

/**
 * Recurring and chronic issues (SPEC §5): an issue of a period's top five that was also in the
 * previous period's top five is recurring; in three periods in a row, chronic. Two issues match when
 * the vendor linked one to the other explicitly, or when their normalised titles are equal.
 */

export interface TopIssue {
  id: string;
  title: string;
  /** The id of the previous period's issue this one continues, when the vendor picked it. */
  linkedIssueId?: string | null;
}

export interface PeriodTopIssues {
  period: string;
  issues: readonly TopIssue[];
}

export interface Recurrence {
  /** How many consecutive periods, ending with this one, had this issue. */
  streak: number;
  recurring: boolean;
  chronic: boolean;
}

/** "Login fails — SSO!" and "login  fails (sso)" are the same issue. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Streaks for every issue of every period; periods may come in any order and with gaps. */
export function issueRecurrence(history: readonly PeriodTopIssues[]): Map<string, Recurrence> {
  const byPeriod = new Map(history.map((h) => [h.period, h]));
  const ordered = [...history].sort((a, b) => a.period.localeCompare(b.period));
  const streaks = new Map<string, number>();
  for (const { period, issues } of ordered) {
    const previous = byPeriod.get(previousPeriod(period));
    for (const issue of issues) {
      const predecessor = previous?.issues.find((p) => (issue.linkedIssueId ? p.id === issue.linkedIssueId : normaliseTitle(p.title) === normaliseTitle(issue.title)));
      streaks.set(issue.id, predecessor ? (streaks.get(predecessor.id) ?? 1) + 1 : 1);
    }
  }
  return new Map([...streaks].map(([id, streak]) => [id, { streak, recurring: streak >= 2, chronic: streak >= 3 }]));
}
