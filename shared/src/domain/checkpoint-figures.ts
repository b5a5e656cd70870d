import type { FieldError } from '../errors.ts';
import { CHANNELS, type CheckpointData, type CheckpointFigures, type NpsBlock, type TicketFigures, type TicketImport } from '../schemas/checkpoints.ts';
import { computeNps, contactsPerClient, npsInconsistencies, type NpsInput } from './nps.ts';
import { issueRecurrence, normaliseTitle, type PeriodTopIssues } from './recurrence.ts';

/**
 * What the registry checks and computes on a checkpoint submission (SPEC §5). The API calls these
 * on every write; the web form calls the same functions for its live preview.
 */

export interface FiguresContext {
  period: string;
  /** From the agreement version the vendor signed. */
  targetMinutes: number;
  threshold: number;
  ticketImport: TicketImport | null;
  /** The vendor's top issues of earlier periods (this period's are taken from `data`). */
  history: readonly PeriodTopIssues[];
}

const NPS_COUNTS = ['population', 'invited', 'responses', 'promoters', 'passives', 'detractors'] as const;

function npsInput(nps: NpsBlock): NpsInput | null {
  const counts = NPS_COUNTS.map((field) => nps[field]);
  if (counts.some((c) => c === undefined) || !nps.sampleMethod) return null;
  const [population = 0, invited = 0, responses = 0, promoters = 0, passives = 0, detractors = 0] = counts;
  return { population, invited, responses, promoters, passives, detractors, sampleMethod: nps.sampleMethod };
}

/**
 * Numbers that cannot be true together, each naming its field; checked on every save (a draft may
 * be incomplete, never contradictory).
 */
export function checkpointInconsistencies(data: CheckpointData): FieldError[] {
  const errors: FieldError[] = [];
  const nps = data.nps;
  if (nps) {
    // Each rule as soon as the numbers it needs are there, so a half-filled draft is checked too.
    const { population, invited, responses, promoters, passives, detractors } = nps;
    if (responses !== undefined && promoters !== undefined && passives !== undefined && detractors !== undefined && promoters + passives + detractors !== responses) {
      errors.push({ field: 'nps.responses', message: `must equal promoters + passives + detractors (${promoters + passives + detractors})` });
    }
    if (responses !== undefined && invited !== undefined && responses > invited) errors.push({ field: 'nps.responses', message: 'cannot exceed the number invited' });
    if (invited !== undefined && population !== undefined && invited > population) errors.push({ field: 'nps.invited', message: 'cannot exceed the survey population' });
  }
  const r = data.responsiveness;
  if (r?.source === 'aggregates' && r.medianBusinessMinutes !== undefined && r.p90BusinessMinutes !== undefined && r.p90BusinessMinutes < r.medianBusinessMinutes) {
    errors.push({ field: 'responsiveness.p90BusinessMinutes', message: 'cannot be less than the median' });
  }
  // The same matching as recurrence: two titles that normalise alike are one issue.
  const seen = new Map<string, number>();
  (data.topIssues ?? []).forEach((issue, i) => {
    const title = normaliseTitle(issue.title);
    const first = seen.get(title);
    if (first !== undefined) errors.push({ field: `topIssues.${i}.title`, message: `repeats issue ${first + 1}` });
    else seen.set(title, i);
  });
  return errors;
}

