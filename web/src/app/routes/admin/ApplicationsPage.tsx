import { APPLICATION_STATUSES, type ApplicationStatus } from '@cep/shared';
import { FormField } from '../../../components/ui/FormField.tsx';
import { ApplicationsReview } from '../../../features/applications/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useUrlFilters } from '../../../hooks/useUrlFilters.ts';

const STATUS_LABELS: Record<ApplicationStatus, string> = { pending: 'Waiting for a decision', approved: 'Approved', rejected: 'Rejected' };

/** Pending applications first: the admin's queue. `?status=all` shows every application. */
export function ApplicationsPage() {
  usePageTitle('Applications');
  const { get, page, update } = useUrlFilters();
  const raw = get('status') || 'pending';
  const status = (APPLICATION_STATUSES as readonly string[]).includes(raw) ? (raw as ApplicationStatus) : undefined;
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
      <ApplicationsReview status={status} page={page} onPageChange={(p) => update({ page: p })} />
    </div>
  );
}
