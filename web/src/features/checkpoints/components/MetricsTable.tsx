import type { VendorMetrics } from '@cep/shared';
import { Link } from 'react-router';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { formatCount, formatDecimal, formatMinutes, formatShare } from '../utils/checkpoint-format.ts';
import { SUBMISSION_STATUS_LABELS } from '../utils/checkpoint-labels.ts';
import { METRICS } from '../utils/metrics-series.ts';
import { VerdictTag } from './Promise3Verdict.tsx';

export interface MetricsTableProps {
  metrics: VendorMetrics;
  caption?: string;
  periodHref?: (period: string) => string;
}

/** Every delivered period of one vendor, newest first. */
export function MetricsTable({ metrics, caption = 'Delivered periods', periodHref }: MetricsTableProps) {
  const rows = [...metrics.series].reverse();
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Status</th>
          <th scope="col" className="numeric">
            Within target
          </th>
          <th scope="col">Promise 3 ({formatShare(metrics.threshold)} needed)</th>
          <th scope="col" className="numeric">
            Median first response
          </th>
          <th scope="col" className="numeric">
            90th percentile
          </th>
          <th scope="col" className="numeric">
            Contacts per client
          </th>
          <th scope="col" className="numeric">
            NPS (95% interval)
          </th>
          <th scope="col" className="numeric">
            NPS responses
          </th>
          <th scope="col" className="numeric">
            Recurring issues
          </th>
          <th scope="col" className="numeric">
            Chronic issues
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((point) => (
          <tr key={point.period}>
            <th scope="row">{periodHref ? <Link to={periodHref(point.period)}>{point.period}</Link> : point.period}</th>
            <td>
              <StatusTag status={point.status} label={SUBMISSION_STATUS_LABELS[point.status]} className="tag-plain" />
            </td>
            <td className="numeric">{formatShare(point.shareWithinTarget)}</td>
            <td>
              <VerdictTag met={point.promise3Met} />
            </td>
            <td className="numeric">{formatMinutes(point.medianBusinessMinutes)}</td>
            <td className="numeric">{formatMinutes(point.p90BusinessMinutes)}</td>
            <td className="numeric">{formatDecimal(point.contactsPerClient)}</td>
            <td className="numeric">{METRICS.nps.format(point)}</td>
            <td className="numeric">{formatCount(point.npsResponses)}</td>
            <td className="numeric">{formatCount(point.recurringIssues)}</td>
            <td className="numeric">{formatCount(point.chronicIssues)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
