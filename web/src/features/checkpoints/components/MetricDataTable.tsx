import type { VendorMetrics } from '@cep/shared';
import { Table } from '../../../components/ui/Table.tsx';
import { type MetricKey, METRICS, periodsOf } from '../utils/metrics-series.ts';

/** The numbers behind a chart: a row per period, a column per vendor. */
export function MetricDataTable({ metric, vendors }: { metric: MetricKey; vendors: readonly VendorMetrics[] }) {
  const definition = METRICS[metric];
  return (
    <Table caption={`${definition.title}: the figures`}>
      <thead>
        <tr>
          <th scope="col">Period</th>
          {vendors.map((vendor) => (
            <th key={vendor.vendorId} scope="col" className="numeric">
              {vendor.vendorName}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {periodsOf(vendors).map((period) => (
          <tr key={period}>
            <th scope="row">{period}</th>
            {vendors.map((vendor) => {
              const point = vendor.series.find((p) => p.period === period);
              return (
                <td key={vendor.vendorId} className="numeric">
                  {point ? definition.format(point) : <span className="muted">not delivered</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
