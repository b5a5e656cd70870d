import type { PledgeState } from '@cep/shared';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { PLEDGE_STATE_LABELS } from '../utils/pledge-labels.ts';

/** The state in words and in the badge's colour; `large` is the page's main status, the small one sits in tables. */
export function PledgeStateTag({ state, large = false }: { state: PledgeState; large?: boolean }) {
  return <StatusTag status={state} label={PLEDGE_STATE_LABELS[state]} className={large ? 'tag-plain state-badge' : 'tag-plain'} />;
}
