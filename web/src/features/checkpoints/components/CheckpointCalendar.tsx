import { periodLabel } from '@cep/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { formatCalendarDate, formatDateTime } from '../../../lib/format.ts';
import { useCheckpointCalendar } from '../hooks/useCheckpointCalendar.ts';
import { CHECKPOINT_STATUS_LABELS } from '../utils/checkpoint-labels.ts';

const VENDOR_EMPTY_HINT = (
  <p>
    The first period is the half-year in which your pledge becomes active. <Link to="/vendor/pledge">Go to your pledge</Link>
  </p>
);

export interface CheckpointCalendarProps {
  vendorId: string;
  /** Where a period's data is entered or reviewed. */
  periodHref: (period: string) => string;
  emptyHint?: ReactNode;
}

/** The vendor's periods, each (once it has started) linking to its data. */
export function CheckpointCalendar({ vendorId, periodHref, emptyHint = VENDOR_EMPTY_HINT }: CheckpointCalendarProps) {
  const calendar = useCheckpointCalendar(vendorId);
  return (
    <Loadable query={calendar} loading="Loading the calendar…" empty={{ when: (periodList) => periodList.length === 0, title: 'The calendar starts when the pledge is signed', children: emptyHint }}>
      {(periodList) => (
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
            {periodList.map((entry) => (
              <tr key={entry.period}>
                <th scope="row">
                  {/* A period that has not started has no data to enter or review yet. */}
                  {entry.status === 'upcoming' ? (
                    <>
                      {periodLabel(entry.period)} <span className="muted">({entry.period})</span>
                    </>
                  ) : (
                    <Link to={periodHref(entry.period)}>
                      {periodLabel(entry.period)} <span className="muted">({entry.period})</span>
                    </Link>
                  )}
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
      )}
    </Loadable>
  );
}
