import { badgeStatusOf, type DirectoryQuery, periodLabel } from '@cep/shared';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { Pagination } from '../../../components/ui/Pagination.tsx';
import { formatTotal } from '../../../lib/format.ts';
import type { Pager } from '../../../hooks/useUrlFilters.ts';
import { formatDate } from '../../../lib/format.ts';
import { BadgeStatusTag } from '../../badges/index.ts';
import { categoryName, useCategories } from '../../vendors/index.ts';
import { useDirectory } from '../hooks/useDirectory.ts';

export function DirectoryResults({ query, pager }: { query: DirectoryQuery; pager: Pager }) {
  const directory = useDirectory(query);
  const categories = useCategories();
  return (
    <Loadable query={directory} loading="Loading the directory…">
      {(list) => {
        const { items, total, totalCapped } = list;
        if (items.length === 0) {
          return (
            <EmptyState title="No vendors match">
              <p>Try another search, category or state.</p>
            </EmptyState>
          );
        }
        return (
          <section aria-labelledby="directory-results" aria-busy={directory.isFetching || undefined}>
            <h2 id="directory-results" className="results-count">
              {total === 1 ? '1 vendor' : `${formatTotal(total, totalCapped)} vendors`}
            </h2>
            <ul className="cards">
              {items.map((entry) => (
                <li key={entry.slug} className="card">
                  <h3>
                    <Link to={`/verify/${entry.slug}`}>{entry.name}</Link>
                  </h3>
                  <p className="directory-state">
                    <BadgeStatusTag status={badgeStatusOf(entry.state)} />{' '}
                    <span className="muted">
                      since <time dateTime={entry.since}>{formatDate(entry.since)}</time>
                    </span>
                  </p>
                  <p className="muted">{categoryName(categories.data, entry.category)}</p>
                  <p className="muted">
                    {entry.memberSince ? (
                      <>
                        Member since <time dateTime={entry.memberSince}>{formatDate(entry.memberSince)}</time> ·{' '}
                      </>
                    ) : null}
                    {entry.lastCheckedPeriod ? `Last period checked: ${periodLabel(entry.lastCheckedPeriod)}` : 'No period checked yet'}
                  </p>
                  {entry.description ? <p>{entry.description}</p> : null}
                  <p>
                    <a href={entry.website} rel="noopener noreferrer" target="_blank">
                      {entry.website.replace(/^https?:\/\//, '')}
                      <span className="visually-hidden"> (opens in a new tab)</span>
                    </a>
                  </p>
                  <p>
                    <Link to={`/complain/${entry.slug}`}>
                      File a complaint<span className="visually-hidden"> about {entry.name}</span>
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
            <Pagination page={list} pager={pager} pageSize={query.limit} label="Directory pages" />
          </section>
        );
      }}
    </Loadable>
  );
}
