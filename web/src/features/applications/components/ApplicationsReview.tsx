import type { Application, ApplicationStatus, Vendor } from '@cep/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Pagination } from '../../../components/ui/Pagination.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import type { Pager } from '../../../hooks/useUrlFilters.ts';
import { categoryName, useCategories } from '../../vendors/index.ts';
import { useApplications } from '../hooks/useApplications.ts';
import { ApplicationCard } from './ApplicationCard.tsx';
import { ApproveDialog } from './ApproveDialog.tsx';
import { RejectDialog } from './RejectDialog.tsx';

type Decision = { kind: 'approve' | 'reject'; application: Application } | null;
type Outcome = { kind: 'approved'; application: Application; vendor: Vendor } | { kind: 'rejected'; application: Application } | null;

const EMPTY_TEXT: Record<string, string> = {
  pending: 'No applications are waiting for a decision.',
  approved: 'No application has been approved yet.',
  rejected: 'No application has been rejected.',
  '': 'No applications yet.',
};

export function ApplicationsReview({ status, pager }: { status: ApplicationStatus | undefined; pager: Pager }) {
  const applications = useApplications({ status, after: pager.after });
  const categories = useCategories();
  const [decision, setDecision] = useState<Decision>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  return (
    <>
      {outcome?.kind === 'approved' ? (
        <Alert tone="success" title={`Approved ${outcome.application.companyName}`}>
          The vendor <Link to={`/admin/vendors/${outcome.vendor.id}`}>{outcome.vendor.name}</Link> (slug “{outcome.vendor.slug}”) was created, and an invitation
          is on its way to {outcome.application.contactEmail}.
        </Alert>
      ) : null}
      {outcome?.kind === 'rejected' ? (
        <Alert tone="success" title={`Rejected ${outcome.application.companyName}`}>
          {outcome.application.contactEmail} is told the reason by e-mail.
        </Alert>
      ) : null}
      <Loadable query={applications} loading="Loading applications…" empty={{ when: (list) => list.items.length === 0, title: EMPTY_TEXT[status ?? ''] ?? 'No applications.' }}>
        {(list) => (
          <div className="stack" aria-busy={applications.isFetching || undefined}>
            {list.items.map((application) => (
              <ApplicationCard
                key={application.id}
                application={application}
                categoryName={categoryName(categories.data, application.category)}
                onApprove={() => setDecision({ kind: 'approve', application })}
                onReject={() => setDecision({ kind: 'reject', application })}
              />
            ))}
            <Pagination page={list} pager={pager} label="Application pages" />
          </div>
        )}
      </Loadable>
      {decision?.kind === 'approve' ? (
        <ApproveDialog
          application={decision.application}
          onClose={() => setDecision(null)}
          onApproved={(vendor) => {
            setOutcome({ kind: 'approved', application: decision.application, vendor });
            setDecision(null);
          }}
        />
      ) : null}
      {decision?.kind === 'reject' ? (
        <RejectDialog
          application={decision.application}
          onClose={() => setDecision(null)}
          onRejected={() => {
            setOutcome({ kind: 'rejected', application: decision.application });
            setDecision(null);
          }}
        />
      ) : null}
    </>
  );
}
