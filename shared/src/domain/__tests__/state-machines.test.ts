import fc from 'fast-check';
import { BADGE_STATUSES, badgeStatusOf } from '../../schemas/badges.ts';
import { CHECKPOINT_TRANSITIONS, CheckpointAction, checkpointMachine, DELIVERED_STATUSES, isDelivered, isEditable, SUBMISSION_STATUSES, SubmissionStatus } from '../checkpoint-states.ts';
import { COMPLAINT_STATES, COMPLAINT_TRANSITIONS, ComplaintAction, complaintMachine, ComplaintState, CONFIRMED_STATES, COUNTED_STATES, countsTowardWatch, FORWARDED_STATES } from '../complaint-states.ts';
import { isMemberState, MEMBER_STATES, PLEDGE_STATES, PledgeAction, pledgeMachine, PledgeState, TRANSITIONS } from '../pledge-states.ts';
import type { StateMachine } from '../state-machine.ts';

/**
 * Every lifecycle is a table, and the services move states only through it. These properties walk
 * random sequences of actions (refused ones included) and check that each step is a row of the
 * table, and that the rules built on the tables hold on every path.
 */
function walk<S extends string, A extends string>(machine: StateMachine<S, A>, start: S, actions: readonly A[]): { path: S[]; steps: { from: S; action: A; to: S | null }[] } {
  let state = start;
  const path = [start];
  const steps = actions.map((action) => {
    const from = state;
    const to = machine.next(from, action);
    if (to !== null) {
      state = to;
      path.push(to);
    }
    return { from, action, to };
  });
  return { path, steps };
}

function tableAllows<S extends string, A extends string>(machine: StateMachine<S, A>, step: { from: S; action: A; to: S | null }): boolean {
  const rule = machine.transitions[step.action];
  return step.to === null ? !rule.from.includes(step.from) : rule.from.includes(step.from) && rule.to === step.to;
}

const actionsOf = <A extends string>(table: Readonly<Record<A, unknown>>) => fc.array(fc.constantFrom(...(Object.keys(table) as A[])), { maxLength: 40 });

describe('the checkpoint lifecycle', () => {
  it('follows SPEC §5: draft → submitted → returned → submitted → accepted', () => {
    const { path } = walk(checkpointMachine, SubmissionStatus.Draft, ['submit', 'return', 'submit', 'accept']);
    expect(path).toEqual(['draft', 'submitted', 'returned', 'submitted', 'accepted']);
  });

  it('takes no step the table forbids, whatever is tried', () => {
    fc.assert(
      fc.property(actionsOf(CHECKPOINT_TRANSITIONS), (actions) => {
        const { steps } = walk(checkpointMachine, SubmissionStatus.Draft, actions);
        expect(steps.every((step) => tableAllows(checkpointMachine, step))).toBe(true);
      }),
    );
  });

  it('reaches accepted only through submitted, and never leaves it', () => {
    fc.assert(
      fc.property(actionsOf(CHECKPOINT_TRANSITIONS), (actions) => {
        const { path } = walk(checkpointMachine, SubmissionStatus.Draft, actions);
        const accepted = path.indexOf(SubmissionStatus.Accepted);
        if (accepted === -1) return;
        expect(path[accepted - 1]).toBe(SubmissionStatus.Submitted);
        expect(path.slice(accepted).every((s) => s === SubmissionStatus.Accepted)).toBe(true);
      }),
    );
  });

  it('lets data be edited exactly while it may be submitted', () => {
    expect(SUBMISSION_STATUSES.filter(isEditable)).toEqual(['draft', 'returned']);
    for (const status of SUBMISSION_STATUSES) expect(isEditable(status)).toBe(checkpointMachine.can(status, CheckpointAction.Submit));
  });

  it('counts submitted and accepted data as delivered, and nothing else', () => {
    expect(SUBMISSION_STATUSES.filter(isDelivered)).toEqual([...DELIVERED_STATUSES]);
    expect(isDelivered(null)).toBe(false);
    // Delivered data is exactly what can no longer be edited.
    for (const status of SUBMISSION_STATUSES) expect(isDelivered(status)).toBe(!isEditable(status));
  });
});

