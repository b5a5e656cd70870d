import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router';
import { Button } from '../../components/ui/Button.tsx';
import { isVendorRole, useSession } from '../../features/auth/hooks/useSession.ts';
import { useLogout } from '../../features/auth/hooks/useLogout.ts';
import { ROLE_LABELS } from '../../lib/format.ts';

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link active' : 'nav-link');

/** The frame of every page: skip link, role-aware navigation, the page, a footer. */
export function AppLayout() {
  const session = useSession();
  const logout = useLogout();
  const user = session.data ?? null;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header no-print">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ✓
            </span>
            Customer Excellence Pledge
          </Link>
          <nav aria-label="Main" className="main-nav">
            <ul>
              <li>
                <NavLink to="/directory" className={navClass}>
                  Directory
                </NavLink>
              </li>
              <li>
                <NavLink to="/apply" className={navClass}>
                  Apply
                </NavLink>
              </li>
              {user?.role === 'admin' ? (
                <>
                  <li>
                    <NavLink to="/admin/applications" className={navClass}>
                      Applications
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/admin/vendors" className={navClass}>
                      Vendors
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/admin/agreements" className={navClass}>
                      Agreements
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/admin/outbox" className={navClass}>
                      Outbox
                    </NavLink>
                  </li>
                </>
              ) : null}
              {user && isVendorRole(user.role) ? (
                <>
                  <li>
                    <NavLink to="/vendor/pledge" className={navClass}>
                      Pledge
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/vendor/checkpoints" className={navClass}>
                      Checkpoints
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/vendor/profile" className={navClass}>
                      Profile
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/vendor/team" className={navClass}>
                      Team
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/vendor/badge" className={navClass}>
                      Badge
                    </NavLink>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
          <div className="account">
            {session.isPending ? null : user ? (
              <>
                <span className="account-name">
                  {user.name || user.email} <span className="account-role">({ROLE_LABELS[user.role] ?? user.role})</span>
                </span>
                <Button variant="secondary" size="small" busy={logout.isPending} onClick={() => logout.mutate()}>
                  Sign out
                </Button>
              </>
            ) : (
              <NavLink to="/login" className={navClass}>
                Sign in
              </NavLink>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="container main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer no-print">
        <div className="container">
          <p>
            The Customer Excellence Pledge is a free program. <a href="/docs">API documentation</a>
          </p>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
