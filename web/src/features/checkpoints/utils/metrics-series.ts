import type { MetricsPoint, ProgramPeriod, VendorMetrics } from '@cep/shared';
import type { SymbolType } from 'recharts';
import { formatCount, formatDecimal, formatNps, formatShare } from './checkpoint-format.ts';

/**
 * What the trend charts plot, and how each vendor's line looks. Vendors differ by dash pattern and
 * marker shape as well as colour, so the charts read in greyscale and for colour-blind people.
 */

export const METRIC_KEYS = ['share', 'contactsPerClient', 'nps', 'recurring', 'chronic'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export interface MetricDefinition {
  title: string;
  description: string;
  unit?: string;
  domain: [number | 'auto', number | 'auto'];
  wholeNumbers?: boolean;
  /** The value to plot (percent for shares), or null when the period has none. */
  value: (point: MetricsPoint) => number | null;
  /** An interval drawn as error bars around the value. */
  range?: (point: MetricsPoint) => [number, number] | null;
  /** The value as a table cell. */
  format: (point: MetricsPoint) => string;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export const METRICS: Record<MetricKey, MetricDefinition> = {
  share: {
    title: 'Share answered within the target',
    description: 'First responses within the target business minutes, in percent; the dashed red line is the threshold promise 3 needs.',
    unit: '%',
    domain: [0, 100],
    value: (p) => (p.shareWithinTarget === null ? null : round1(p.shareWithinTarget * 100)),
    format: (p) => formatShare(p.shareWithinTarget),
  },
  contactsPerClient: {
    title: 'Support contacts per client',
    description: 'Support contacts in the period per active client organisation.',
    domain: [0, 'auto'],
    value: (p) => p.contactsPerClient,
    format: (p) => formatDecimal(p.contactsPerClient),
  },
  nps: {
    title: 'NPS with its 95% interval',
    description: 'Net Promoter Score, from −100 to +100; the error bars show the 95% confidence interval.',
    domain: [-100, 100],
    value: (p) => p.nps,
    range: (p) => (p.nps === null || p.npsLow === null || p.npsHigh === null ? null : [p.npsLow, p.npsHigh]),
    format: (p) => (p.nps === null ? '—' : p.npsLow === null || p.npsHigh === null ? formatNps(p.nps) : `${formatNps(p.nps)} (${formatNps(p.npsLow)} to ${formatNps(p.npsHigh)})`),
  },
  recurring: {
    title: 'Recurring issues',
    description: 'Top-five issues that were also in the previous period’s top five (chronic ones included).',
    domain: [0, 5],
    wholeNumbers: true,
    value: (p) => p.recurringIssues,
    format: (p) => formatCount(p.recurringIssues),
  },
  chronic: {
    title: 'Chronic issues',
    description: 'Top-five issues in the top five for three or more periods in a row.',
    domain: [0, 5],
    wholeNumbers: true,
    value: (p) => p.chronicIssues,
    format: (p) => formatCount(p.chronicIssues),
  },
};

export interface SeriesStyle {
  color: string;
  dash: string | undefined;
  shape: SymbolType;
}

// Okabe–Ito-like colours dark enough for 3:1 against white.
const COLORS = ['#1d4ed8', '#b45309', '#047857', '#9d174d', '#6d28d9', '#0e7490', '#374151'];
const DASHES = [undefined, '8 4', '2 3', '12 4 2 4', '5 5', '1 4', '16 4'];
const SHAPES: SymbolType[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye'];

export function seriesStyle(index: number): SeriesStyle {
  return {
    color: COLORS[index % COLORS.length] ?? '#1d4ed8',
    dash: DASHES[index % DASHES.length],
    shape: SHAPES[index % SHAPES.length] ?? 'circle',
  };
}

/** Every period any vendor delivered, oldest first. */
export function periodsOf(vendors: readonly VendorMetrics[]): string[] {
  return [...new Set(vendors.flatMap((v) => v.series.map((p) => p.period)))].sort();
}

export const seriesKey = (index: number) => `v${index}`;
export const rangeKey = (index: number) => `v${index}range`;

export type ChartRow = Record<string, string | number | null | [number, number]>;

/**
 * One row per period with each vendor's value under `v0`, `v1`… (vendor ids could hold characters a
 * chart key reads as a path) and, for intervals, the distances below and above the value.
 */
export function chartRows(vendors: readonly VendorMetrics[], metric: MetricDefinition): ChartRow[] {
  return periodsOf(vendors).map((period) => {
    const row: ChartRow = { period };
    vendors.forEach((vendor, index) => {
      const point = vendor.series.find((p) => p.period === period);
      const value = point ? metric.value(point) : null;
      row[seriesKey(index)] = value;
      const range = point && value !== null ? metric.range?.(point) : null;
      if (range && value !== null) row[rangeKey(index)] = [Math.max(0, value - range[0]), Math.max(0, range[1] - value)];
    });
    return row;
  });
}

/** The thresholds in percent (vendors on different agreement versions may have different ones). */
export const thresholdsOf = (vendors: readonly VendorMetrics[]): number[] => [...new Set(vendors.map((v) => round1(v.threshold * 100)))];

/**
 * The program's means as one series the trend charts draw like a vendor's line. Its threshold is
 * not drawn: vendors on different agreement versions hold different ones.
 */
export function programSeries(periods: readonly ProgramPeriod[]): VendorMetrics {
  return {
    vendorId: 'program',
    vendorName: 'Mean of the vendors that delivered',
    threshold: 0,
    series: periods.map((p) => ({
      period: p.period,
      status: 'accepted',
      shareWithinTarget: p.shareWithinTarget,
      medianBusinessMinutes: null,
      p90BusinessMinutes: null,
      contactsPerClient: p.contactsPerClient,
      nps: p.nps,
      npsLow: null,
      npsHigh: null,
      npsResponses: null,
      recurringIssues: p.recurringIssues ?? 0,
      chronicIssues: p.chronicIssues ?? 0,
      promise3Met: null,
    })),
  };
}
