import { Link } from 'react-router';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { Pagination } from '../../../components/ui/Pagination.tsx';
import { formatTotal } from '../../../lib/format.ts';
import type { Pager } from '../../../hooks/useUrlFilters.ts';
import { Table } from '../../../components/ui/Table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useComplaints } from '../hooks/useComplaints.ts';
import { vendorComplaintHref } from '../utils/complaint-format.ts';
import { PROMISE_LABELS } from '../utils/complaint-labels.ts';
import { ComplaintStateTag } from './ComplaintStateTag.tsx';
import { DueDate } from './DueDate.tsx';

/** The complaints the registry forwarded to the signed-in vendor. */
export function VendorComplaintList({ pager }: { pager: Pager }) {
  const complaints = useComplaints({ after: pager.after });
  return (
    <Loadable query={complaints} loading="Loading complaints…" empty={{ when: (list) => list.items.length === 0, title: 'No complaints have been forwarded to you', children: 'When the registry forwards a customer’s complaint, it appears here and you are e-mailed.' }}>
      {(list) => {
        const { items, total, totalCapped } = list;
        return (
          <div aria-busy={complaints.isFetching || undefined}>
            <Table caption={`Complaints (${formatTotal(total, totalCapped)})`}>
              <thead>
                <tr>
                  <th scope="col">Reference</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Promise</th>
                  <th scope="col">State</th>
                  <th scope="col">Forwarded</th>
                  <th scope="col">Response due</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row" className="nowrap">
                      <Link to={vendorComplaintHref(item.id)}>{item.reference}</Link>
                    </th>
                    <td>{item.subject}</td>
                    <td>{PROMISE_LABELS[item.promise]}</td>
                    <td>
                      <ComplaintStateTag state={item.state} />
                    </td>
                    <td>{item.forwardedAt ? <time dateTime={item.forwardedAt}>{formatDateTime(item.forwardedAt)}</time> : <span className="muted">—</span>}</td>
                    <td>
                      <DueDate state={item.state} dueAt={item.responseDueAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination page={list} pager={pager} label="Complaint pages" />
          </div>
        );
      }}
    </Loadable>
  );
}
