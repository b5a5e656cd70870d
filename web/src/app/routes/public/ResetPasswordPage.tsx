import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { ResetPasswordForm, usePasswordReset } from '../../../features/auth/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format.ts';

export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const reset = usePasswordReset(token);

  return (
    <div className="page narrow">
      <h1>Choose a new password</h1>
      <Loadable
        query={reset}
        loading="Opening your link…"
        error={(error, retry) =>
          isApiError(error) && (error.status === 410 || error.status === 400) ? (
            <div className="error-state" role="alert">
              <p className="error-state-title">This link cannot be used</p>
              <p>It was already used, has expired (links work for 30 minutes), or is not complete.</p>
              <p>
                <Link to="/forgot-password">Ask for a new link</Link>
              </p>
            </div>
          ) : (
            <ErrorState error={error} onRetry={retry} />
          )
        }
      >
        {({ email, expiresAt }) => (
          <>
            <p className="lead">
              For <strong>{email}</strong>. The link works until {formatDateTime(expiresAt)}. Afterwards you are signed out on every device and sign in with the new password.
            </p>
            <ResetPasswordForm token={token} email={email} onReset={() => void navigate('/login', { replace: true, state: { email, passwordReset: true } })} />
          </>
        )}
      </Loadable>
    </div>
  );
}
