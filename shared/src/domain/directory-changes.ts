import { PledgeState } from './pledge-states.ts';

/**
 * How a change of standing reads in the directory's public feeds (the program's blog page): one
 * line a buyer understands, from the states alone — never the admin's reason, which stays private.
 */
export function changeHeadline(name: string, from: PledgeState, to: PledgeState): string {
  switch (to) {
    case PledgeState.Active:
      if (from === PledgeState.PendingSignature) return `${name} signed the Customer Excellence Pledge`;
      if (from === PledgeState.Suspended) return `${name}’s pledge was reinstated`;
      return `${name}’s pledge is active again`;
    case PledgeState.Lapsed:
      return `${name}’s pledge lapsed: checkpoint data is overdue`;
    case PledgeState.Suspended:
      return `${name}’s pledge was suspended`;
    case PledgeState.Revoked:
      return `${name}’s pledge was revoked`;
    case PledgeState.Withdrawn:
      return `${name} withdrew from the pledge`;
    case PledgeState.PendingSignature:
      return `${name} must sign the new version of the pledge`;
  }
}
