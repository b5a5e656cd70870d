import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router';
import { Button } from '../../components/ui/Button.tsx';
import { isVendorRole, useLogout, useSession } from '../../features/auth/index.ts';
import { ROLE_LABELS } from '../../lib/format.ts';
import type { Role } from '@cep/shared';

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link active' : 'nav-link');

const PUBLIC_LINKS = [
  ['/directory', 'Directory'],
  ['/apply', 'Apply'],
  ['/developers', 'Developers'],
] as const;
const ADMIN_LINKS = [
  ['/admin/applications', 'Applications'],
  ['/admin/vendors', 'Vendors'],
  ['/admin/reviews', 'Reviews'],
  ['/admin/program', 'Program'],
  ['/admin/agreements', 'Agreements'],
  ['/admin/complaints', 'Complaints'],
  ['/admin/watchlist', 'Watch list'],
  ['/admin/outbox', 'Outbox'],
  ['/admin/integrations', 'Integrations'],
] as const;
const VENDOR_LINKS = [
  ['/vendor/pledge', 'Pledge'],
  ['/vendor/checkpoints', 'Checkpoints'],
  ['/vendor/complaints', 'Complaints'],
  ['/vendor/profile', 'Profile'],
  ['/vendor/team', 'Team'],
  ['/vendor/badge', 'Badge'],
  ['/vendor/integrations', 'Integrations'],
] as const;

/** The links a visitor sees: everyone's, then those of the signed-in role. */
function navigationFor(role: Role | null): (readonly [string, string])[] {
  if (role === 'admin') return [...PUBLIC_LINKS, ...ADMIN_LINKS];
  if (role && isVendorRole(role)) return [...PUBLIC_LINKS, ...VENDOR_LINKS];
  return [...PUBLIC_LINKS];
}

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
              {navigationFor(user?.role ?? null).map(([to, label]) => (
                <li key={to}>
                  <NavLink to={to} className={navClass}>
                    {label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="account">
            {session.isPending ? null : user ? (
              <>
                <Link to="/account" className="account-name" title="Your account: password and e-mail">
                  {user.name || user.email} <span className="account-role">({ROLE_LABELS[user.role] ?? user.role})</span>
                </Link>
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
