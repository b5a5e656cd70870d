import { stateMachine, type TransitionTable } from './state-machine.ts';

/**
 * The pledge lifecycle (SPEC §4) as data: which action may move a pledge from which state, and
 * where to. The API applies it in one place; the web app reads it to offer only legal buttons.
 */

export const PledgeState = {
  PendingSignature: 'pending_signature',
  Active: 'active',
  Lapsed: 'lapsed',
  Suspended: 'suspended',
  Revoked: 'revoked',
  Withdrawn: 'withdrawn',
} as const;
export type PledgeState = (typeof PledgeState)[keyof typeof PledgeState];
export const PLEDGE_STATES = Object.values(PledgeState);

export const PledgeAction = {
  /** The owner signs the current agreement. */
  Sign: 'sign',
  /** A due period has no submitted data the day after its due date (system). */
  Lapse: 'lapse',
  /** The missing data was submitted (system). */
  Restore: 'restore',
  Suspend: 'suspend',
  Reinstate: 'reinstate',
  Revoke: 'revoke',
  Withdraw: 'withdraw',
  /** The re-signing grace period after a new agreement version ran out (system). */
  RequireSignature: 'require_signature',
} as const;
export type PledgeAction = (typeof PledgeAction)[keyof typeof PledgeAction];
export const PLEDGE_ACTIONS = Object.values(PledgeAction);

const S = PledgeState;
/** Pledges that are not over: the hourly scan looks at these, and revoking or withdrawing ends them. */
export const LIVE_STATES: readonly PledgeState[] = [S.PendingSignature, S.Active, S.Lapsed, S.Suspended];

/** For each action: the states it may start from and the state it leads to. */
export const TRANSITIONS: TransitionTable<PledgeState, PledgeAction> = {
  sign: { from: [S.PendingSignature], to: S.Active },
  lapse: { from: [S.Active], to: S.Lapsed },
  restore: { from: [S.Lapsed], to: S.Active },
  suspend: { from: [S.Active, S.Lapsed], to: S.Suspended },
  reinstate: { from: [S.Suspended], to: S.Active },
  revoke: { from: LIVE_STATES, to: S.Revoked },
  withdraw: { from: LIVE_STATES, to: S.Withdrawn },
  require_signature: { from: [S.Active, S.Lapsed], to: S.PendingSignature },
};

/** Revoked and withdrawn pledges are over: nothing moves them again. */
export const FINAL_STATES: readonly PledgeState[] = PLEDGE_STATES.filter((state) => !LIVE_STATES.includes(state));

export const pledgeMachine = stateMachine(TRANSITIONS);

/** The state `action` leads to from `state`, or null when the move is not allowed. */
export const nextState = pledgeMachine.next;

/** The actions a person may take from `state` (what the web app shows as buttons). */
export const allowedActions = pledgeMachine.allowed;

/**
 * Members of the program: in good standing or under watch. The badge, the directory, the
 * verification page and who may receive complaints all read this one list.
 */
export const MEMBER_STATES = [S.Active, S.Lapsed, S.Suspended] as const;
export type MemberState = (typeof MEMBER_STATES)[number];

export function isMemberState(state: PledgeState | null | undefined): state is MemberState {
  return (MEMBER_STATES as readonly (PledgeState | null | undefined)[]).includes(state);
}

/**
 * Why the admin suspended or revoked a pledge, in a category the public may see (the written
 * reason stays private: it goes to the vendor, not to buyers).
 */
export const ReasonCategory = {
  CheckpointData: 'checkpoint_data',
  Complaints: 'complaints',
  Conduct: 'conduct',
  Other: 'other',
} as const;
export type ReasonCategory = (typeof ReasonCategory)[keyof typeof ReasonCategory];
export const REASON_CATEGORIES = Object.values(ReasonCategory);

/** How a buyer reads each category: "suspended because of …". */
export const REASON_CATEGORY_LABELS: Record<ReasonCategory, string> = {
  checkpoint_data: 'checkpoint data that was missing or could not be trusted',
  complaints: 'customer complaints that were not resolved',
  conduct: 'conduct against the standards of the pledge',
  other: 'another reason given to the vendor',
};

/** The actions whose reason the public sees by category. */
export const CATEGORISED_ACTIONS: readonly PledgeAction[] = [PledgeAction.Suspend, PledgeAction.Revoke];
/** The states those actions lead to: the verification page shows their reason's category. */
export const CATEGORISED_STATES: readonly PledgeState[] = CATEGORISED_ACTIONS.map((action) => TRANSITIONS[action].to);
