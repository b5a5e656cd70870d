import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Spinner } from '../../../components/ui/Spinner.tsx';
import { useVendorMetrics } from '../hooks/useMetrics.ts';
import { MetricSection } from './MetricSection.tsx';
import { MetricsTable } from './MetricsTable.tsx';

export interface CheckpointHistoryProps {
  vendorId: string;
  periodHref?: (period: string) => string;
  /** The small charts under the table; the admin's review page shows the table only. */
  withCharts?: boolean;
}

/** A vendor's delivered periods as a table and as trends. */
export function CheckpointHistory({ vendorId, periodHref, withCharts = true }: CheckpointHistoryProps) {
  const metrics = useVendorMetrics(vendorId);
  if (metrics.isPending) return <Spinner label="Loading the history…" />;
  if (metrics.isError) return <ErrorState error={metrics.error} title="The history could not be loaded" onRetry={() => void metrics.refetch()} />;
  if (metrics.data.series.length === 0) {
    return (
      <EmptyState title="No delivered periods yet">
        <p>Figures appear here once a period’s data is submitted.</p>
      </EmptyState>
    );
  }
  const vendors = [metrics.data];
  return (
    <div className="checkpoint-history">
      <MetricsTable metrics={metrics.data} periodHref={periodHref} />
      {withCharts ? (
        <div className="chart-grid">
          {(['share', 'contactsPerClient', 'nps'] as const).map((metric) => (
            <MetricSection key={metric} metric={metric} vendors={vendors} height={220} withTable={false} headingLevel={3} />
          ))}
        </div>
      ) : null}
    </div>
  );
}
