import { DEFAULT_WATCH_THRESHOLDS, type WatchThresholds, watchVerdict } from '../watchlist.ts';

const verdict = (recentCount: number, longCount: number, clients: number | null, thresholds: WatchThresholds = DEFAULT_WATCH_THRESHOLDS) =>
  watchVerdict({ recentCount, longCount, clients }, thresholds);

describe('watchVerdict', () => {
  it('has the defaults of SPEC §6: 3 in 90 days, or 2 per 100 clients in 180 days', () => {
    expect(DEFAULT_WATCH_THRESHOLDS).toEqual({ count: 3, countDays: 90, ratePer100: 2, rateDays: 180 });
  });

  it('counts from the threshold on: 2 recent complaints are not enough, 3 are', () => {
    expect(verdict(2, 2, null)).toEqual({ ratePer100: null, reasons: [] });
    expect(verdict(3, 3, null)).toEqual({ ratePer100: null, reasons: ['count'] });
    expect(verdict(40, 40, null).reasons).toEqual(['count']);
  });

  it('uses the recent count for the count rule and the longer count for the rate rule', () => {
    expect(verdict(0, 3, null).reasons).toEqual([]);
    expect(verdict(0, 2, 100)).toEqual({ ratePer100: 2, reasons: ['rate'] });
    expect(verdict(3, 0, 100)).toEqual({ ratePer100: 0, reasons: ['count'] });
  });

  it('puts the rate exactly at 2 per 100 on the list, and just under it off', () => {
    expect(verdict(0, 2, 100)).toEqual({ ratePer100: 2, reasons: ['rate'] });
    expect(verdict(0, 2, 101)).toEqual({ ratePer100: 1.98, reasons: [] });
    expect(verdict(0, 20, 1000)).toEqual({ ratePer100: 2, reasons: ['rate'] });
    expect(verdict(0, 19, 1000)).toEqual({ ratePer100: 1.9, reasons: [] });
    expect(verdict(0, 1, 50).reasons).toEqual(['rate']);
    expect(verdict(0, 1, 51).reasons).toEqual([]);
  });

  it('compares the rate unrounded: 1.999 per 100 is under 2 even though it shows as 2', () => {
    // 1999 complaints for 100 000 clients: 1.999 per 100, shown rounded to 2.
    expect(verdict(0, 1999, 100_000)).toEqual({ ratePer100: 2, reasons: [] });
  });

  it('gives both reasons when both rules hold, count first', () => {
    expect(verdict(3, 5, 100)).toEqual({ ratePer100: 5, reasons: ['count', 'rate'] });
  });

  it('has no rate without a client count, or with zero clients', () => {
    expect(verdict(0, 5, null)).toEqual({ ratePer100: null, reasons: [] });
    expect(verdict(0, 5, 0)).toEqual({ ratePer100: null, reasons: [] });
  });

  it('rounds the rate shown to two decimals', () => {
    expect(verdict(0, 1, 3).ratePer100).toBe(33.33);
    expect(verdict(0, 2, 3).ratePer100).toBe(66.67);
    expect(verdict(0, 0, 10).ratePer100).toBe(0);
  });

  it('follows configured thresholds', () => {
    const strict: WatchThresholds = { count: 1, countDays: 30, ratePer100: 0.5, rateDays: 60 };
    expect(verdict(1, 1, null, strict).reasons).toEqual(['count']);
    expect(verdict(0, 1, 200, strict).reasons).toEqual(['rate']);
    expect(verdict(0, 1, 201, strict).reasons).toEqual([]);
  });

  it('puts a vendor exactly at a fractional rate threshold on the list', () => {
    // WATCH_RATE_PER_100=1.1: 33 complaints for 3000 clients is exactly 1.1 per 100, as shown.
    const thresholds: WatchThresholds = { ...DEFAULT_WATCH_THRESHOLDS, ratePer100: 1.1 };
    expect(verdict(0, 33, 3000, thresholds)).toEqual({ ratePer100: 1.1, reasons: ['rate'] });
  });
});
