import type { Complaint } from '@cep/shared';
import { formatDateTime } from '../../../lib/format.ts';
import { DISMISS_REASON_LABELS } from '../utils/complaint-labels.ts';
import { DueDate } from './DueDate.tsx';

const OUTCOME_TEXT: Partial<Record<Complaint['state'], string>> = {
  resolved: 'The customer says the response resolved the matter.',
  unresolved: 'The customer says the matter is not resolved.',
  assumed_resolved: 'The customer did not answer within 30 days of the response, so the matter is assumed resolved.',
};

/**
 * How the complaint went after triage: the dismissal, the registry's note to the vendor, the
 * deadline, the vendor's response, and the customer's verdict, each only once it exists.
 */
export function ComplaintProgress({ complaint, audience }: { complaint: Complaint; audience: 'admin' | 'vendor' }) {
  const { state, dismissReason, dismissNote, forwardNote, responseDueAt, respondedAt, response, outcomeAt, outcomeComment } = complaint;
  const outcome = OUTCOME_TEXT[state];
  return (
    <>
      {state === 'dismissed' ? (
        <section aria-labelledby="dismissal-heading" data-testid="complaint-dismissal">
          <h2 id="dismissal-heading">Dismissal</h2>
          <p>Dismissed as {dismissReason ? DISMISS_REASON_LABELS[dismissReason].toLowerCase() : 'invalid'}.</p>
          {dismissNote ? <p className="pre-line">{dismissNote}</p> : null}
        </section>
      ) : null}
      {forwardNote ? (
        <section aria-labelledby="forward-note-heading">
          <h2 id="forward-note-heading">{audience === 'admin' ? 'Note to the vendor' : 'Note from the registry'}</h2>
          <p className="pre-line" data-testid="forward-note">
            {forwardNote}
          </p>
        </section>
      ) : null}
      {responseDueAt ? (
        <section aria-labelledby="response-heading" data-testid="complaint-response">
          <h2 id="response-heading">{audience === 'admin' ? 'The vendor’s response' : 'Response'}</h2>
          <p>
            Response due: <DueDate state={state} dueAt={responseDueAt} />
          </p>
          {response && respondedAt ? (
            <>
              <p className="muted">
                Answered <time dateTime={respondedAt}>{formatDateTime(respondedAt)}</time>
              </p>
              <p className="pre-line">{response}</p>
            </>
          ) : state === 'no_response' ? (
            <p>No response came by the deadline; the complaint counts as not answered in time.</p>
          ) : null}
        </section>
      ) : null}
      {outcome ? (
        <section aria-labelledby="outcome-heading" data-testid="complaint-outcome">
          <h2 id="outcome-heading">Outcome</h2>
          <p>
            {outcome}
            {outcomeAt ? (
              <>
                {' '}
                <span className="muted">
                  (<time dateTime={outcomeAt}>{formatDateTime(outcomeAt)}</time>)
                </span>
              </>
            ) : null}
          </p>
          {outcomeComment ? <p className="pre-line">Their comment: {outcomeComment}</p> : null}
        </section>
      ) : null}
    </>
  );
}
