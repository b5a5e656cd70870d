import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { Pagination } from '../../../components/ui/Pagination.tsx';
import type { Pager } from '../../../hooks/useUrlFilters.ts';
import { formatDate, formatTotal } from '../../../lib/format.ts';
import { formatCount, formatDecimal } from '../../checkpoints/index.ts';
import { useWatchList } from '../hooks/useComplaints.ts';
import { thresholdsText, watchReasonsText } from '../utils/complaint-format.ts';

/** The vendors with a high level of complaints, with the figures and the rule that put them there. */
export function WatchListTable({ pager }: { pager: Pager }) {
  const watch = useWatchList({ after: pager.after });
  return (
    <Loadable query={watch} loading="Loading the watch list…">
      {({ thresholds, items, ...page }) => (
        <div className="stack">
          <p data-testid="watch-thresholds">
            A vendor goes on the watch list with {thresholdsText(thresholds)}. Dismissed and unconfirmed complaints do not count; the client count is that of the
            vendor’s latest checkpoint. The vendor and the admins are e-mailed when it goes on the list.
          </p>
          {items.length === 0 ? (
            <EmptyState title="No vendor is on the watch list" />
          ) : (
            <Table caption={`Vendors on the watch list (${formatTotal(page.total, page.totalCapped)})`}>
              <thead>
                <tr>
                  <th scope="col">Vendor</th>
                  <th scope="col">On the list since</th>
                  <th scope="col">Complaints in {thresholds.countDays} days</th>
                  <th scope="col">Complaints in {thresholds.rateDays} days</th>
                  <th scope="col">Clients</th>
                  <th scope="col">Per 100 clients</th>
                  <th scope="col">Rule</th>
                </tr>
              </thead>
              <tbody>
                {items.map((entry) => (
                  <tr key={entry.vendorId}>
                    <th scope="row">
                      <Link to={`/admin/vendors/${encodeURIComponent(entry.vendorId)}`}>{entry.vendorName}</Link>
                    </th>
                    <td>
                      <time dateTime={entry.since}>{formatDate(entry.since)}</time>
                    </td>
                    <td>{entry.recentCount}</td>
                    <td>{entry.longCount}</td>
                    <td>{formatCount(entry.clients)}</td>
                    <td>{formatDecimal(entry.ratePer100)}</td>
                    <td>{watchReasonsText(entry.reasons, thresholds)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <Pagination page={page} pager={pager} label="Watch list pages" />
        </div>
      )}
    </Loadable>
  );
}
