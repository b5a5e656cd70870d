import { stateMachine, type TransitionTable } from './state-machine.ts';

/**
 * The life of a period's checkpoint data (SPEC §5) as data: a draft is submitted, the admin
 * accepts or returns it, and returned data is fixed and submitted again. The API changes a
 * submission's status only through `checkpointMachine`; the web app reads the same table to
 * decide what the vendor may still edit and what the admin may decide.
 */

export const SubmissionStatus = {
  Draft: 'draft',
  Submitted: 'submitted',
  Accepted: 'accepted',
  Returned: 'returned',
} as const;
export type SubmissionStatus = (typeof SubmissionStatus)[keyof typeof SubmissionStatus];
export const SUBMISSION_STATUSES = Object.values(SubmissionStatus);

export const CheckpointAction = { Submit: 'submit', Accept: 'accept', Return: 'return' } as const;
export type CheckpointAction = (typeof CheckpointAction)[keyof typeof CheckpointAction];

const S = SubmissionStatus;
export const CHECKPOINT_TRANSITIONS: TransitionTable<SubmissionStatus, CheckpointAction> = {
  submit: { from: [S.Draft, S.Returned], to: S.Submitted },
  accept: { from: [S.Submitted], to: S.Accepted },
  return: { from: [S.Submitted], to: S.Returned },
};
export const checkpointMachine = stateMachine(CHECKPOINT_TRANSITIONS);

/** Data is edited (saved, imported) exactly while it may be submitted: as a draft and once returned. */
export function isEditable(status: SubmissionStatus): boolean {
  return checkpointMachine.can(status, CheckpointAction.Submit);
}

/** A period whose data is in: submitted and waiting for review, or accepted (what settles a lapse). */
export const DELIVERED_STATUSES = [S.Submitted, S.Accepted] as const;
export type DeliveredStatus = (typeof DELIVERED_STATUSES)[number];

export function isDelivered(status: SubmissionStatus | null | undefined): status is DeliveredStatus {
  return (DELIVERED_STATUSES as readonly (SubmissionStatus | null | undefined)[]).includes(status);
}

/** What the admin decides on submitted data, and the action each decision takes. */
export const REVIEW_DECISIONS = [S.Accepted, S.Returned] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const REVIEW_ACTIONS: Record<ReviewDecision, CheckpointAction> = { accepted: CheckpointAction.Accept, returned: CheckpointAction.Return };
