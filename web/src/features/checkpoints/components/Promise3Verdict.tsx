import type { CheckpointFigures } from '@cep/shared';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { formatShare } from '../utils/checkpoint-format.ts';

type Promise3 = CheckpointFigures['promise3'];

export const VERDICT_LABELS = { met: 'Met', notMet: 'Not met', unknown: 'Not known yet' } as const;

export function verdictLabel(met: boolean | null): string {
  return met === null ? VERDICT_LABELS.unknown : met ? VERDICT_LABELS.met : VERDICT_LABELS.notMet;
}

/** A small tag for tables: the verdict in words, its colour only a second cue. */
export function VerdictTag({ met }: { met: boolean | null }) {
  const status = met === null ? 'unknown' : met ? 'accepted' : 'overdue';
  return <StatusTag status={status} label={verdictLabel(met)} className="tag-plain" />;
}

/** Promise 3 (first response within the target) against the agreement's threshold, in words. */
export function Promise3Verdict({ promise3, shareWithinTarget }: { promise3: Promise3; shareWithinTarget: number | null }) {
  const { targetMinutes, threshold, met } = promise3;
  const needed = `${formatShare(threshold)} needed`;
  return (
    <div className={`verdict verdict-${met === null ? 'unknown' : met ? 'met' : 'not-met'}`} data-testid="promise3-verdict">
      <p className="verdict-headline">
        Promise 3 (first response within {targetMinutes} business minutes): <VerdictTag met={met} />
      </p>
      <p className="verdict-detail">
        {met === null
          ? `Not known until the share answered within ${targetMinutes} business minutes is entered or computed from a ticket export (${needed}).`
          : `${formatShare(shareWithinTarget)} of first responses within ${targetMinutes} business minutes; ${needed}.`}
      </p>
    </div>
  );
}
