import { ComplaintAction, complaintMachine, messageRefusal } from '@cep/shared';
import { useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { useComplaint } from '../hooks/useComplaints.ts';
import { ComplainantDetails } from './ComplainantDetails.tsx';
import { ComplaintFacts } from './ComplaintFacts.tsx';
import { ComplaintLoadError } from './ComplaintLoadError.tsx';
import { ComplaintProgress } from './ComplaintProgress.tsx';
import { ComplaintConversation } from './ComplaintConversation.tsx';
import { ComplaintTimeline } from './ComplaintTimeline.tsx';
import { RespondForm } from './RespondForm.tsx';
import { VendorMessageForm } from './VendorMessageForm.tsx';

/** A complaint forwarded to the vendor: what happened, whom to contact (with consent), the deadline, the answer. */
export function VendorComplaintDetail({ id }: { id: string }) {
  const query = useComplaint(id);
  const [sent, setSent] = useState(false);
  return (
    <Loadable query={query} loading="Loading the complaint…" error={(error, retry) => <ComplaintLoadError error={error} onRetry={retry} backTo="/vendor/complaints" />}>
      {(complaint) => {
        const now = new Date();
        const may = (to: 'registry' | 'complainant') => messageRefusal({ from: 'vendor', to, state: complaint.state, now, responseDueAt: complaint.responseDueAt ? new Date(complaint.responseDueAt) : null }) === null;
        const asked = complaint.messages.some((m) => m.to === 'vendor' && m.answered === false);
        return (
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
            {may('complainant') ? <VendorMessageForm complaintId={id} to="complainant" until={complaint.responseDueAt} /> : null}
            <section aria-labelledby="conversation-heading">
              <h2 id="conversation-heading">Conversation</h2>
              {asked ? <Alert tone="warning" title="The registry asks you for details">Answer below; the customer does not see it.</Alert> : null}
              <ComplaintConversation messages={complaint.messages} audience="vendor" />
            </section>
            {may('registry') && (asked || complaint.messages.length > 0) ? <VendorMessageForm complaintId={id} to="registry" /> : null}
            <section aria-labelledby="timeline-heading">
              <h2 id="timeline-heading">Timeline</h2>
              <ComplaintTimeline timeline={complaint.timeline} />
            </section>
          </div>
        );
      }}
    </Loadable>
  );
}
