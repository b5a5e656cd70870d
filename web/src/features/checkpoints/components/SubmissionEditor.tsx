import { Loadable } from '../../../components/ui/Loadable.tsx';
import { useSubmission } from '../hooks/useSubmission.ts';
import { CheckpointForm } from './CheckpointForm.tsx';
import { SubmissionLoadError } from './SubmissionLoadError.tsx';

/** Loads a period's submission and edits it (or shows it, once submitted). */
export function SubmissionEditor({ vendorId, period }: { vendorId: string; period: string }) {
  const submission = useSubmission(vendorId, period);
  return (
    <Loadable query={submission} loading="Loading the checkpoint data…" error={(error, retry) => <SubmissionLoadError error={error} onRetry={retry} />}>
      {(loadedSubmission) => (
        <CheckpointForm
          key={`${vendorId}:${period}`}
          vendorId={vendorId}
          period={period}
          initial={loadedSubmission}
          reload={async () => {
            const fresh = await submission.refetch();
            return fresh.isError ? undefined : fresh.data;
          }}
        />
      )}
    </Loadable>
  );
}
