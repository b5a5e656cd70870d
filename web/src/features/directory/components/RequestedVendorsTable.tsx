import { Loadable } from '../../../components/ui/Loadable.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useRequestedVendors } from '../hooks/useJoinRequests.ts';

/** For the admin: the vendors buyers asked to join, most asked first, and when the registry last wrote. */
export function RequestedVendorsTable() {
  const requested = useRequestedVendors();
  return (
    <section className="section" aria-labelledby="requested-heading">
      <h2 id="requested-heading">Vendors buyers asked to join</h2>
      <Loadable query={requested} loading="Loading the requests…" empty={{ when: (answer) => answer.items.length === 0, title: 'No buyer has asked for a vendor yet' }}>
        {(answer) => (
          <Table caption="Vendors buyers asked to join">
            <thead>
              <tr>
                <th scope="col">Vendor</th>
                <th scope="col" className="numeric">
                  Requests
                </th>
                <th scope="col">Last asked</th>
                <th scope="col">Last invited</th>
              </tr>
            </thead>
            <tbody>
              {answer.items.map((vendor) => (
                <tr key={vendor.domain}>
                  <td>
                    {vendor.vendorName} <span className="muted">({vendor.domain})</span>
                  </td>
                  <td className="numeric">{vendor.requests}</td>
                  <td>{formatDate(vendor.lastAskedAt)}</td>
                  <td>{vendor.lastInvitedAt ? formatDate(vendor.lastInvitedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Loadable>
    </section>
  );
}
