import { WatchListTable } from '../../../features/complaints/index.ts';
import { WatchListQuery } from '@cep/shared';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useUrlFilters } from '../../../hooks/useUrlFilters.ts';

export function WatchListPage() {
  usePageTitle('Watch list');
  const { pager } = useUrlFilters(WatchListQuery);
  return (
    <div className="page">
      <h1>Watch list</h1>
      <WatchListTable pager={pager} />
    </div>
  );
}