/** Dotted paths of what a submission still lacks (empty when it can be submitted). */
export function missingFields(data: CheckpointData, ticketImport: TicketImport | null): string[] {
  const missing: string[] = [];
  for (const channel of CHANNELS) if (data.volume?.contacts?.[channel] === undefined) missing.push(`volume.contacts.${channel}`);
  if (data.volume?.activeClients === undefined) missing.push('volume.activeClients');
  const r = data.responsiveness;
  if (!r) missing.push('responsiveness');
  else if (r.source === 'tickets') {
    if (!ticketImport) missing.push('responsiveness.tickets');
  } else {
    for (const field of ['medianBusinessMinutes', 'p90BusinessMinutes', 'shareWithinTarget'] as const) if (r[field] === undefined) missing.push(`responsiveness.${field}`);
  }
  if (data.followUpShare === undefined || data.followUpShare === null) missing.push('followUpShare');
  const issues = data.topIssues ?? [];
  if (issues.length === 0) missing.push('topIssues');
  issues.forEach((issue, i) => {
    if (issue.contacts === undefined) missing.push(`topIssues.${i}.contacts`);
    if (issue.averageHoursToResolve === undefined) missing.push(`topIssues.${i}.averageHoursToResolve`);
  });
  if (data.nps) {
    for (const field of NPS_COUNTS) if (data.nps[field] === undefined) missing.push(`nps.${field}`);
    if (!data.nps.sampleMethod) missing.push('nps.sampleMethod');
    if (data.nps.sampleMethod === 'other' && !data.nps.sampleDescription?.trim()) missing.push('nps.sampleDescription');
    if (!data.nps.detractorFollowUp?.trim()) missing.push('nps.detractorFollowUp');
  }
  return missing;
}

function totalContacts(data: CheckpointData): number | null {
  const contacts = data.volume?.contacts;
  if (!contacts) return null;
  const counts = CHANNELS.map((c) => contacts[c]);
  return counts.some((c) => c === undefined) ? null : counts.reduce<number>((sum, c) => sum + (c ?? 0), 0);
}

/** Promise 3's verdict. A hair of floating-point slack: 95 of 100 is 0.95 exactly, however computed. */
export function meetsThreshold(shareWithinTarget: number, threshold: number): boolean {
  return shareWithinTarget + 1e-9 >= threshold;
}

/** A period's top issues as the recurrence rule reads them. */
export function periodTopIssues(period: string, data: CheckpointData): PeriodTopIssues {
  return { period, issues: (data.topIssues ?? []).map((i) => ({ id: i.id ?? '', title: i.title, linkedIssueId: i.linkedIssueId ?? null })) };
}

/** The submission's response times: entered by hand, or the ticket import's when the vendor chose it. */
export function responsivenessOf(data: CheckpointData, imported: TicketFigures | null): CheckpointFigures['responsiveness'] {
  const r = data.responsiveness;
  const fromTickets = r?.source === 'tickets';
  const overall = fromTickets ? imported : null;
  return {
    source: r?.source ?? null,
    medianBusinessMinutes: fromTickets ? (overall?.medianBusinessMinutes ?? null) : (r?.medianBusinessMinutes ?? null),
    p90BusinessMinutes: fromTickets ? (overall?.p90BusinessMinutes ?? null) : (r?.p90BusinessMinutes ?? null),
    shareWithinTarget: fromTickets ? (overall?.shareWithinTarget ?? null) : (r?.shareWithinTarget ?? null),
  };
}

export function checkpointFigures(data: CheckpointData, context: FiguresContext): CheckpointFigures {
  const total = totalContacts(data);
  const responsiveness = responsivenessOf(data, context.ticketImport?.overall ?? null);
  const nps = data.nps ? npsInput(data.nps) : null;
  // A survey nobody answered has no score.
  const npsValid = nps && nps.responses > 0 && npsInconsistencies(nps).length === 0;
  const issues = (data.topIssues ?? []).map((issue, i) => ({ id: issue.id ?? `new-${i}`, title: issue.title, linkedIssueId: issue.linkedIssueId ?? null }));
  const recurrence = issueRecurrence([...context.history.filter((h) => h.period !== context.period), { period: context.period, issues }]);
  return {
    totalContacts: total,
    contactsPerClient: total === null || data.volume?.activeClients === undefined ? null : contactsPerClient(total, data.volume.activeClients),
    responsiveness,
    promise3: {
      targetMinutes: context.targetMinutes,
      threshold: context.threshold,
      met: responsiveness.shareWithinTarget === null ? null : meetsThreshold(responsiveness.shareWithinTarget, context.threshold),
    },
    nps: npsValid ? computeNps(nps) : null,
    issues: issues.map((issue) => ({ id: issue.id, ...(recurrence.get(issue.id) ?? { streak: 1, recurring: false, chronic: false }) })),
  };
}
