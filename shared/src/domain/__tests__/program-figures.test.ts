import fc from 'fast-check';
import type { MetricsPoint } from '../../schemas/checkpoints.ts';
import { metricsPointOf, PERIOD_TOTALS, type PeriodTotals, periodTotalsOf, programPeriodOf, sumTotals, totalsDelta } from '../program-figures.ts';

const point = (over: Partial<MetricsPoint> = {}): MetricsPoint => ({
  period: '2026-H1',
  status: 'submitted',
  shareWithinTarget: 0.9,
  medianBusinessMinutes: 30,
  p90BusinessMinutes: 120,
  contactsPerClient: 2,
  nps: 40,
  npsLow: 30,
  npsHigh: 50,
  npsResponses: 100,
  recurringIssues: 1,
  chronicIssues: 0,
  promise3Met: false,
  ...over,
});

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const pointArb: fc.Arbitrary<MetricsPoint> = fc.record({
  period: fc.constant('2026-H1'),
  status: fc.constantFrom('submitted' as const, 'accepted' as const),
  shareWithinTarget: nullable(fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000)),
  medianBusinessMinutes: fc.constant(null),
  p90BusinessMinutes: fc.constant(null),
  contactsPerClient: nullable(fc.integer({ min: 0, max: 10000 }).map((n) => n / 100)),
  nps: nullable(fc.integer({ min: -100, max: 100 })),
  npsLow: fc.constant(null),
  npsHigh: fc.constant(null),
  npsResponses: fc.constant(null),
  recurringIssues: fc.integer({ min: 0, max: 5 }),
  chronicIssues: fc.integer({ min: 0, max: 5 }),
  promise3Met: nullable(fc.boolean()),
});

describe('program figures', () => {
  it('counts a delivered point once and nothing for a point that is not delivered', () => {
    expect(periodTotalsOf(null)).toEqual(Object.fromEntries(PERIOD_TOTALS.map((k) => [k, 0])));
    const totals = periodTotalsOf(point({ status: 'accepted', promise3Met: true }));
    expect(totals).toMatchObject({ delivered: 1, accepted: 1, promise3Judged: 1, promise3Met: 1, shareSum: 0.9, shareCount: 1, npsSum: 40, npsCount: 1, recurringSum: 1 });
  });

  it('leaves out of a mean the vendors that did not report the figure', () => {
    const totals = sumTotals([point({ nps: null, shareWithinTarget: 0.8 }), point({ nps: 20, shareWithinTarget: null, promise3Met: null })]);
    const period = programPeriodOf('2026-H1', totals);
    expect(period).toMatchObject({ delivered: 2, nps: 20, npsVendors: 1, shareWithinTarget: 0.8, promise3Judged: 1, promise3Met: 0, recurringIssues: 1 });
    expect(programPeriodOf('2026-H1', sumTotals([]))).toMatchObject({ delivered: 0, nps: null, shareWithinTarget: null, recurringIssues: null });
  });

  it('keeps totals equal to a rebuild from scratch whatever sequence of writes replaced the points', () => {
    // Each step replaces one vendor's point (submit, accept, return = null); the kept totals are the
    // running sum of deltas and must equal summing the final points afresh.
    const step = fc.record({ vendor: fc.integer({ min: 0, max: 4 }), next: nullable(pointArb) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const current = new Map<number, MetricsPoint | null>();
        const kept = periodTotalsOf(null);
        for (const { vendor, next } of steps) {
          const delta = totalsDelta(current.get(vendor) ?? null, next);
          for (const k of PERIOD_TOTALS) kept[k] += delta[k];
          current.set(vendor, next);
        }
        const rebuilt: PeriodTotals = sumTotals([...current.values()].filter((p): p is MetricsPoint => p !== null));
        for (const k of PERIOD_TOTALS) expect(kept[k]).toBeCloseTo(rebuilt[k], 6);
      }),
    );
  });

  it('makes the trend point from the submission page’s own figures', () => {
    const data = {
      volume: { contacts: { phone: 10, email: 20, chat: 0, portal: 0, other: 10 }, activeClients: 20 },
      responsiveness: { source: 'aggregates' as const, medianBusinessMinutes: 20, p90BusinessMinutes: 90, shareWithinTarget: 0.96 },
      topIssues: [{ id: 'b', title: 'Login fails', linkedIssueId: 'a' }],
    };
    const history = [{ period: '2025-H2', issues: [{ id: 'a', title: 'Login fails', linkedIssueId: null }] }];
    const p = metricsPointOf({ period: '2026-H1', status: 'accepted', data, ticketImport: null }, { targetMinutes: 60, threshold: 0.95 }, history);
    expect(p).toMatchObject({ period: '2026-H1', status: 'accepted', shareWithinTarget: 0.96, contactsPerClient: 2, promise3Met: true, recurringIssues: 1, nps: null });
  });
});
