import { ComplaintAction, complaintMachine } from '@cep/shared';
import { useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useComplaint } from '../hooks/useComplaints.ts';
import { ComplainantDetails } from './ComplainantDetails.tsx';
import { ComplaintFacts } from './ComplaintFacts.tsx';
import { ComplaintLoadError } from './ComplaintLoadError.tsx';
import { ComplaintProgress } from './ComplaintProgress.tsx';
import { AskForm } from './AskForm.tsx';
import { ComplaintConversation } from './ComplaintConversation.tsx';
import { ComplaintTimeline } from './ComplaintTimeline.tsx';
import { DismissForm } from './DismissForm.tsx';
import { ForwardForm } from './ForwardForm.tsx';

/** One complaint for the admin: the details, the complainant, the triage while it waits for one, and the timeline. */
export function AdminComplaintDetail({ id }: { id: string }) {
  const query = useComplaint(id);
  const [done, setDone] = useState<'forwarded' | 'dismissed' | null>(null);
  return (
    <Loadable query={query} loading="Loading the complaint…" error={(error, retry) => <ComplaintLoadError error={error} onRetry={retry} backTo="/admin/complaints" />}>
      {(complaint) => (
        <div className="stack">
          {done === 'forwarded' ? (
            <Alert tone="success" title={`Forwarded to ${complaint.vendorName}`}>
              Its owners are e-mailed.{complaint.responseDueAt ? ` The response is due ${formatDateTime(complaint.responseDueAt)}.` : ''}
            </Alert>
          ) : done === 'dismissed' ? (
            <Alert tone="success" title="Complaint dismissed">
              It no longer counts towards the watch list.
            </Alert>
          ) : null}
          <ComplaintFacts complaint={complaint} vendorHref={`/admin/vendors/${encodeURIComponent(complaint.vendorId)}`} />
          <ComplainantDetails complaint={complaint} audience="admin" />
          <ComplaintProgress complaint={complaint} audience="admin" />
          {complaintMachine.can(complaint.state, ComplaintAction.Forward) ? (
            <div className="grid-2">
              <ForwardForm complaintId={id} vendorName={complaint.vendorName} consent={complaint.consent} onDone={() => setDone('forwarded')} />
              <DismissForm complaintId={id} onDone={() => setDone('dismissed')} />
            </div>
          ) : null}
          <section aria-labelledby="conversation-heading">
            <h2 id="conversation-heading">Conversation</h2>
            <ComplaintConversation messages={complaint.messages} audience="admin" />
          </section>
          <AskForm complaint={complaint} />
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            <ComplaintTimeline timeline={complaint.timeline} />
          </section>
        </div>
      )}
    </Loadable>
  );
}
