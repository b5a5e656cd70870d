import { Link, useLocation } from 'react-router';
import { ForgotPasswordForm } from '../../../features/auth/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';

export function ForgotPasswordPage() {
  usePageTitle('Forgot your password?');
  const state = useLocation().state as { email?: unknown } | null;
  return (
    <div className="page narrow">
      <h1>Forgot your password?</h1>
      <p className="lead">Give the e-mail you sign in with. We send a link to choose a new password; it works once, for 30 minutes.</p>
      <ForgotPasswordForm initialEmail={typeof state?.email === 'string' ? state.email : ''} />
      <p className="muted">
        Remembered it? <Link to="/login">Sign in</Link>. Invited but never set a password? Open the invitation e-mail, or ask the person who invited you to send it again.
      </p>
    </div>
  );
}
