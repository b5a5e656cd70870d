import type { Complaint } from '@cep/shared';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format.ts';
import { PROMISE_LABELS } from '../utils/complaint-labels.ts';
import { ComplaintStateTag } from './ComplaintStateTag.tsx';
import { DueDate } from './DueDate.tsx';

const when = (iso: string | null) => (iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : <span className="muted">—</span>);

/** What the complaint is about and where it stands; the vendor's name links where the admin manages it. */
export function ComplaintFacts({ complaint, vendorHref }: { complaint: Complaint; vendorHref?: string }) {
  const { vendorName, state, promise, subject, description, filedAt, confirmedAt, forwardedAt, responseDueAt } = complaint;
  return (
    <div className="stack">
      <p className="status-line" data-testid="complaint-state">
        State: <ComplaintStateTag state={state} />
      </p>
      <dl className="facts">
        <dt>Vendor</dt>
        <dd>{vendorHref ? <Link to={vendorHref}>{vendorName}</Link> : vendorName}</dd>
        <dt>Promise</dt>
        <dd>{PROMISE_LABELS[promise]}</dd>
        <dt>Subject</dt>
        <dd data-testid="complaint-subject">{subject}</dd>
        <dt>Filed</dt>
        <dd>{when(filedAt)}</dd>
        <dt>Confirmed</dt>
        <dd>{when(confirmedAt)}</dd>
        <dt>Forwarded</dt>
        <dd>{when(forwardedAt)}</dd>
        <dt>Response due</dt>
        <dd data-testid="complaint-due">
          <DueDate state={state} dueAt={responseDueAt} />
        </dd>
      </dl>
      <section aria-labelledby="complaint-description-heading">
        <h2 id="complaint-description-heading">What happened</h2>
        <p className="pre-line" data-testid="complaint-description">
          {description}
        </p>
      </section>
    </div>
  );
}
