import { CHANNELS, type Channel, type CheckpointData, type NpsBlock, type SampleMethod } from '@cep/shared';
import type { FieldErrorMap } from '../../../lib/form-errors.ts';

export type ResponsivenessSource = 'aggregates' | 'tickets';

/** One top-issue row; `key` tells React rows apart before the server has given them an id. */
export interface IssueRow {
  key: string;
  id: string | undefined;
  title: string;
  contacts: string;
  averageHoursToResolve: string;
  linkedIssueId: string;
}

export const NPS_COUNTS = ['population', 'invited', 'responses', 'promoters', 'passives', 'detractors'] as const;
export type NpsCount = (typeof NPS_COUNTS)[number];

export interface NpsFormState extends Record<NpsCount, string> {
  sampleMethod: SampleMethod | '';
  sampleDescription: string;
  detractorFollowUp: string;
}

/**
 * The form keeps every value as the text the person typed; `toCheckpointData` makes the API body.
 * Shares are percentages here (95) and fractions in the API (0.95).
 */
export interface CheckpointFormState {
  contacts: Record<Channel, string>;
  activeClients: string;
  source: ResponsivenessSource;
  medianBusinessMinutes: string;
  p90BusinessMinutes: string;
  sharePercent: string;
  followUpPercent: string;
  issues: IssueRow[];
  runsNps: boolean;
  nps: NpsFormState;
}

let rowCount = 0;
export function newIssueRow(): IssueRow {
  rowCount += 1;
  return { key: `new-${rowCount}`, id: undefined, title: '', contacts: '', averageHoursToResolve: '', linkedIssueId: '' };
}

const text = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));
/** 0.955 → "95.5", without the float noise of 0.955 × 100. */
const percentText = (share: number | null | undefined): string => (share === null || share === undefined ? '' : String(Number((share * 100).toFixed(4))));

export function toFormState(data: CheckpointData): CheckpointFormState {
  const contacts = Object.fromEntries(CHANNELS.map((channel) => [channel, text(data.volume?.contacts?.[channel])])) as Record<Channel, string>;
  const r = data.responsiveness;
  const nps: NpsBlock = data.nps ?? {};
  return {
    contacts,
    activeClients: text(data.volume?.activeClients),
    source: r?.source ?? 'aggregates',
    medianBusinessMinutes: text(r?.medianBusinessMinutes),
    p90BusinessMinutes: text(r?.p90BusinessMinutes),
    sharePercent: percentText(r?.shareWithinTarget),
    followUpPercent: percentText(data.followUpShare),
    issues: (data.topIssues ?? []).map((issue) => ({
      key: issue.id ?? newIssueRow().key,
      id: issue.id,
      title: issue.title,
      contacts: text(issue.contacts),
      averageHoursToResolve: text(issue.averageHoursToResolve),
      linkedIssueId: issue.linkedIssueId ?? '',
    })),
    runsNps: Boolean(data.nps),
    nps: {
      population: text(nps.population),
      invited: text(nps.invited),
      responses: text(nps.responses),
      promoters: text(nps.promoters),
      passives: text(nps.passives),
      detractors: text(nps.detractors),
      sampleMethod: nps.sampleMethod ?? '',
      sampleDescription: nps.sampleDescription ?? '',
      detractorFollowUp: nps.detractorFollowUp ?? '',
    },
  };
}

/**
 * `strict` turns text that is not a number into NaN, so validation names the field instead of
 * sending a guess; `lenient` (the live preview) treats it as not filled in yet.
 */
export type ParseMode = 'strict' | 'lenient';

function parse(value: string, pattern: RegExp, mode: ParseMode): number | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  if (pattern.test(trimmed)) return Number(trimmed);
  return mode === 'strict' ? Number.NaN : undefined;
}
const count = (value: string, mode: ParseMode) => parse(value, /^\d+$/, mode);
const decimal = (value: string, mode: ParseMode) => parse(value, /^(\d+\.?\d*|\.\d+)$/, mode);

function share(value: string, mode: ParseMode): number | undefined {
  const percent = decimal(value, mode);
  if (percent === undefined || Number.isNaN(percent)) return percent;
  if (percent > 100) return mode === 'strict' ? Number.NaN : undefined;
  return Number((percent / 100).toFixed(6));
}

