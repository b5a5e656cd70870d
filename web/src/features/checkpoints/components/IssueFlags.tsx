import type { CheckpointFigures } from '@cep/shared';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';

export type IssueFlag = CheckpointFigures['issues'][number];

/** Recurring and chronic in words; the tag colour only repeats them. */
export function IssueFlagTag({ flag }: { flag: IssueFlag | undefined }) {
  if (!flag) return <span className="muted">Checked for recurrence when saved</span>;
  if (flag.chronic) return <StatusTag status="overdue" className="tag-plain" label={`Chronic: in the top five ${flag.streak} periods in a row`} />;
  if (flag.recurring) return <StatusTag status="due" className="tag-plain" label={`Recurring: also in the previous period’s top five`} />;
  return <span className="muted">New: not in the previous period’s top five</span>;
}

/** Each top issue with the registry's verdict; the flags are the server's, matched by the issue's id. */
export function IssueFlagsList({ issues, flags }: { issues: readonly { id?: string | undefined; title: string }[]; flags: readonly IssueFlag[] }) {
  if (issues.length === 0) return <p className="muted">No top issues listed.</p>;
  return (
    <ol className="issue-flags" data-testid="issue-flags">
      {issues.map((issue, index) => (
        <li key={issue.id ?? `row-${index}`}>
          <span className="issue-flag-title">{issue.title.trim() || `Issue ${index + 1} (no title yet)`}</span> <IssueFlagTag flag={issue.id ? flags.find((f) => f.id === issue.id) : undefined} />
        </li>
      ))}
    </ol>
  );
}
