import { WatchListTable } from '../../../features/complaints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function WatchListPage() {
  usePageTitle('Watch list');
  return (
    <div className="page">
      <h1>Watch list</h1>
      <WatchListTable />
    </div>
  );
}
