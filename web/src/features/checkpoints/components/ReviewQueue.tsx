import type { SubmissionQueueQuery } from '@cep/shared';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { Pagination } from '../../../components/ui/Pagination.tsx';
import { formatTotal } from '../../../lib/format.ts';
import type { Pager } from '../../../hooks/useUrlFilters.ts';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useSubmissionQueue } from '../hooks/useSubmissionQueue.ts';
import { SUBMISSION_STATUS_LABELS } from '../utils/checkpoint-labels.ts';
import { submissionHref } from '../utils/checkpoint-links.ts';
import { VerdictTag } from './Promise3Verdict.tsx';

const dateCell = (iso: string | null) => (iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : <span className="muted">—</span>);

/** The admin's queue: submissions to review, oldest first as the API orders them. */
export function ReviewQueue({ query, pager }: { query: SubmissionQueueQuery; pager: Pager }) {
  const queue = useSubmissionQueue(query);
  return (
    <Loadable query={queue} loading="Loading submissions…">
      {(list) => {
        const { items, total, totalCapped } = list;
        if (items.length === 0) {
          return <EmptyState title={query.status === 'submitted' ? 'No submissions are waiting for review' : 'No submissions match'}>{query.status === 'submitted' ? null : 'Try another status or period.'}</EmptyState>;
        }
        return (
          <div aria-busy={queue.isFetching || undefined}>
            <Table caption={`Checkpoint submissions (${formatTotal(total, totalCapped)})`}>
              <thead>
                <tr>
                  <th scope="col">Vendor</th>
                  <th scope="col">Period</th>
                  <th scope="col">Status</th>
                  <th scope="col">Submitted</th>
                  <th scope="col">Reviewed</th>
                  <th scope="col">Promise 3</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={`${item.vendorId}:${item.period}`}>
                    <th scope="row">
                      <Link to={submissionHref(item.vendorId, item.period)} aria-label={`${item.vendorName}, ${item.period}`}>
                        {item.vendorName}
                      </Link>
                    </th>
                    <td>{item.period}</td>
                    <td>
                      <StatusTag status={item.status} label={SUBMISSION_STATUS_LABELS[item.status]} className="tag-plain" />
                    </td>
                    <td>{dateCell(item.submittedAt)}</td>
                    <td>{dateCell(item.reviewedAt)}</td>
                    <td>
                      <VerdictTag met={item.promise3Met} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination page={list} pager={pager} pageSize={query.limit} label="Submission pages" />
          </div>
        );
      }}
    </Loadable>
  );
}
