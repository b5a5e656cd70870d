import type { VendorMetrics } from '@cep/shared';
import { CartesianGrid, ErrorBar, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Symbols, Tooltip, XAxis, YAxis } from 'recharts';
import { chartRows, type MetricKey, METRICS, rangeKey, seriesKey, type SeriesStyle, seriesStyle, thresholdsOf } from '../../utils/metrics-series.ts';

/** What recharts passes to a dot, whether resting (DotItemDotProps) or active (ActiveDotProps). */
interface DotPosition {
  cx?: number | undefined;
  cy?: number | undefined;
  index: number;
  value?: unknown;
}

/** Each vendor's points in its own shape, so lines are told apart without colour. */
const marker =
  (style: SeriesStyle, size: number) =>
  ({ cx, cy, index, value }: DotPosition) => {
    if (cx === undefined || cy === undefined || value === null || value === undefined) return null;
    return <Symbols key={index} cx={cx} cy={cy} type={style.shape} size={size} fill={style.color} stroke="#fff" strokeWidth={1} />;
  };

export interface MetricsChartProps {
  metric: MetricKey;
  vendors: readonly VendorMetrics[];
  height?: number;
  /** Names each vendor's line and marker; a chart of one vendor on that vendor's page needs none. */
  legend?: boolean;
  /** Promise 3's thresholds in percent, drawn on the share chart: by default those the vendors hold. */
  thresholds?: readonly number[];
}

/**
 * One metric across periods, a line per vendor. The chart is a picture (role="img") for assistive
 * technology: the table that goes with it carries the same numbers.
 */
export function MetricsChart({ metric, vendors, height = 280, legend = vendors.length > 1, thresholds = thresholdsOf(vendors) }: MetricsChartProps) {
  const definition = METRICS[metric];
  const rows = chartRows(vendors, definition);
  const names = vendors.map((v) => v.vendorName).join(', ');
  const summary = `${definition.title} by period${vendors.length > 1 ? ` for ${names}` : ''}. ${definition.description} The table with this chart lists the same figures.`;
  return (
    <div className="chart" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d9e2ec" />
          <XAxis dataKey="period" stroke="#52606d" />
          <YAxis domain={definition.domain} unit={definition.unit} allowDecimals={!definition.wholeNumbers} stroke="#52606d" width={52} />
          <Tooltip />
          {legend ? <Legend /> : null}
          {metric === 'share'
            ? thresholds.map((threshold) => (
                <ReferenceLine
                  key={threshold}
                  y={threshold}
                  stroke="#b91c1c"
                  strokeWidth={2}
                  strokeDasharray="6 3"
                  label={{ value: `Threshold ${threshold}%`, position: 'insideBottomRight', fill: '#b91c1c', fontSize: 12 }}
                />
              ))
            : null}
          {metric === 'nps' ? <ReferenceLine y={0} stroke="#829ab1" /> : null}
          {vendors.map((vendor, index) => {
            const style = seriesStyle(index);
            return (
              <Line
                key={vendor.vendorId}
                dataKey={seriesKey(index)}
                name={vendor.vendorName}
                stroke={style.color}
                strokeWidth={2}
                strokeDasharray={style.dash}
                legendType={style.shape}
                dot={marker(style, 64)}
                activeDot={marker(style, 110)}
                isAnimationActive={false}
              >
                {definition.range ? <ErrorBar dataKey={rangeKey(index)} width={6} stroke={style.color} strokeWidth={1.5} isAnimationActive={false} /> : null}
              </Line>
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
