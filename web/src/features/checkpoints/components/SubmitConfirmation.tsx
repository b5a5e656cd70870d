import { periodLabel, type Submission } from '@cep/shared';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog.tsx';
import { formatMinutes } from '../utils/checkpoint-format.ts';
import { Promise3Verdict } from './Promise3Verdict.tsx';

const SOURCE_WORDS = { tickets: 'computed from the ticket export', aggregates: 'as typed' } as const;

/**
 * The last look before six months of data go to the registry: what is sent, in figures, and the
 * promise-3 verdict they give. The draft is saved already; only submitting waits for this.
 */
export function SubmitConfirmation({ submission, busy, onConfirm, onClose }: { submission: Submission; busy: boolean; onConfirm: () => void; onClose: () => void }) {
  const { figures, data } = submission;
  const source = figures.responsiveness.source;
  return (
    <ConfirmDialog title={`Submit the data for the ${periodLabel(submission.period)}?`} confirm="Submit for review" busy={busy} onConfirm={onConfirm} onClose={onClose}>
      <dl className="facts">
        <dt>Support contacts</dt>
        <dd>{figures.totalContacts ?? '—'}</dd>
        <dt>Contacts per client</dt>
        <dd>{figures.contactsPerClient === null ? '—' : figures.contactsPerClient.toFixed(1)}</dd>
        <dt>First responses</dt>
        <dd>
          median {formatMinutes(figures.responsiveness.medianBusinessMinutes)}, 90th percentile {formatMinutes(figures.responsiveness.p90BusinessMinutes)}
          {source ? ` (${SOURCE_WORDS[source]})` : ''}
        </dd>
        <dt>Top issues</dt>
        <dd>{data.topIssues?.length ?? 0}</dd>
        <dt>NPS</dt>
        <dd>{data.nps ? `reported (${data.nps.responses ?? 0} responses)` : 'not reported'}</dd>
      </dl>
      <Promise3Verdict promise3={figures.promise3} shareWithinTarget={figures.responsiveness.shareWithinTarget} />
      <p>Once submitted, the data can no longer be changed unless the registry returns it to you. The registry reviews it and tells you by e-mail.</p>
    </ConfirmDialog>
  );
}
