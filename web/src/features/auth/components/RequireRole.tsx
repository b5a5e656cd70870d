import type { Role } from '@cep/shared';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../../../components/ui/ErrorState.tsx';
import { Spinner } from '../../../components/ui/Spinner.tsx';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { homeFor, useSession } from '../hooks/useSession.ts';

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

/** Guards a group of routes: strangers go to sign in (and come back), other roles see "not allowed". */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Spinner label="Checking your session…" />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  const user = session.data;
  if (!user) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (!roles.includes(user.role)) return <NotAllowed home={homeFor(user)} />;
  return <Outlet />;
}
