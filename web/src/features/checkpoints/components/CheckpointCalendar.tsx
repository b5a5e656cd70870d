import type { CheckpointStatus } from '@cep/shared';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Spinner } from '../../../components/ui/Spinner.tsx';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { formatCalendarDate, formatDateTime } from '../../../lib/format.ts';
import { useCheckpointCalendar } from '../hooks/useCheckpointCalendar.ts';

export const CHECKPOINT_STATUS_LABELS: Record<CheckpointStatus, string> = {
  upcoming: 'Upcoming',
  open: 'Running',
  due: 'Data due',
  overdue: 'Overdue',
  submitted: 'Submitted, in review',
  accepted: 'Accepted',
  returned: 'Returned for changes',
};

/** `2026-H1` → "1st half of 2026". */
export function periodLabel(period: string): string {
  const [year, half] = period.split('-');
  return `${half === 'H1' ? '1st' : '2nd'} half of ${year}`;
}

export function CheckpointCalendar({ vendorId }: { vendorId: string }) {
  const calendar = useCheckpointCalendar(vendorId);
  if (calendar.isPending) return <Spinner label="Loading the calendar…" />;
  if (calendar.isError) return <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />;
  if (calendar.data.length === 0) {
    return (
      <EmptyState title="The calendar starts when the pledge is signed">
        <p>
          The first period is the half-year in which your pledge becomes active. <Link to="/vendor/pledge">Go to your pledge</Link>
        </p>
      </EmptyState>
    );
  }
  return (
    <Table caption="Checkpoint periods">
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">From</th>
          <th scope="col">To</th>
          <th scope="col">Data due</th>
          <th scope="col">Status</th>
          <th scope="col">Submitted</th>
        </tr>
      </thead>
      <tbody>
        {calendar.data.map((entry) => (
          <tr key={entry.period}>
            <th scope="row">
              {periodLabel(entry.period)} <span className="muted">({entry.period})</span>
            </th>
            <td>
              <time dateTime={entry.start}>{formatCalendarDate(entry.start)}</time>
            </td>
            <td>
              <time dateTime={entry.end}>{formatCalendarDate(entry.end)}</time>
            </td>
            <td>
              <time dateTime={entry.dueDate}>{formatCalendarDate(entry.dueDate)}</time>
            </td>
            <td>
              <StatusTag status={entry.status} label={CHECKPOINT_STATUS_LABELS[entry.status]} className="tag-plain" />
            </td>
            <td>{entry.submittedAt ? <time dateTime={entry.submittedAt}>{formatDateTime(entry.submittedAt)}</time> : <span className="muted">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
