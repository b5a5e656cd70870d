import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { useConfirmEmailChange } from '../../../features/auth/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { isApiError } from '../../../lib/api-client.ts';

/**
 * Opened from the e-mail sent to the new address. The change waits for a click: mail scanners
 * that open every link must not make it on the person's behalf.
 */
export function ConfirmEmailPage() {
  usePageTitle('Confirm your new e-mail address');
  const { token = '' } = useParams();
  const confirm = useConfirmEmailChange(token);

  if (confirm.data) {
    return (
      <div className="page narrow">
        <h1>Your address is changed</h1>
        <Alert tone="success" title={`You now sign in as ${confirm.data.email}`}>
          Your former address was told. Your password stays the same.
        </Alert>
        <p>
          <Link to="/account">Your account</Link>
        </p>
      </div>
    );
  }
  const gone = isApiError(confirm.error) && (confirm.error.status === 410 || confirm.error.status === 400);
  return (
    <div className="page narrow">
      <h1>Confirm your new e-mail address</h1>
      {gone ? (
        <div className="error-state" role="alert">
          <p className="error-state-title">This link cannot be used</p>
          <p>It was already used, has expired (links work for 24 hours), or is not complete. Ask for the change again from your account page.</p>
        </div>
      ) : (
        <>
          <p className="lead">From now on you would sign in to the registry with the address this e-mail reached.</p>
          {confirm.error ? <FormFailure failure={confirm.error} errors={{}} /> : null}
          <Button busy={confirm.isPending} onClick={() => confirm.mutate()}>
            Use this address
          </Button>
        </>
      )}
    </div>
  );
}
