import type { ListVendorsQuery, VendorSort } from '@cep/shared';
import { Link } from 'react-router';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { Pagination } from '../../../components/ui/Pagination.tsx';
import { formatTotal } from '../../../lib/format.ts';
import type { Pager } from '../../../hooks/useUrlFilters.ts';
import { Table } from '../../../components/ui/Table.tsx';
import { formatCalendarDate, formatDate } from '../../../lib/format.ts';
import { categoryName, useCategories } from '../hooks/useCategories.ts';
import { PledgeStateTag } from '../../pledges/index.ts';
import { useVendors } from '../hooks/useVendors.ts';

type Sort = (typeof VendorSort)[number];
type SortColumn = 'name' | 'createdAt' | 'state' | 'nextDue';

/** A column header that sorts: first press ascending, again descending (announced via aria-sort). */
function SortHeader({ label, column, sort, onSort }: { label: string; column: SortColumn; sort: Sort; onSort: (sort: Sort) => void }) {
  const direction = sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : 'none';
  const next: Sort = direction === 'ascending' ? `-${column}` : column;
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {label}
        <span aria-hidden="true" className="sort-indicator">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

export function VendorsTable({ query, onSort, pager }: { query: ListVendorsQuery; onSort: (sort: Sort) => void; pager: Pager }) {
  const vendors = useVendors(query);
  const categories = useCategories();
  return (
    <Loadable query={vendors} loading="Loading vendors…" empty={{ when: ({ items }) => items.length === 0, title: 'No vendors match', children: 'Try another search, category or state.' }}>
      {(list) => {
        const { items, total, totalCapped } = list;
        const sort = query.sort ?? 'name';
        return (
          <div aria-busy={vendors.isFetching || undefined}>
            <Table caption={`Vendors (${formatTotal(total, totalCapped)})`}>
              <thead>
                <tr>
                  <SortHeader label="Name" column="name" sort={sort} onSort={onSort} />
                  <th scope="col">Slug</th>
                  <th scope="col">Category</th>
                  <th scope="col">Web site</th>
                  <SortHeader label="Pledge" column="state" sort={sort} onSort={onSort} />
                  <SortHeader label="Next due" column="nextDue" sort={sort} onSort={onSort} />
                  <SortHeader label="Created" column="createdAt" sort={sort} onSort={onSort} />
                </tr>
              </thead>
              <tbody>
                {items.map((v) => (
                  <tr key={v.id}>
                    <td>
                      <Link to={`/admin/vendors/${v.id}`}>{v.name}</Link>
                    </td>
                    <td>
                      <code>{v.slug}</code>
                    </td>
                    <td>{categoryName(categories.data, v.category)}</td>
                    <td>
                      <a href={v.website} rel="noopener noreferrer" target="_blank">
                        {v.website.replace(/^https?:\/\//, '')}
                        <span className="visually-hidden"> (opens in a new tab)</span>
                      </a>
                    </td>
                    <td>{v.pledge ? <PledgeStateTag state={v.pledge.state} /> : <span className="muted">—</span>}</td>
                    <td>{v.pledge?.nextDueDate ? <time dateTime={v.pledge.nextDueDate}>{formatCalendarDate(v.pledge.nextDueDate)}</time> : <span className="muted">—</span>}</td>
                    <td>{formatDate(v.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination page={list} pager={pager} pageSize={query.limit} label="Vendor pages" />
          </div>
        );
      }}
    </Loadable>
  );
}
