import { periodOf, previousPeriod, SUBMISSION_STATUSES, SubmissionQueueQuery, SubmissionStatus } from '@cep/shared';
import { FormField } from '../../../components/ui/FormField.tsx';
import { ReviewQueue, SUBMISSION_STATUS_LABELS } from '../../../features/checkpoints/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useUrlFilters } from '../../../hooks/useUrlFilters.ts';

/** The running half-year and the eight before it: the periods a review is about. */
function recentPeriods(count = 9): string[] {
  const periods: string[] = [periodOf(new Date())];
  while (periods.length < count) periods.push(previousPeriod(periods[periods.length - 1] ?? ''));
  return periods;
}

/** Submitted data waits here first. `?status=all` shows every status. */
export function ReviewsPage() {
  usePageTitle('Checkpoint reviews');
  const { query, raw, update, pager } = useUrlFilters(SubmissionQueueQuery);
  // No status in the URL is the review queue (submitted); `all` lifts the filter.
  const status = raw('status') === 'all' ? undefined : (query.status ?? SubmissionStatus.Submitted);
  const { period } = query;
  const periods = recentPeriods();
  if (period && !periods.includes(period)) periods.push(period);
  return (
    <div className="page">
      <h1>Checkpoint reviews</h1>
      <p className="lead">Check each vendor’s half-year data, then accept it or return it with notes on what to fix.</p>
      <div className="filters">
        <FormField label="Status">
          {(control) => (
            <select {...control} value={status ?? 'all'} onChange={(e) => update({ status: e.target.value === SubmissionStatus.Submitted ? undefined : e.target.value })}>
              {SUBMISSION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s === 'submitted' ? 'Waiting for review' : SUBMISSION_STATUS_LABELS[s]}
                </option>
              ))}
              <option value="all">All statuses</option>
            </select>
          )}
        </FormField>
        <FormField label="Period">
          {(control) => (
            <select {...control} value={period ?? ''} onChange={(e) => update({ period: e.target.value })}>
              <option value="">All periods</option>
              {periods.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <ReviewQueue query={{ status, period, after: pager.after }} pager={pager} />
    </div>
  );
}
