import { DirectoryQuery } from '@cep/shared';
import { useSearchParams } from 'react-router';
import { AskToJoinForm, CategoryCounts, directoryFiltersOf, DirectoryResults, DirectorySearch } from '../../../features/directory/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useUrlFilters } from '../../../hooks/useUrlFilters.ts';

export function DirectoryPage() {
  usePageTitle('Directory');
  const [params] = useSearchParams();
  const { update, pager } = useUrlFilters(DirectoryQuery);
  const { filters, query } = directoryFiltersOf(params);
  return (
    <div className="page">
      <h1>Directory</h1>
      <p className="lead">Vendors who signed the Customer Excellence Pledge, with their live standing. Open one to verify it.</p>
      <DirectorySearch key={filters.q} filters={filters} onChange={(next) => update({ q: next.q, category: next.category, state: next.state, sort: next.sort })} />
      <CategoryCounts query={{ q: query.q, state: query.state }} current={filters.category} onPick={(category) => update({ category })} />
      <DirectoryResults query={query} pager={pager} />
      <AskToJoinForm />
    </div>
  );
}
