/**
 * A lifecycle as data: for each action, the states it may start from and the state it leads to.
 * Pledges, checkpoint submissions and complaints each declare one table; the API changes a state
 * only through `next`, and the web app offers only the actions `allowed` returns.
 */
export type TransitionTable<S extends string, A extends string> = Readonly<Record<A, { readonly from: readonly S[]; readonly to: S }>>;

export interface StateMachine<S extends string, A extends string> {
  readonly transitions: TransitionTable<S, A>;
  /** The state `action` leads to from `state`, or null when the move is not allowed. */
  next(state: S, action: A): S | null;
  /** May `action` be taken from `state`? */
  can(state: S, action: A): boolean;
  /** The actions that may be taken from `state`, in the table's order. */
  allowed(state: S): A[];
}

export function stateMachine<S extends string, A extends string>(transitions: TransitionTable<S, A>): StateMachine<S, A> {
  const actions = Object.keys(transitions) as A[];
  const next = (state: S, action: A): S | null => (transitions[action].from.includes(state) ? transitions[action].to : null);
  return {
    transitions,
    next,
    can: (state, action) => next(state, action) !== null,
    allowed: (state) => actions.filter((action) => next(state, action) !== null),
  };
}
