import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { useConfirmComplaint } from '../hooks/usePublicComplaint.ts';
import { isLinkGone, LinkGone } from './LinkGone.tsx';

/**
 * Confirms by a button, never on load: a mail scanner that opens the link, or a page rendered twice,
 * must not confirm a complaint the person has not looked at.
 */
export function ConfirmComplaint({ token }: { token: string }) {
  const confirm = useConfirmComplaint();
  if (confirm.isSuccess) {
    const { reference, vendorName } = confirm.data;
    return (
      <Alert tone="success" title="Thank you">
        <p data-testid="complaint-confirmed">
          Your complaint {reference} about {vendorName} is confirmed. The registry will review it.
        </p>
      </Alert>
    );
  }
  if (confirm.isError && isLinkGone(confirm.error)) return <LinkGone />;
  const failure = confirm.isError ? describeError(confirm.error) : null;
  return (
    <div className="stack">
      <p>Only confirmed complaints reach the registry. Confirm that you filed this complaint and want the registry to review it.</p>
      {failure ? (
        <Alert tone="error" title={failure.title}>
          {failure.detail}
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button busy={confirm.isPending} onClick={() => confirm.mutate(token)}>
          Confirm my complaint
        </Button>
      </div>
    </div>
  );
}
