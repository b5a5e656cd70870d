import fc from 'fast-check';
import type { TicketFigures } from '../../schemas/checkpoints.ts';
import { percentile } from '../nps.ts';
import { MAX_DISTINCT_PRIORITIES, ticketTally } from '../ticket-figures.ts';

type Row = readonly [priority: string, minutes: number | null];

function tallyOf(target: number, rows: readonly Row[]) {
  const tally = ticketTally(target);
  for (const [priority, minutes] of rows) tally.add(priority, minutes);
  return tally;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

describe('ticketTally (hand-checked)', () => {
  it('tallies answered, unanswered and within-target tickets, with nearest-rank median and p90', () => {
    const tally = tallyOf(120, [
      ['high', 10],
      ['high', 120],
      ['high', 121],
      ['high', null],
    ]);
    expect(tally.overall()).toEqual({
      tickets: 4,
      answered: 3,
      unanswered: 1,
      withinTarget: 2,
      shareWithinTarget: 0.5,
      medianBusinessMinutes: 120,
      p90BusinessMinutes: 121,
    });
  });

  it('counts a response at exactly the target as within it, and a hair over as not', () => {
    const overall = tallyOf(120, [
      ['', 120],
      ['', 120.0001],
    ]).overall();
    expect(overall.withinTarget).toBe(1);
    expect(overall.shareWithinTarget).toBe(0.5);
  });

  it('has no share, median or p90 without tickets, and no median or p90 without answers', () => {
    expect(ticketTally(120).overall()).toEqual({
      tickets: 0,
      answered: 0,
      unanswered: 0,
      withinTarget: 0,
      shareWithinTarget: null,
      medianBusinessMinutes: null,
      p90BusinessMinutes: null,
    });
    expect(ticketTally(120).byPriority()).toEqual([]);
    expect(
      tallyOf(120, [
        ['low', null],
        ['low', null],
      ]).overall(),
    ).toEqual({ tickets: 2, answered: 0, unanswered: 2, withinTarget: 0, shareWithinTarget: 0, medianBusinessMinutes: null, p90BusinessMinutes: null });
  });

  it('sorts numerically, not as text, and rounds to two decimals', () => {
    // As text, 100 would sort before 9.
    const overall = tallyOf(60, [
      ['', 100],
      ['', 9],
      ['', 20],
    ]).overall();
    expect(overall.medianBusinessMinutes).toBe(20);
    expect(overall.p90BusinessMinutes).toBe(100);
    expect(tallyOf(60, [['', 12.3456]]).overall().medianBusinessMinutes).toBe(12.35);
  });

  it('buckets priorities case-insensitively and trimmed, blank as "(none)", sorted by name', () => {
    const tally = tallyOf(60, [
      ['High', 10],
      [' high ', 90],
      ['HIGH', null],
      ['', 30],
      ['   ', 40],
      ['Low', 70],
      ['medium', 50],
    ]);
    expect(tally.byPriority()).toEqual([
      { priority: '(none)', tickets: 2, answered: 2, unanswered: 0, withinTarget: 2, shareWithinTarget: 1, medianBusinessMinutes: 30, p90BusinessMinutes: 40 },
      { priority: 'high', tickets: 3, answered: 2, unanswered: 1, withinTarget: 1, shareWithinTarget: 1 / 3, medianBusinessMinutes: 10, p90BusinessMinutes: 90 },
      { priority: 'low', tickets: 1, answered: 1, unanswered: 0, withinTarget: 0, shareWithinTarget: 0, medianBusinessMinutes: 70, p90BusinessMinutes: 70 },
      { priority: 'medium', tickets: 1, answered: 1, unanswered: 0, withinTarget: 1, shareWithinTarget: 1, medianBusinessMinutes: 50, p90BusinessMinutes: 50 },
    ]);
    expect(tally.overall()).toMatchObject({ tickets: 7, answered: 6, unanswered: 1, withinTarget: 4 });
  });
});

const PRIORITIES = ['High', 'high', ' HIGH ', 'low', 'Low', 'medium', 'urgent', 'P1', 'p2', '', '  '];
const minutesArb = fc.oneof(
  fc.double({ min: 0, max: 100_000, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 600 }),
  fc.constantFrom(0, 119.99, 120, 120.01),
);
const rowsArb = fc.array(fc.tuple(fc.constantFrom(...PRIORITIES), fc.option(minutesArb, { nil: null })), { maxLength: 60 });
const targetArb = fc.oneof(fc.constant(120), fc.integer({ min: 1, max: 10_000 }));

const sum = (figures: readonly TicketFigures[], field: 'tickets' | 'answered' | 'unanswered' | 'withinTarget') => figures.reduce((s, f) => s + f[field], 0);

function checkBucket(figures: TicketFigures, rows: readonly Row[], target: number): void {
  const answered = rows.flatMap(([, m]) => (m === null ? [] : [m]));
  expect(figures.tickets).toBe(rows.length);
  expect(figures.answered).toBe(answered.length);
  expect(figures.unanswered).toBe(rows.length - answered.length);
  expect(figures.withinTarget).toBe(answered.filter((m) => m <= target).length);
  expect(figures.withinTarget).toBeLessThanOrEqual(figures.answered);
  if (figures.tickets === 0) expect(figures.shareWithinTarget).toBeNull();
  else {
    expect(figures.shareWithinTarget).toBe(figures.withinTarget / figures.tickets);
    expect(figures.shareWithinTarget).toBeGreaterThanOrEqual(0);
    expect(figures.shareWithinTarget).toBeLessThanOrEqual(1);
  }
  const median = percentile(answered, 50);
  const p90 = percentile(answered, 90);
  expect(figures.medianBusinessMinutes).toBe(median === null ? null : round2(median));
  expect(figures.p90BusinessMinutes).toBe(p90 === null ? null : round2(p90));
  if (figures.medianBusinessMinutes !== null && figures.p90BusinessMinutes !== null) {
    expect(figures.medianBusinessMinutes).toBeLessThanOrEqual(figures.p90BusinessMinutes);
  } else {
    expect(figures.answered).toBe(0);
  }
}

describe('ticketTally properties', () => {
  it('overall figures are consistent, and median and p90 are percentile()’s, rounded', () => {
    fc.assert(
      fc.property(targetArb, rowsArb, (target, rows) => {
        checkBucket(tallyOf(target, rows).overall(), rows, target);
      }),
      { numRuns: 200 },
    );
  });

  it('each priority bucket holds exactly its tickets, and the buckets add up to the whole', () => {
    fc.assert(
      fc.property(targetArb, rowsArb, (target, rows) => {
        const tally = tallyOf(target, rows);
        const buckets = tally.byPriority();
        const overall = tally.overall();
        for (const field of ['tickets', 'answered', 'unanswered', 'withinTarget'] as const) expect(sum(buckets, field)).toBe(overall[field]);
        const keyOf = (p: string) => p.trim().toLowerCase() || '(none)';
        expect(buckets.map((b) => b.priority)).toEqual([...new Set(rows.map(([p]) => keyOf(p)))].sort((a, b) => a.localeCompare(b)));
        for (const bucket of buckets) {
          const { priority, ...figures } = bucket;
          checkBucket(
            figures,
            rows.filter(([p]) => keyOf(p) === priority),
            target,
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order tickets are added in', () => {
    fc.assert(
      fc.property(
        targetArb,
        rowsArb.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        (target, [rows, shuffled]) => {
          const a = tallyOf(target, rows);
          const b = tallyOf(target, shuffled);
          expect(b.overall()).toEqual(a.overall());
          expect(b.byPriority()).toEqual(a.byPriority());
        },
      ),
      { numRuns: 100 },
    );
  });

  it('counts at most MAX_DISTINCT_PRIORITIES priorities, refusing a new one beyond them without counting it', () => {
    const tally = ticketTally(60);
    for (let i = 0; i < MAX_DISTINCT_PRIORITIES; i += 1) expect(tally.add(`p${i}`, 10)).toBe(true);
    expect(tally.add('one too many', 10)).toBe(false);
    expect(tally.add('P0', 10)).toBe(true);
    expect(tally.byPriority()).toHaveLength(MAX_DISTINCT_PRIORITIES);
    expect(tally.overall().tickets).toBe(MAX_DISTINCT_PRIORITIES + 1);
  });
});
