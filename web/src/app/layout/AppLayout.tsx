import { useState } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router';
import { Button } from '../../components/ui/Button.tsx';
import { isVendorRole, useLogout, useSession } from '../../features/auth/index.ts';
import { navCount, useInbox } from '../../features/home/index.ts';
import { ROLE_LABELS } from '../../lib/format.ts';
import type { Role } from '@cep/shared';

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link active' : 'nav-link');

const PUBLIC_LINKS = [
  ['/directory', 'Directory'],
  ['/apply', 'Apply'],
  ['/developers', 'Developers'],
] as const;
const ADMIN_LINKS = [
  ['/admin', 'Inbox'],
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
  ['/vendor', 'Home'],
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

/** The areas' own landing pages are active only on themselves, not on every page below them. */
const LANDINGS = new Set(['/admin', '/vendor']);

/**
 * The frame of every page: skip link, role-aware navigation (the admin's links carry what waits in
 * their queues), the page, a footer. On narrow screens the navigation folds into a menu.
 */
export function AppLayout() {
  const session = useSession();
  const logout = useLogout();
  const user = session.data ?? null;
  // An admin still setting up two-step sign-in has no inbox to count yet (the API refuses it).
  const inbox = useInbox(user?.role === 'admin' && !user.twoFactor.enrolmentRequired);
  const [menuOpen, setMenuOpen] = useState(false);

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
          <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen(!menuOpen)}>
            Menu
          </button>
          <nav aria-label="Main" id="main-nav" className={menuOpen ? 'main-nav main-nav-open' : 'main-nav'}>
            <ul>
              {navigationFor(user?.role ?? null).map(([to, label]) => {
                const waiting = navCount(inbox.data, to);
                return (
                  <li key={to}>
                    {/* A link followed from the folded menu closes it. */}
                    <NavLink to={to} end={LANDINGS.has(to)} className={navClass} onClick={() => setMenuOpen(false)}>
                      {label}
                      {waiting > 0 ? (
                        <span className="nav-count">
                          {waiting}
                          <span className="visually-hidden"> waiting</span>
                        </span>
                      ) : null}
                    </NavLink>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="account">
            {session.isPending ? null : user ? (
              <>
                <Link to="/account" className="account-name" title="Your account: password, e-mail and two-step sign-in">
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
