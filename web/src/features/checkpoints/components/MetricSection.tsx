import type { VendorMetrics } from '@cep/shared';
import { lazy, Suspense, useId } from 'react';
import { Spinner } from '../../../components/ui/Spinner.tsx';
import { type MetricKey, METRICS } from '../utils/metrics-series.ts';
import { MetricDataTable } from './MetricDataTable.tsx';

// The charting library is large; pages load it only when they draw a chart.
const MetricsChart = lazy(() => import('./charts/MetricsChart.tsx').then((module) => ({ default: module.MetricsChart })));

export interface MetricSectionProps {
  metric: MetricKey;
  vendors: readonly VendorMetrics[];
  height?: number;
  /** The figures table under the chart, folded; left out where a table nearby already has them. */
  withTable?: boolean;
  headingLevel?: 2 | 3;
  legend?: boolean;
  thresholds?: readonly number[];
}

/** A titled chart of one metric, with its figures as a table for those who do not read charts. */
export function MetricSection({ metric, vendors, height, withTable = true, headingLevel = 2, legend, thresholds }: MetricSectionProps) {
  const headingId = useId();
  const definition = METRICS[metric];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="metric-section" aria-labelledby={headingId}>
      <Heading id={headingId}>{definition.title}</Heading>
      <p className="field-hint">{definition.description}</p>
      <Suspense fallback={<Spinner label="Drawing the chart…" />}>
        <MetricsChart metric={metric} vendors={vendors} height={height} legend={legend} thresholds={thresholds} />
      </Suspense>
      {withTable ? (
        <details className="chart-table">
          <summary>{definition.title}: table of the figures</summary>
          <MetricDataTable metric={metric} vendors={vendors} />
        </details>
      ) : null}
    </section>
  );
}
