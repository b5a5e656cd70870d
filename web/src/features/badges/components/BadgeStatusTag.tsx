import type { BadgeStatus } from '@cep/shared';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { BADGE_STATUS_LABELS } from '../utils/badge-status.ts';

/** The pledge standing as a coloured tag, in the badge's colours. */
export function BadgeStatusTag({ status, large = false }: { status: BadgeStatus; large?: boolean }) {
  return <StatusTag status={status} label={BADGE_STATUS_LABELS[status]} className={large ? 'tag-plain state-badge' : 'tag-plain'} />;
}