const optionalText = (value: string): string | undefined => (value.trim() ? value.trim() : undefined);

/** The whole draft as the PUT body; fields left empty are left out (undefined is not sent). */
export function toCheckpointData(state: CheckpointFormState, mode: ParseMode): CheckpointData {
  const contacts = Object.fromEntries(CHANNELS.map((channel) => [channel, count(state.contacts[channel], mode)])) as Record<Channel, number | undefined>;
  const nps = state.nps;
  return {
    volume: { contacts, activeClients: count(state.activeClients, mode) },
    responsiveness: {
      source: state.source,
      medianBusinessMinutes: decimal(state.medianBusinessMinutes, mode),
      p90BusinessMinutes: decimal(state.p90BusinessMinutes, mode),
      shareWithinTarget: share(state.sharePercent, mode),
    },
    followUpShare: share(state.followUpPercent, mode),
    topIssues: state.issues.map((row) => ({
      id: row.id,
      title: row.title.trim(),
      contacts: count(row.contacts, mode),
      averageHoursToResolve: decimal(row.averageHoursToResolve, mode),
      linkedIssueId: row.linkedIssueId || undefined,
    })),
    nps: state.runsNps
      ? {
          population: count(nps.population, mode),
          invited: count(nps.invited, mode),
          responses: count(nps.responses, mode),
          promoters: count(nps.promoters, mode),
          passives: count(nps.passives, mode),
          detractors: count(nps.detractors, mode),
          sampleMethod: nps.sampleMethod || undefined,
          sampleDescription: optionalText(nps.sampleDescription),
          detractorFollowUp: optionalText(nps.detractorFollowUp),
        }
      : null,
  };
}

const PERCENT_FIELDS = ['responsiveness.shareWithinTarget', 'followUpShare'];
const DECIMAL_FIELDS = /^(responsiveness\.(median|p90)BusinessMinutes|topIssues\.\d+\.averageHoursToResolve)$/;

/**
 * Validator wording is about the API's fractions ("must be <= 1"); the form asks for percentages,
 * so a share is described the way it was typed.
 */
export function inFormWords(errors: FieldErrorMap): FieldErrorMap {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => {
      if (PERCENT_FIELDS.includes(field)) return [field, 'must be a percentage from 0 to 100'];
      if (DECIMAL_FIELDS.test(field) && message !== 'is required') return [field, 'must be a number, 0 or more'];
      return [field, message];
    }),
  );
}

/** The draft without its responsiveness, which a ticket import replaces (with `{ source: 'tickets' }`). */
function withoutResponsiveness(data: CheckpointData): string {
  const { responsiveness: _responsiveness, ...rest } = data;
  return JSON.stringify(rest);
}

/** Whether two versions of a draft differ only in what a ticket import sets. */
export const differsOnlyInResponsiveness = (a: CheckpointData, b: CheckpointData): boolean => withoutResponsiveness(a) === withoutResponsiveness(b);

/** The contacts the form declares, or null while none is typed. */
export function declaredContacts(state: Pick<CheckpointFormState, 'contacts'>): number | null {
  const typed = CHANNELS.map((channel) => state.contacts[channel].trim()).filter((v) => v !== '' && Number.isFinite(Number(v)));
  return typed.length === 0 ? null : typed.reduce((sum, v) => sum + Number(v), 0);
}

/** An import's tickets by channel, as the contact fields' text. */
export const contactsFrom = (byChannel: Record<Channel, number>): Record<Channel, string> => Object.fromEntries(CHANNELS.map((channel) => [channel, String(byChannel[channel])])) as Record<Channel, string>;

/** An import's suggested issues as new top-issue rows, ready to edit. */
export const issueRowsFrom = (suggested: readonly { title: string; contacts: number; averageHoursToResolve: number | null }[]): IssueRow[] =>
  suggested.map((issue) => ({ ...newIssueRow(), title: issue.title, contacts: String(issue.contacts), averageHoursToResolve: issue.averageHoursToResolve === null ? '' : String(issue.averageHoursToResolve) }));
