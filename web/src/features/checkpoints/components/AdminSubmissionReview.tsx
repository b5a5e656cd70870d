import { useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { useSubmission } from '../hooks/useSubmission.ts';
import { submissionHref } from '../utils/checkpoint-links.ts';
import { CheckpointHistory } from './CheckpointHistory.tsx';
import { FiguresPanel } from './FiguresPanel.tsx';
import { ReviewForm } from './ReviewForm.tsx';
import { SubmissionDetails } from './SubmissionDetails.tsx';
import { SubmissionLoadError } from './SubmissionLoadError.tsx';
import { ReviewThread } from './ReviewThread.tsx';
import { SubmissionStatus } from './SubmissionStatus.tsx';
import { TicketImportFigures } from './TicketImportFigures.tsx';

const REVIEW_WAIT: Record<string, string> = {
  draft: 'The vendor has not submitted this period’s data yet; there is nothing to review.',
  returned: 'The data was returned to the vendor; it can be reviewed again once they resubmit.',
  accepted: 'The data was accepted.',
};

/** One vendor's period for the admin: the data, what the registry computed, the history, the decision. */
export function AdminSubmissionReview({ vendorId, period }: { vendorId: string; period: string }) {
  const query = useSubmission(vendorId, period);
  const [recorded, setRecorded] = useState<string | null>(null);
  return (
    <Loadable query={query} loading="Loading the submission…" error={(error, retry) => <SubmissionLoadError error={error} onRetry={retry} />}>
      {({ submission }) => (
        <div className="stack">
          {recorded ? (
            <Alert tone="success" title="Review recorded">
              {recorded === 'accepted' ? 'The data is accepted; the vendor is told.' : 'The data is returned; the vendor is told what to fix.'}
            </Alert>
          ) : null}
          <SubmissionStatus submission={submission} audience="admin" />
          <ReviewThread thread={submission.thread} />
          <div className="checkpoint-layout">
            <section aria-labelledby="submitted-data-heading" className="section">
              <h2 id="submitted-data-heading">Submitted data</h2>
              <SubmissionDetails submission={submission} />
              {submission.ticketImport ? (
                <>
                  <h3>Ticket export</h3>
                  <TicketImportFigures ticketImport={submission.ticketImport} />
                </>
              ) : null}
            </section>
            <FiguresPanel
              figures={submission.figures}
              issues={submission.data.topIssues ?? []}
              issueFlags={submission.figures.issues}
              npsReported={Boolean(submission.data.nps)}
              missing={submission.status === 'draft' ? submission.missing : undefined}
            />
          </div>
          <section aria-labelledby="review-heading" className="section">
            <h2 id="review-heading">Review</h2>
            {submission.status === 'submitted' ? (
              <ReviewForm vendorId={vendorId} period={period} onReviewed={setRecorded} />
            ) : (
              <p className="muted">{REVIEW_WAIT[submission.status]}</p>
            )}
          </section>
          <section aria-labelledby="vendor-history-heading">
            <h2 id="vendor-history-heading">The vendor’s history</h2>
            <CheckpointHistory vendorId={vendorId} periodHref={(p) => submissionHref(vendorId, p)} withCharts={false} />
          </section>
        </div>
      )}
    </Loadable>
  );
}
