import { stateMachine, type TransitionTable } from './state-machine.ts';

/**
 * The life of a complaint (SPEC §6) as data. A complaint exists for the admin once the complainant
 * confirmed it by e-mail; it is forwarded to the vendor or dismissed; the vendor responds within 10
 * business days (or it becomes `no_response`); the complainant's verdict, or 30 days of silence,
 * closes it. An unconfirmed complaint that is never confirmed is deleted, not moved.
 */

export const ComplaintState = {
  /** Filed; waiting for the complainant to confirm by e-mail (deleted unconfirmed after 7 days). */
  Unconfirmed: 'unconfirmed',
  Confirmed: 'confirmed',
  Dismissed: 'dismissed',
  Forwarded: 'forwarded',
  Responded: 'responded',
  /** The vendor's 10 business days ran out without a response: counts against the vendor. */
  NoResponse: 'no_response',
  Resolved: 'resolved',
  Unresolved: 'unresolved',
  /** No verdict from the complainant 30 days after the vendor's response. */
  AssumedResolved: 'assumed_resolved',
} as const;
export type ComplaintState = (typeof ComplaintState)[keyof typeof ComplaintState];
export const COMPLAINT_STATES = Object.values(ComplaintState);

export const ComplaintAction = {
  /** The complainant opens the link in the confirmation e-mail. */
  Confirm: 'confirm',
  Forward: 'forward',
  Dismiss: 'dismiss',
  Respond: 'respond',
  /** The response deadline passed without a response (system). */
  MissDeadline: 'miss_deadline',
  /** The complainant's verdict after the response. */
  Resolve: 'resolve',
  Unresolve: 'unresolve',
  /** No verdict 30 days after the response (system). */
  AssumeResolved: 'assume_resolved',
} as const;
export type ComplaintAction = (typeof ComplaintAction)[keyof typeof ComplaintAction];

const S = ComplaintState;
export const COMPLAINT_TRANSITIONS: TransitionTable<ComplaintState, ComplaintAction> = {
  confirm: { from: [S.Unconfirmed], to: S.Confirmed },
  forward: { from: [S.Confirmed], to: S.Forwarded },
  dismiss: { from: [S.Confirmed], to: S.Dismissed },
  respond: { from: [S.Forwarded], to: S.Responded },
  miss_deadline: { from: [S.Forwarded], to: S.NoResponse },
  resolve: { from: [S.Responded], to: S.Resolved },
  unresolve: { from: [S.Responded], to: S.Unresolved },
  assume_resolved: { from: [S.Responded], to: S.AssumedResolved },
};
export const complaintMachine = stateMachine(COMPLAINT_TRANSITIONS);

/** What the admin sees: every state after confirmation. */
export type ConfirmedState = Exclude<ComplaintState, typeof S.Unconfirmed>;
export const CONFIRMED_STATES: readonly ConfirmedState[] = COMPLAINT_STATES.filter((s): s is ConfirmedState => s !== S.Unconfirmed);

/** States in which the vendor sees the complaint: it was forwarded. */
export const FORWARDED_STATES: readonly ComplaintState[] = [S.Forwarded, S.Responded, S.NoResponse, S.Resolved, S.Unresolved, S.AssumedResolved];

/** A complaint that counts toward the watch list (SPEC §6): confirmed and not dismissed. */
export const COUNTED_STATES: readonly ComplaintState[] = CONFIRMED_STATES.filter((s) => s !== S.Dismissed);

export function countsTowardWatch(state: ComplaintState): boolean {
  return COUNTED_STATES.includes(state);
}

/** The complainant's verdict and the action it takes. */
export const OUTCOMES = ['resolved', 'unresolved'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_ACTIONS: Record<Outcome, ComplaintAction> = { resolved: ComplaintAction.Resolve, unresolved: ComplaintAction.Unresolve };