describe('the complaint lifecycle', () => {
  it('follows SPEC §6 from filing to the complainant’s verdict', () => {
    const { path } = walk(complaintMachine, ComplaintState.Unconfirmed, ['confirm', 'forward', 'respond', 'resolve']);
    expect(path).toEqual(['unconfirmed', 'confirmed', 'forwarded', 'responded', 'resolved']);
  });

  it('takes no step the table forbids, whatever is tried', () => {
    fc.assert(
      fc.property(actionsOf(COMPLAINT_TRANSITIONS), (actions) => {
        const { steps } = walk(complaintMachine, ComplaintState.Unconfirmed, actions);
        expect(steps.every((step) => tableAllows(complaintMachine, step))).toBe(true);
      }),
    );
  });

  it('shows the vendor a complaint only once forwarded, and a dismissed one never', () => {
    fc.assert(
      fc.property(actionsOf(COMPLAINT_TRANSITIONS), (actions) => {
        const { path } = walk(complaintMachine, ComplaintState.Unconfirmed, actions);
        const seen = path.findIndex((s) => FORWARDED_STATES.includes(s));
        if (seen !== -1) expect(path[seen]).toBe(ComplaintState.Forwarded);
        if (path.includes(ComplaintState.Dismissed)) expect(path.some((s) => FORWARDED_STATES.includes(s))).toBe(false);
      }),
    );
  });

  it('never moves a closed complaint again', () => {
    for (const closed of [ComplaintState.Dismissed, ComplaintState.NoResponse, ComplaintState.Resolved, ComplaintState.Unresolved, ComplaintState.AssumedResolved]) {
      expect(complaintMachine.allowed(closed)).toEqual([]);
    }
  });

  it('counts confirmed complaints that were not dismissed, and nothing else', () => {
    expect(COUNTED_STATES).toEqual(CONFIRMED_STATES.filter((s) => s !== 'dismissed'));
    expect(COMPLAINT_STATES.filter(countsTowardWatch)).toEqual([...COUNTED_STATES]);
    expect(countsTowardWatch(ComplaintState.Unconfirmed)).toBe(false);
    expect(countsTowardWatch(ComplaintState.NoResponse)).toBe(true);
  });

  it('lets the complainant’s verdict come only after the vendor responded', () => {
    for (const action of [ComplaintAction.Resolve, ComplaintAction.Unresolve, ComplaintAction.AssumeResolved]) {
      expect(COMPLAINT_STATES.filter((s) => complaintMachine.can(s, action))).toEqual(['responded']);
    }
  });
});

describe('the pledge lifecycle as a machine', () => {
  it('takes no step the table forbids, whatever is tried', () => {
    fc.assert(
      fc.property(actionsOf(TRANSITIONS), fc.constantFrom(...PLEDGE_STATES), (actions, start) => {
        const { steps } = walk(pledgeMachine, start, actions);
        expect(steps.every((step) => tableAllows(pledgeMachine, step))).toBe(true);
      }),
    );
  });

  it('makes a pledge a member only by signing, and ends membership only by revoking or withdrawing', () => {
    fc.assert(
      fc.property(actionsOf(TRANSITIONS), (actions) => {
        const { steps } = walk(pledgeMachine, PledgeState.PendingSignature, actions);
        for (const { from, action, to } of steps) {
          if (to === null) continue;
          if (!isMemberState(from) && isMemberState(to)) expect(action).toBe(PledgeAction.Sign);
          if (isMemberState(from) && !isMemberState(to)) expect([PledgeAction.Revoke, PledgeAction.Withdraw, PledgeAction.RequireSignature]).toContain(action);
        }
      }),
    );
  });
});

describe('badgeStatusOf', () => {
  it('shows members’ states and hides the rest behind "not a member"', () => {
    expect(PLEDGE_STATES.map(badgeStatusOf)).toEqual(['not_member', 'active', 'lapsed', 'suspended', 'not_member', 'not_member']);
    expect(badgeStatusOf(null)).toBe('not_member');
    expect(BADGE_STATUSES).toEqual([...MEMBER_STATES, 'not_member']);
  });
});
