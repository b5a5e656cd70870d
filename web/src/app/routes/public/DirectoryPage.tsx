import { DIRECTORY_STATES } from '@cep/shared';
import { DirectoryResults } from '../../../features/directory/components/DirectoryResults.tsx';
import { DirectorySearch } from '../../../features/directory/components/DirectorySearch.tsx';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useUrlFilters } from '../../../hooks/useUrlFilters.ts';

type DirectoryState = (typeof DIRECTORY_STATES)[number];
const isDirectoryState = (value: string): value is DirectoryState => (DIRECTORY_STATES as readonly string[]).includes(value);

export function DirectoryPage() {
  usePageTitle('Directory');
  const { get, page, update } = useUrlFilters();
  const rawState = get('state');
  // A state the API does not filter by (an edited URL) shows every state rather than an error.
  const state = isDirectoryState(rawState) ? rawState : undefined;
  const filters = { q: get('q'), category: get('category'), state: state ?? '' };
  return (
    <div className="page">
      <h1>Directory</h1>
      <p className="lead">Vendors who signed the Customer Excellence Pledge, with their live standing. Open one to verify it.</p>
      <DirectorySearch key={filters.q} filters={filters} onChange={(next) => update({ q: next.q, category: next.category, state: next.state })} />
      <DirectoryResults
        query={{ q: filters.q || undefined, category: filters.category || undefined, state, page }}
        onPageChange={(p) => update({ page: p })}
      />
    </div>
  );
}
