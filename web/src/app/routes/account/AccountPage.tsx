import { Link } from 'react-router';
import { ChangeEmailForm, ChangePasswordForm, SignedInDevices, useSession } from '../../../features/auth/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { ROLE_LABELS } from '../../../lib/format.ts';

/** Every signed-in person's own page: who they are, how they sign in, and where they are signed in. */
export function AccountPage() {
  usePageTitle('Your account');
  const user = useSession().data;
  if (!user) return null;
  return (
    <div className="page">
      <h1>Your account</h1>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{user.name || <span className="muted">(not set)</span>}</dd>
        <dt>E-mail</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{ROLE_LABELS[user.role] ?? user.role}</dd>
      </dl>
      <section aria-labelledby="two-step-heading">
        <h2 id="two-step-heading">Two-step sign-in</h2>
        <p>
          {user.twoFactor.enabled ? 'On: signing in asks for a code from your authenticator app or your passkey after the password.' : 'Off: your password alone signs you in.'}{' '}
          <Link to="/account/two-factor">{user.twoFactor.enabled ? 'Manage the app, passkeys and recovery codes' : 'Turn on two-step sign-in'}</Link>
        </p>
      </section>
      <ChangePasswordForm email={user.email} />
      <ChangeEmailForm email={user.email} />
      <SignedInDevices />
    </div>
  );
}
