import { ComplaintAction, complaintMachine } from '@cep/shared';
import { useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { useComplaint } from '../hooks/useComplaints.ts';
import { ComplainantDetails } from './ComplainantDetails.tsx';
import { ComplaintFacts } from './ComplaintFacts.tsx';
import { ComplaintLoadError } from './ComplaintLoadError.tsx';
import { ComplaintProgress } from './ComplaintProgress.tsx';
import { ComplaintTimeline } from './ComplaintTimeline.tsx';
import { RespondForm } from './RespondForm.tsx';

/** A complaint forwarded to the vendor: what happened, whom to contact (with consent), the deadline, the answer. */
export function VendorComplaintDetail({ id }: { id: string }) {
  const query = useComplaint(id);
  const [sent, setSent] = useState(false);
  return (
    <Loadable query={query} loading="Loading the complaint…" error={(error, retry) => <ComplaintLoadError error={error} onRetry={retry} backTo="/vendor/complaints" />}>
      {(complaint) => (
        <div className="stack">
          {sent ? (
            <Alert tone="success" title="Response sent">
              The customer receives it by e-mail and is asked whether it resolves the matter.
            </Alert>
          ) : null}
          <ComplaintFacts complaint={complaint} />
          <ComplainantDetails complaint={complaint} audience="vendor" />
          <ComplaintProgress complaint={complaint} audience="vendor" />
          {complaintMachine.can(complaint.state, ComplaintAction.Respond) ? <RespondForm complaintId={id} onDone={() => setSent(true)} /> : null}
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            <ComplaintTimeline timeline={complaint.timeline} />
          </section>
        </div>
      )}
    </Loadable>
  );
}
