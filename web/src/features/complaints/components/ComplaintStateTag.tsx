import type { ComplaintState } from '@cep/shared';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { COMPLAINT_STATE_LABELS } from '../utils/complaint-labels.ts';

/** The state in words; the colour only repeats what the words say. */
export function ComplaintStateTag({ state }: { state: ComplaintState }) {
  return <StatusTag status={state} label={COMPLAINT_STATE_LABELS[state]} className="tag-plain" />;
}
