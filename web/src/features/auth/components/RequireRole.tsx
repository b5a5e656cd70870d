import type { Role } from '@cep/shared';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { homeFor, TWO_FACTOR_PAGE, useSession } from '../hooks/useSession.ts';

function NotAllowed({ home }: { home: string }) {
  usePageTitle('Not allowed');
  return (
    <section className="page narrow">
      <h1>Not allowed</h1>
      <p>Your account cannot open this page.</p>
      <p>
        <Link to={home}>Go to your start page</Link>
      </p>
    </section>
  );
}

/**
 * Guards a group of routes: strangers go to sign in (and come back), other roles see "not allowed",
 * and an admin who must still set up two-step sign-in goes there.
 */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const session = useSession();
  const location = useLocation();
  return (
    <Loadable query={session} loading="Checking your session…">
      {(user) => {
        if (!user) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
        if (!roles.includes(user.role)) return <NotAllowed home={homeFor(user)} />;
        // An admin without a second factor can open nothing else (the API refuses it too).
        if (user.twoFactor.enrolmentRequired && location.pathname !== TWO_FACTOR_PAGE) return <Navigate to={TWO_FACTOR_PAGE} replace />;
        return <Outlet />;
      }}
    </Loadable>
  );
}
