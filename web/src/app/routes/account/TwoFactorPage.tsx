import { Link } from 'react-router';
import { Alert } from '../../../components/ui/Alert.tsx';
import { TwoFactorSettings, useSession } from '../../../features/auth/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

/** Two-step sign-in: where an admin without a second factor is sent, and where anyone sets theirs up. */
export function TwoFactorPage() {
  usePageTitle('Two-step sign-in');
  const user = useSession().data;
  if (!user) return null;
  return (
    <div className="page">
      <h1>Two-step sign-in</h1>
      {user.twoFactor.enrolmentRequired ? (
        <Alert tone="warning" title="Set up a second factor to continue">
          Admin accounts sign in with two steps. Set up an authenticator app or add a passkey; until then the rest of the registry stays closed to this account.
        </Alert>
      ) : user.twoFactor.enabled ? (
        <p>
          Two-step sign-in is <strong>on</strong>: after your password, signing in asks for a code from your app or your passkey.
        </p>
      ) : (
        <p>
          Two-step sign-in is <strong>off</strong>: your password alone signs you in. Turn it on so a stolen password is not enough.
        </p>
      )}
      <TwoFactorSettings />
      {user.twoFactor.enrolmentRequired ? null : (
        <p>
          <Link to="/account">Back to your account</Link>
        </p>
      )}
    </div>
  );
}
