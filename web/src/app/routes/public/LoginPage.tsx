import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/Alert.tsx';
import { homeFor, LoginForm, useSession } from '../../../features/auth/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

/** What other pages hand to the sign-in page: where to go back to, or the e-mail of a new account. */
interface LoginState {
  from?: string;
  email?: string;
  accountReady?: boolean;
  passwordReset?: boolean;
}

function readState(state: unknown): LoginState {
  if (typeof state !== 'object' || state === null) return {};
  const s = state as Record<string, unknown>;
  return {
    // Only paths inside the app: never an address elsewhere.
    ...(typeof s.from === 'string' && s.from.startsWith('/') && !s.from.startsWith('//') ? { from: s.from } : {}),
    ...(typeof s.email === 'string' ? { email: s.email } : {}),
    ...(s.accountReady === true ? { accountReady: true } : {}),
    ...(s.passwordReset === true ? { passwordReset: true } : {}),
  };
}

export function LoginPage() {
  usePageTitle('Sign in');
  const location = useLocation();
  const navigate = useNavigate();
  const user = useSession().data;
  const state = readState(location.state);

  // Someone already signed in has nothing to do here, unless a new account of theirs is ready.
  if (user && !state.accountReady) return <Navigate to={state.from ?? homeFor(user)} replace />;

  return (
    <div className="page narrow">
      <h1>Sign in</h1>
      {state.accountReady ? (
        <Alert tone="success" title="Your account is ready">
          Sign in with your e-mail and the password you just chose.
        </Alert>
      ) : null}
      {state.passwordReset ? (
        <Alert tone="success" title="Your password was changed">
          Every device was signed out. Sign in with the new password.
        </Alert>
      ) : null}
      <LoginForm initialEmail={state.email ?? ''} onSignedIn={(signedIn) => void navigate(state.from ?? homeFor(signedIn), { replace: true })} />
      <p>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p className="muted">
        No account yet? Vendors get one when their <Link to="/apply">application</Link> is approved, or when a colleague invites them.
      </p>
    </div>
  );
}
