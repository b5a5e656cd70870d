import type { ComplaintState } from '@cep/shared';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { isOverdue } from '../utils/complaint-format.ts';

/** The vendor's response deadline, and "Overdue" in words once it passed unanswered. */
export function DueDate({ state, dueAt }: { state: ComplaintState; dueAt: string | null }) {
  if (!dueAt) return <span className="muted">—</span>;
  return (
    <>
      <time dateTime={dueAt}>{formatDateTime(dueAt)}</time>
      {isOverdue(state, dueAt) ? (
        <>
          {' '}
          <StatusTag status="overdue" label="Overdue" className="tag-plain" />
        </>
      ) : null}
    </>
  );
}
