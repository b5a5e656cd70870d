import { badgeStatusOf, type DirectoryList, type DirectoryQuery, periodLabel } from '@cep/shared';
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
import { groupByCategory } from '../utils/directory-groups.ts';

type Entry = DirectoryList['items'][number];

/** One vendor's card: its standing, since when, the last period checked, and where to go next. */
function DirectoryCard({ entry, categoryLabel, grouped }: { entry: Entry; categoryLabel: string; grouped: boolean }) {
  // Under a category heading the vendor's name is one level below it.
  const Heading = grouped ? 'h4' : 'h3';
  return (
    <li className="card">
      <Heading>
        <Link to={`/verify/${entry.slug}`}>{entry.name}</Link>
      </Heading>
      <p className="directory-state">
        <BadgeStatusTag status={badgeStatusOf(entry.state)} />{' '}
        <span className="muted">
          since <time dateTime={entry.since}>{formatDate(entry.since)}</time>
        </span>
      </p>
      {grouped ? null : <p className="muted">{categoryLabel}</p>}
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
  );
}

export function DirectoryResults({ query, pager }: { query: DirectoryQuery; pager: Pager }) {
  const directory = useDirectory(query);
  const categories = useCategories();
  return (
    <Loadable query={directory} loading="Loading the directory…">
      {(list) => {
        const { items, total, totalCapped } = list;
        // Sorted by category, the page shows a heading over each category's vendors — once the
        // list on screen is the one sorted so, not the previous one kept while it loads.
        const groups = query.sort === 'category' && !directory.isPlaceholderData ? groupByCategory(items) : [{ category: null, items }];
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
            {groups.map((group) => (
              <div key={group.category ?? 'all'}>
                {group.category ? <h3 className="group-heading">{categoryName(categories.data, group.category)}</h3> : null}
                <ul className="cards">
                  {group.items.map((entry) => (
                    <DirectoryCard key={entry.slug} entry={entry} categoryLabel={categoryName(categories.data, entry.category)} grouped={group.category !== null} />
                  ))}
                </ul>
              </div>
            ))}
            <Pagination page={list} pager={pager} pageSize={query.limit} label="Directory pages" />
          </section>
        );
      }}
    </Loadable>
  );
}
