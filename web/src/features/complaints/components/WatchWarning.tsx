import { Link } from 'react-router';
import { Alert } from '../../../components/ui/Alert.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useWatchList } from '../hooks/useComplaints.ts';
import { vendorComplaintsHref, watchFiguresText, watchReasonsText } from '../utils/complaint-format.ts';

/** On the admin's vendor page, beside the suspend controls: is this vendor on the watch list, and why? */
export function WatchWarning({ vendorId }: { vendorId: string }) {
  const watch = useWatchList({ vendorId });
  if (watch.isError) {
    return (
      <p className="muted" role="status">
        Could not check the watch list. <Link to="/admin/watchlist">Open the watch list</Link>
      </p>
    );
  }
  const entry = watch.data?.items.find((item) => item.vendorId === vendorId);
  if (!watch.data || !entry) return null;
  const { thresholds } = watch.data;
  return (
    <div data-testid="watch-warning">
      <Alert tone="warning" title={`On the watch list since ${formatDate(entry.since)}: ${watchFiguresText(entry, thresholds)}`}>
        <p>Rule: {watchReasonsText(entry.reasons, thresholds)}.</p>
        <p>
          <Link to={vendorComplaintsHref(vendorId)}>See its complaints</Link>
        </p>
      </Alert>
    </div>
  );
}
