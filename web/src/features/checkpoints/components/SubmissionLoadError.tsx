import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { isApiError } from '../../../lib/api-client.ts';

/** Why a period's submission could not be loaded, in words: no such vendor, a period not yet (or never) reportable, or a failure to retry. */
export function SubmissionLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isApiError(error) && error.status === 404) return <ErrorState error={error} title="There is no such vendor or period" />;
  const periodProblem = isApiError(error) && error.status === 400 ? error.fieldErrors.find((e) => e.field === 'period')?.message : undefined;
  if (periodProblem) return <ErrorState error={new Error(`This period ${periodProblem}.`)} title="No data can be reported for this period" />;
  return <ErrorState error={error} onRetry={onRetry} />;
}
