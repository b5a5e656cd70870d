import type { ProgramPeriod } from '@cep/shared';
import { EmptyState } from '../../../components/ui/EmptyState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { useProgramMetrics } from '../hooks/useMetrics.ts';
import { formatCount, formatDecimal, formatNps, formatShare } from '../utils/checkpoint-format.ts';
import { METRIC_KEYS, programSeries } from '../utils/metrics-series.ts';
import { MetricSection } from './MetricSection.tsx';

const NO_THRESHOLDS: readonly number[] = [];

function promise3Cell(p: ProgramPeriod): string {
  if (p.promise3Judged === 0) return '—';
  return `${formatCount(p.promise3Met)} of ${formatCount(p.promise3Judged)} (${formatShare(p.promise3Met / p.promise3Judged)})`;
}

/** The program period by period: who delivered, promise 3's verdicts, and the vendors' mean figures. */
export function ProgramOverview() {
  const metrics = useProgramMetrics();
  return (
    <Loadable query={metrics} loading="Loading the program’s figures…">
      {({ periods }) => {
        const latest = periods.at(-1);
        if (!latest) {
          return (
            <EmptyState title="No checkpoint data delivered yet">
              <p>The figures appear once vendors submit their first period.</p>
            </EmptyState>
          );
        }
        const series = [programSeries(periods)];
        return (
          <div className="stack">
            <p className="muted">
              {latest.delivered === 1 ? 'One vendor has' : `${formatCount(latest.delivered)} vendors have`} delivered data for {latest.period}. The means count each vendor that
              reported a figure once; each vendor’s own trends are on its page under Vendors.
            </p>
            <Table caption="Delivered data by period">
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col" className="numeric">Vendors delivered</th>
                  <th scope="col" className="numeric">Accepted</th>
                  <th scope="col" className="numeric">Promise 3 met</th>
                  <th scope="col" className="numeric">Mean share within target</th>
                  <th scope="col" className="numeric">Mean contacts per client</th>
                  <th scope="col" className="numeric">Mean NPS (vendors)</th>
                  <th scope="col" className="numeric">Mean recurring issues</th>
                </tr>
              </thead>
              <tbody>
                {[...periods].reverse().map((p) => (
                  <tr key={p.period}>
                    <th scope="row">{p.period}</th>
                    <td className="numeric">{formatCount(p.delivered)}</td>
                    <td className="numeric">{formatCount(p.accepted)}</td>
                    <td className="numeric">{promise3Cell(p)}</td>
                    <td className="numeric">{formatShare(p.shareWithinTarget)}</td>
                    <td className="numeric">{formatDecimal(p.contactsPerClient)}</td>
                    <td className="numeric">{p.nps === null ? '—' : `${formatNps(p.nps)} (${formatCount(p.npsVendors)})`}</td>
                    <td className="numeric">{formatDecimal(p.recurringIssues)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
            {METRIC_KEYS.map((metric) => (
              <MetricSection key={metric} metric={metric} vendors={series} withTable={false} thresholds={NO_THRESHOLDS} />
            ))}
          </div>
        );
      }}
    </Loadable>
  );
}
