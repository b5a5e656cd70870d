import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { AcceptInvitationForm, useInvitation } from '../../../features/auth/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDate, ROLE_LABELS } from '../../../lib/format.ts';

export function InvitationPage() {
  usePageTitle('Your invitation');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const invitation = useInvitation(token);

  return (
    <Loadable
      query={invitation}
      loading="Opening your invitation…"
      error={(error, retry) => (
        <div className="page narrow">
          <h1>Your invitation</h1>
          {isApiError(error) && (error.status === 410 || error.status === 400) ? <LinkUnusable /> : <ErrorState error={error} onRetry={retry} />}
        </div>
      )}
    >
      {({ email, vendorName, role, expiresAt }) => (
        <div className="page narrow">
          <h1>Join {vendorName}</h1>
          <p className="lead">
            You are invited as the {(ROLE_LABELS[role] ?? role).toLowerCase()} of <strong>{vendorName}</strong> in the Customer Excellence Pledge registry.
          </p>
          <dl className="facts">
            <dt>Your e-mail</dt>
            <dd>{email}</dd>
            <dt>Link valid until</dt>
            <dd>{formatDate(expiresAt)}</dd>
          </dl>
          <AcceptInvitationForm token={token} email={email} onAccepted={() => void navigate('/login', { replace: true, state: { email, accountReady: true } })} />
        </div>
      )}
    </Loadable>
  );
}

function LinkUnusable() {
  return (
    <div className="error-state" role="alert">
      <p className="error-state-title">This invitation link cannot be used</p>
      <p>It was already used, has expired, or is not complete. Ask the person who invited you for a new one.</p>
      <p>
        Already set your password? <Link to="/login">Sign in</Link>
      </p>
    </div>
  );
}
