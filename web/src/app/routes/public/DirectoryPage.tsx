import { useSearchParams } from 'react-router';
import { DirectoryResults } from '../../../features/directory/components/DirectoryResults.tsx';
import { DirectorySearch } from '../../../features/directory/components/DirectorySearch.tsx';
import { directoryFiltersOf } from '../../../features/directory/utils/directory-query.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useUrlFilters } from '../../../hooks/useUrlFilters.ts';

export function DirectoryPage() {
  usePageTitle('Directory');
  const [params] = useSearchParams();
  const { update } = useUrlFilters();
  const { filters, query } = directoryFiltersOf(params);
  return (
    <div className="page">
      <h1>Directory</h1>
      <p className="lead">Vendors who signed the Customer Excellence Pledge, with their live standing. Open one to verify it.</p>
      <DirectorySearch key={filters.q} filters={filters} onChange={(next) => update({ q: next.q, category: next.category, state: next.state })} />
      <DirectoryResults query={query} onPageChange={(p) => update({ page: p })} />
    </div>
  );
}
