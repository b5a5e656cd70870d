import type { Submission } from '@cep/shared';
import { Alert } from '../../../components/ui/Alert.tsx';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { SUBMISSION_STATUS_LABELS } from '../utils/checkpoint-labels.ts';

/** Where the period's data stands, and the admin's notes when it was returned. */
export function SubmissionStatus({ submission, audience }: { submission: Submission; audience: 'vendor' | 'admin' }) {
  const { status, submittedAt, reviewedAt, reviewNotes } = submission;
  return (
    <div className="submission-status">
      <p className="status-line" data-testid="submission-status">
        Status: <StatusTag status={status} label={SUBMISSION_STATUS_LABELS[status]} className="tag-plain" />
        {submittedAt ? (
          <span className="muted">
            {' '}
            Submitted <time dateTime={submittedAt}>{formatDateTime(submittedAt)}</time>
          </span>
        ) : null}
        {reviewedAt ? (
          <span className="muted">
            {' '}
            · reviewed <time dateTime={reviewedAt}>{formatDateTime(reviewedAt)}</time>
          </span>
        ) : null}
      </p>
      {status === 'returned' ? (
        <Alert tone="warning" title="Returned for changes">
          <p className="pre-line" data-testid="review-notes">
            {reviewNotes ?? 'No notes were given.'}
          </p>
          {audience === 'vendor' ? <p>Make the changes below and submit again.</p> : null}
        </Alert>
      ) : null}
      {status === 'submitted' && audience === 'vendor' ? (
        <Alert tone="info" title="Submitted and waiting for review">
          The data can no longer be changed. If the program returns it, you can correct it and submit again.
        </Alert>
      ) : null}
      {status === 'accepted' ? (
        <Alert tone="success" title="Accepted">
          {reviewNotes ? <p className="pre-line">{reviewNotes}</p> : <p>The program accepted this period’s data.</p>}
        </Alert>
      ) : null}
    </div>
  );
}
