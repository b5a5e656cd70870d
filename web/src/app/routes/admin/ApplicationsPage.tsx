import { APPLICATION_STATUSES, type ApplicationStatus, ListApplicationsQuery } from '@cep/shared';
import { FormField } from '../../../components/ui/FormField.tsx';
import { ApplicationsReview } from '../../../features/applications/index.ts';
import { RequestedVendorsTable } from '../../../features/directory/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useUrlFilters } from '../../../hooks/useUrlFilters.ts';

const STATUS_LABELS: Record<ApplicationStatus, string> = { pending: 'Waiting for a decision', approved: 'Approved', rejected: 'Rejected' };

/** Pending applications first: the admin's queue. `?status=all` shows every application. */
export function ApplicationsPage() {
  usePageTitle('Applications');
  const { query, raw, update, pager } = useUrlFilters(ListApplicationsQuery);
  // No status in the URL is the admin's queue (pending); `all` lifts the filter.
  const status = raw('status') === 'all' ? undefined : (query.status ?? 'pending');
  return (
    <div className="page">
      <h1>Applications</h1>
      <div className="filters">
        <FormField label="Show">
          {(control) => (
            <select {...control} value={status ?? 'all'} onChange={(e) => update({ status: e.target.value === 'pending' ? undefined : e.target.value })}>
              {APPLICATION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
              <option value="all">All applications</option>
            </select>
          )}
        </FormField>
      </div>
      <p className="muted">{status === 'pending' ? 'Oldest first: what has waited longest comes first.' : 'Newest first.'}</p>
      <ApplicationsReview status={status} pager={pager} />
      <RequestedVendorsTable />
    </div>
  );
}
