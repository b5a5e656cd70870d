import type { Revision } from '@cep/shared';
import { formatDateTime } from '../../../lib/format.ts';
import { describeCheckpointField } from '../utils/checkpoint-labels.ts';

/** Shares are fractions in the data and percentages on the page. */
const SHARES = new Set(['followUpShare', 'responsiveness.shareWithinTarget']);

function shown(field: string, value: Revision['changes'][number]['from']): string {
  if (value === null || value === '') return '(empty)';
  if (typeof value === 'number' && SHARES.has(field)) return `${Number((value * 100).toFixed(2))}%`;
  return String(value);
}

/**
 * The period's review thread, as both sides read it: each submission, what changed since the one
 * before, and the registry's decision with its note.
 */
export function ReviewThread({ thread }: { thread: readonly Revision[] }) {
  if (thread.length === 0) return null;
  return (
    <section className="section" aria-labelledby="thread-heading">
      <h2 id="thread-heading">Review history</h2>
      <ol className="timeline" data-testid="review-thread">
        {thread.map((revision) => (
          <li key={revision.number}>
            <p>
              <strong>{revision.number === 1 ? 'Submitted' : `Submitted again (version ${revision.number})`}</strong> <time dateTime={revision.submittedAt}>{formatDateTime(revision.submittedAt)}</time>
            </p>
            {revision.number > 1 ? (
              revision.changes.length === 0 ? (
                <p className="muted">Unchanged since the version before.</p>
              ) : (
                <ul className="changes" aria-label={`Changed in version ${revision.number}`}>
                  {revision.changes.map((change) => (
                    <li key={change.field}>
                      {describeCheckpointField(change.field)}: {shown(change.field, change.from)} → {shown(change.field, change.to)}
                    </li>
                  ))}
                </ul>
              )
            ) : null}
            {revision.decision ? (
              <div className={revision.decision === 'returned' ? 'notice notice-warning' : 'notice notice-success'}>
                <p>
                  <strong>{revision.decision === 'returned' ? 'Returned for changes' : 'Accepted'}</strong>
                  {revision.reviewedAt ? <> on {formatDateTime(revision.reviewedAt)}</> : null}
                </p>
                {revision.notes ? <p className="pre-line">{revision.notes}</p> : null}
              </div>
            ) : (
              <p className="muted">Waiting for the registry’s review.</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
