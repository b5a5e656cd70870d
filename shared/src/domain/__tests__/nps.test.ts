import { computeNps, contactsPerClient, npsInconsistencies, percentile, type NpsInput } from '../nps.ts';

const survey: NpsInput = { population: 1000, invited: 400, responses: 200, promoters: 120, passives: 50, detractors: 30, sampleMethod: 'random' };

describe('computeNps', () => {
  it('gives the score with every group’s share, the response rate and the adjusted-Wald interval', () => {
    expect(computeNps(survey)).toEqual({
      score: 45,
      promoterShare: 60,
      passiveShare: 25,
      detractorShare: 15,
      responseRate: 50,
      // n' = 203, p' = 120.75/203, d' = 30.75/203: centre 44.34, margin 1.96·√((p'+d'−(p'−d')²)/n') = 10.20.
      interval: { low: 34.1, high: 54.5 },
      warnings: [],
    });
  });

  it('warns below 30 responses and for a sample not drawn by a fixed rule', () => {
    const small = computeNps({ ...survey, invited: 40, responses: 20, promoters: 15, passives: 3, detractors: 2, sampleMethod: 'other' });
    expect(small.warnings).toEqual(['Only 20 responses: below 30, the score is not reliable', 'The sample was not drawn by a fixed rule and may be hand-picked']);
    expect(small.interval.high).toBeLessThanOrEqual(100);
  });

  it('keeps the interval inside −100…100 for unanimous answers', () => {
    const all = computeNps({ ...survey, promoters: 200, passives: 0, detractors: 0 });
    expect(all.score).toBe(100);
    expect(all.interval.high).toBeLessThanOrEqual(100);
    expect(all.interval.low).toBeGreaterThan(90);
  });
});

describe('npsInconsistencies', () => {
  it('accepts consistent numbers', () => {
    expect(npsInconsistencies(survey)).toEqual([]);
  });
  it('names the field of each impossible number', () => {
    expect(npsInconsistencies({ ...survey, passives: 60 })).toEqual([{ field: 'nps.responses', message: 'must equal promoters + passives + detractors (210)' }]);
    expect(npsInconsistencies({ ...survey, invited: 150 }).map((e) => e.field)).toEqual(['nps.responses']);
    expect(npsInconsistencies({ ...survey, population: 300 }).map((e) => e.field)).toEqual(['nps.invited']);
    expect(npsInconsistencies({ ...survey, detractors: -1 }).map((e) => e.field)).toEqual(['nps.detractors']);
  });
});

describe('percentile (nearest rank)', () => {
  it('takes the smallest value with p% at or below it', () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 90)).toBe(50);
    expect(percentile(values, 30)).toBe(20);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('contactsPerClient', () => {
  it('divides and rounds to two places, and has no value without clients', () => {
    expect(contactsPerClient(1234, 300)).toBe(4.11);
    expect(contactsPerClient(10, 0)).toBeNull();
  });
});
