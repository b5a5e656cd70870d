import { Spinner } from '../../../components/ui/Spinner.tsx';
import { useSubmission } from '../hooks/useSubmission.ts';
import { CheckpointForm } from './CheckpointForm.tsx';
import { SubmissionLoadError } from './SubmissionLoadError.tsx';

/** Loads a period's submission and edits it (or shows it, once submitted). */
export function SubmissionEditor({ vendorId, period }: { vendorId: string; period: string }) {
  const submission = useSubmission(vendorId, period);
  if (submission.isPending) return <Spinner label="Loading the checkpoint data…" />;
  if (submission.isError) return <SubmissionLoadError error={submission.error} onRetry={() => void submission.refetch()} />;
  return (
    <CheckpointForm
      key={`${vendorId}:${period}`}
      vendorId={vendorId}
      period={period}
      initial={submission.data}
      reload={async () => {
        const fresh = await submission.refetch();
        return fresh.isError ? undefined : fresh.data;
      }}
    />
  );
}
