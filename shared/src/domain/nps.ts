import type { FieldError } from '../errors.ts';

/**
 * Net Promoter Score with the figures SPEC §5 asks to show beside it: the share of each group
 * (passives and detractors are always shown, never the score alone), the response rate, a 95%
 * confidence interval by the adjusted Wald method (add 3 to n and ¾ to promoters and detractors),
 * and warnings for small or hand-picked samples.
 */

export const SAMPLE_METHODS = ['everyone', 'random', 'every_nth', 'after_ticket', 'other'] as const;
export type SampleMethod = (typeof SAMPLE_METHODS)[number];

export interface NpsInput {
  population: number;
  invited: number;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  sampleMethod: SampleMethod;
}

export interface NpsResult {
  score: number;
  promoterShare: number;
  passiveShare: number;
  detractorShare: number;
  responseRate: number;
  interval: { low: number; high: number };
  warnings: string[];
}

export const MIN_RESPONSES = 30;
const Z95 = 1.959964;

/** The numbers that cannot be true together, each naming its field (empty when consistent). */
export function npsInconsistencies(input: NpsInput, prefix = 'nps'): FieldError[] {
  const errors: FieldError[] = [];
  const counts = ['population', 'invited', 'responses', 'promoters', 'passives', 'detractors'] as const;
  for (const field of counts) {
    if (!Number.isInteger(input[field]) || input[field] < 0) errors.push({ field: `${prefix}.${field}`, message: 'must be a whole number, 0 or more' });
  }
  if (errors.length > 0) return errors;
  if (input.promoters + input.passives + input.detractors !== input.responses) {
    errors.push({ field: `${prefix}.responses`, message: `must equal promoters + passives + detractors (${input.promoters + input.passives + input.detractors})` });
  }
  if (input.responses > input.invited) errors.push({ field: `${prefix}.responses`, message: 'cannot exceed the number invited' });
  if (input.invited > input.population) errors.push({ field: `${prefix}.invited`, message: 'cannot exceed the survey population' });
  return errors;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** NPS and its companions; call npsInconsistencies first (a zero-response survey has no score). */
export function computeNps(input: NpsInput): NpsResult {
  const n = input.responses;
  const share = (k: number) => (n > 0 ? round1((k / n) * 100) : 0);
  const adjustedN = n + 3;
  const p = (input.promoters + 0.75) / adjustedN;
  const d = (input.detractors + 0.75) / adjustedN;
  const centre = p - d;
  const margin = Z95 * Math.sqrt((p + d - centre * centre) / adjustedN);
  const warnings: string[] = [];
  if (n < MIN_RESPONSES) warnings.push(`Only ${n} responses: below ${MIN_RESPONSES}, the score is not reliable`);
  if (input.sampleMethod === 'other') warnings.push('The sample was not drawn by a fixed rule and may be hand-picked');
  return {
    score: n > 0 ? round1(((input.promoters - input.detractors) / n) * 100) : 0,
    promoterShare: share(input.promoters),
    passiveShare: share(input.passives),
    detractorShare: share(input.detractors),
    responseRate: input.invited > 0 ? round1((n / input.invited) * 100) : 0,
    interval: { low: round1(Math.max(-1, centre - margin) * 100), high: round1(Math.min(1, centre + margin) * 100) },
    warnings,
  };
}

/**
 * The nearest-rank percentile: the smallest value with at least p% of the values at or below it
 * (p in (0, 100]); null for no values. The median is percentile(values, 50).
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

/** Support contacts per active client organisation (null without clients). */
export function contactsPerClient(contacts: number, clients: number): number | null {
  return clients > 0 ? Math.round((contacts / clients) * 100) / 100 : null;
}
