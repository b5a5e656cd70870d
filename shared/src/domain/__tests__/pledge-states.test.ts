import { allowedActions, FINAL_STATES, nextState, PLEDGE_STATES, type PledgeAction, PledgeState, TRANSITIONS } from '../pledge-states.ts';

describe('the pledge lifecycle', () => {
  it('follows the path of SPEC §4', () => {
    let state: PledgeState = PledgeState.PendingSignature;
    const path: PledgeAction[] = ['sign', 'lapse', 'restore', 'lapse', 'suspend', 'reinstate', 'withdraw'];
    const seen = path.map((action) => {
      const next = nextState(state, action);
      if (!next) throw new Error(`${action} refused from ${state}`);
      state = next;
      return state;
    });
    expect(seen).toEqual(['active', 'lapsed', 'active', 'lapsed', 'suspended', 'active', 'withdrawn']);
  });

  it('never leaves a final state', () => {
    for (const state of FINAL_STATES) {
      expect(allowedActions(state)).toEqual([]);
    }
  });

  it('refuses illegal moves', () => {
    expect(nextState('pending_signature', 'suspend')).toBeNull();
    expect(nextState('active', 'reinstate')).toBeNull();
    expect(nextState('suspended', 'lapse')).toBeNull();
    expect(nextState('active', 'sign')).toBeNull();
  });

  it('lets revoke and withdraw end any live pledge', () => {
    for (const state of PLEDGE_STATES.filter((s) => !FINAL_STATES.includes(s))) {
      expect(nextState(state, 'revoke')).toBe('revoked');
      expect(nextState(state, 'withdraw')).toBe('withdrawn');
    }
  });

  it('has a rule for every action and only known states in it', () => {
    for (const rule of Object.values(TRANSITIONS)) {
      expect(PLEDGE_STATES).toContain(rule.to);
      for (const from of rule.from) expect(PLEDGE_STATES).toContain(from);
    }
  });
});
