import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { useProgramMetrics } from '../hooks/useMetrics.ts';
import { METRIC_KEYS } from '../utils/metrics-series.ts';
import { MetricSection } from './MetricSection.tsx';

/** Every vendor's delivered figures across periods, a chart and a table per metric. */
export function ProgramOverview() {
  const metrics = useProgramMetrics();
  return (
    <Loadable query={metrics} loading="Loading the program’s figures…">
      {(programMetrics) => {
        const vendors = programMetrics.vendors.filter((vendor) => vendor.series.length > 0);
        if (vendors.length === 0) {
          return (
            <EmptyState title="No checkpoint data delivered yet">
              <p>The charts appear once vendors submit their first period.</p>
            </EmptyState>
          );
        }
        return (
          <div className="stack">
            <p className="muted">
              {vendors.length === 1 ? 'One vendor has' : `${vendors.length} vendors have`} delivered data. Each vendor’s line has its own dash pattern and marker shape;
              every chart has a table of its figures below it.
            </p>
            {METRIC_KEYS.map((metric) => (
              <MetricSection key={metric} metric={metric} vendors={vendors} legend />
            ))}
          </div>
        );
      }}
    </Loadable>
  );
}
