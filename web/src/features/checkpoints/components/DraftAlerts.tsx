import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { isApiError } from '../../../lib/api-client.ts';

export interface DraftAlertsProps {
  failure: unknown;
  /** Field errors are listed by the summary; a general alert would only repeat them. */
  hasFieldErrors: boolean;
  reloading: boolean;
  onReload: () => void;
}

/** Why the last save or submission did not go through, with the way out. */
export function DraftAlerts({ failure, hasFieldErrors, reloading, onReload }: DraftAlertsProps) {
  if (!failure) return null;
  const reload = (
    <Button variant="secondary" busy={reloading} onClick={onReload}>
      Reload the draft
    </Button>
  );
  if (isApiError(failure) && failure.status === 412) {
    return (
      <Alert tone="warning" title="This draft was changed elsewhere" actions={reload}>
        Someone saved this period’s data after you opened it (or in another tab), so your changes were not saved. Reload to see the current version, then make your
        changes again.
      </Alert>
    );
  }
  if (isApiError(failure) && failure.status === 409) {
    return (
      <Alert tone="warning" title="This period’s data can no longer be changed" actions={reload}>
        {failure.detail ?? 'It was submitted or accepted in the meantime.'}
      </Alert>
    );
  }
  if (hasFieldErrors) return null;
  const { title, detail } = describeError(failure);
  return (
    <Alert tone="error" title={title}>
      {detail}
    </Alert>
  );
}
