import { Loadable } from '../../../components/ui/Loadable.tsx';
import { Pagination } from '../../../components/ui/Pagination.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { useLocalPager } from '../../../hooks/useLocalPager.ts';
import { formatDateTime, formatTotal } from '../../../lib/format.ts';
import { useAudit } from '../hooks/useAudit.ts';
import { auditActionLabel } from '../utils/pledge-labels.ts';
import { StateChange } from './PledgeHistory.tsx';

/** Everything that happened to the vendor, newest first: who, when, what, from, to and why. */
export function AuditLog({ vendorId }: { vendorId: string }) {
  const pager = useLocalPager();
  const audit = useAudit(vendorId, pager.after);
  return (
    <Loadable query={audit} loading="Loading the audit log…" empty={{ when: ({ items }) => items.length === 0, title: 'Nothing is logged for this vendor yet' }}>
      {({ items, ...page }) => (
        <div aria-busy={audit.isFetching || undefined}>
          <Table caption={`Audit log (${formatTotal(page.total, page.totalCapped)} ${page.total === 1 ? 'entry' : 'entries'})`}>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Action</th>
                <th scope="col">Change</th>
                <th scope="col">Reason</th>
                <th scope="col">By</th>
                <th scope="col">Request</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td>{auditActionLabel(entry.action)}</td>
                  <td>
                    <StateChange from={entry.from} to={entry.to} />
                  </td>
                  <td className="pre-line">{entry.reason ?? <span className="muted">—</span>}</td>
                  <td>{entry.actor}</td>
                  <td>{entry.requestId ? <code className="request-id">{entry.requestId}</code> : <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={page} pager={pager} label="Audit log pages" />
        </div>
      )}
    </Loadable>
  );
}
