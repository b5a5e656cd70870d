import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
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
  return (
    <Loadable query={metrics} loading="Loading the history…" errorTitle="The history could not be loaded">
      {(vendorMetrics) => {
        if (vendorMetrics.series.length === 0) {
          return (
            <EmptyState title="No delivered periods yet">
              <p>Figures appear here once a period’s data is submitted.</p>
            </EmptyState>
          );
        }
        const vendors = [vendorMetrics];
        return (
          <div className="checkpoint-history">
            <MetricsTable metrics={vendorMetrics} periodHref={periodHref} />
            {withCharts ? (
              <div className="chart-grid">
                {(['share', 'contactsPerClient', 'nps'] as const).map((metric) => (
                  <MetricSection key={metric} metric={metric} vendors={vendors} height={220} withTable={false} headingLevel={3} />
                ))}
              </div>
            ) : null}
          </div>
        );
      }}
    </Loadable>
  );
}
