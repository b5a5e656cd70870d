import type { ComplaintListQuery } from '@cep/shared';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { Pagination } from '../../../components/ui/Pagination.tsx';
import { formatTotal } from '../../../lib/format.ts';
import type { Pager } from '../../../hooks/useUrlFilters.ts';
import { Table } from '../../../components/ui/Table.tsx';
import { useComplaints } from '../hooks/useComplaints.ts';
import { adminComplaintHref } from '../utils/complaint-format.ts';
import { PROMISE_LABELS } from '../utils/complaint-labels.ts';
import { ComplaintStateTag } from './ComplaintStateTag.tsx';
import { DueDate } from './DueDate.tsx';

const isFiltered = (query: ComplaintListQuery): boolean =>
  Boolean(query.state || query.vendorId || query.promise || query.minAgeDays !== undefined || query.maxAgeDays !== undefined);

/** The admin's confirmed complaints, oldest first as the API orders them. */
export function ComplaintQueue({ query, pager }: { query: ComplaintListQuery; pager: Pager }) {
  const complaints = useComplaints(query);
  return (
    <Loadable query={complaints} loading="Loading complaints…">
      {(list) => {
        const { items, total, totalCapped } = list;
        if (items.length === 0) {
          return isFiltered(query) ? <EmptyState title="No complaints match">Try other filters.</EmptyState> : <EmptyState title="No confirmed complaints yet" />;
        }
        return (
          <div aria-busy={complaints.isFetching || undefined}>
            <Table caption={`Complaints (${formatTotal(total, totalCapped)})`}>
              <thead>
                <tr>
                  <th scope="col">Reference</th>
                  <th scope="col">Vendor</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Promise</th>
                  <th scope="col">State</th>
                  <th scope="col">Age (days)</th>
                  <th scope="col">Response due</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row" className="nowrap">
                      <Link to={adminComplaintHref(item.id)}>{item.reference}</Link>
                    </th>
                    <td>{item.vendorName}</td>
                    <td>{item.subject}</td>
                    <td>{PROMISE_LABELS[item.promise]}</td>
                    <td>
                      <ComplaintStateTag state={item.state} />
                    </td>
                    <td>{item.ageDays}</td>
                    <td>
                      <DueDate state={item.state} dueAt={item.responseDueAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination page={list} pager={pager} pageSize={query.limit} label="Complaint pages" />
          </div>
        );
      }}
    </Loadable>
  );
}
