import { DirectoryResults } from '../../../features/directory/components/DirectoryResults.tsx';
import { DirectorySearch } from '../../../features/directory/components/DirectorySearch.tsx';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useUrlFilters } from '../../../hooks/useUrlFilters.ts';

export function DirectoryPage() {
  usePageTitle('Directory');
  const { get, page, update } = useUrlFilters();
  const filters = { q: get('q'), category: get('category') };
  return (
    <div className="page">
      <h1>Directory</h1>
      <p className="lead">Vendors in the Customer Excellence Pledge program. Open one to verify it.</p>
      <DirectorySearch key={filters.q} filters={filters} onChange={(next) => update({ q: next.q, category: next.category })} />
      <DirectoryResults query={{ q: filters.q || undefined, category: filters.category || undefined, page }} onPageChange={(p) => update({ page: p })} />
    </div>
  );
}
