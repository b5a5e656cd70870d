import type { Application } from '@cep/shared';
import { useId } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { formatDateTime } from '../../../lib/format.ts';

export function ApplicationCard({ application, categoryName, onApprove, onReject }: { application: Application; categoryName: string; onApprove: () => void; onReject: () => void }) {
  const headingId = useId();
  const a = application;
  return (
    <article className="card application" aria-labelledby={headingId}>
      <header className="card-header">
        <h2 id={headingId}>{a.companyName}</h2>
        <StatusTag status={a.status} />
      </header>
      <dl className="facts">
        <dt>Web site</dt>
        <dd>
          <a href={a.website} rel="noopener noreferrer" target="_blank">
            {a.website}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </dd>
        <dt>Category</dt>
        <dd>{categoryName}</dd>
        <dt>Contact</dt>
        <dd>
          {a.contactName}
          {a.contactTitle ? `, ${a.contactTitle}` : ''} · <a href={`mailto:${a.contactEmail}`}>{a.contactEmail}</a>
        </dd>
        <dt>Received</dt>
        <dd>{formatDateTime(a.createdAt)}</dd>
        {a.message ? (
          <>
            <dt>Message</dt>
            <dd className="pre-line">{a.message}</dd>
          </>
        ) : null}
        {a.decidedAt ? (
          <>
            <dt>Decided</dt>
            <dd>{formatDateTime(a.decidedAt)}</dd>
          </>
        ) : null}
        {a.rejectionReason ? (
          <>
            <dt>Reason</dt>
            <dd className="pre-line">{a.rejectionReason}</dd>
          </>
        ) : null}
      </dl>
      {a.status === 'pending' ? (
        <div className="card-actions">
          <Button onClick={onApprove}>Approve</Button>
          <Button variant="danger" onClick={onReject}>
            Reject
          </Button>
        </div>
      ) : null}
    </article>
  );
}
