import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { useConfirmJoinRequest } from '../../../features/directory/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { isApiError } from '../../../lib/api-client.ts';

/** Opened from the buyer's e-mail; nothing happens until the button is pressed (mail scanners open links). */
export function ConfirmJoinRequestPage() {
  usePageTitle('Confirm your request');
  const { token = '' } = useParams();
  const confirm = useConfirmJoinRequest();
  const gone = isApiError(confirm.error) && (confirm.error.status === 410 || confirm.error.status === 400);
  return (
    <div className="page narrow">
      <h1>Confirm your request</h1>
      {confirm.data ? (
        <Alert tone="success" title={confirm.data.invited ? `We wrote to ${confirm.data.vendorName}` : 'Your request counts'}>
          <p data-testid="join-request-confirmed">{confirm.data.message}</p>
        </Alert>
      ) : gone ? (
        <div className="error-state" role="alert">
          <p className="error-state-title">This link cannot be used</p>
          <p>It was already used, has expired (links work for 7 days), or is not complete. You can ask again from the directory.</p>
        </div>
      ) : (
        <>
          <p>Press the button to ask the registry to invite this vendor to join the Customer Excellence Pledge.</p>
          <FormFailure failure={confirm.error} errors={{}} />
          <Button busy={confirm.isPending} onClick={() => confirm.mutate(token)}>
            Confirm my request
          </Button>
        </>
      )}
      <p>
        <Link to="/directory">Back to the directory</Link>
      </p>
    </div>
  );
}
