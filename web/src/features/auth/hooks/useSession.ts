import type { Me } from '@cep/shared';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { restoreSession } from '../api/auth-api.ts';
import { PUBLIC_FAMILIES, queryKeys } from '../../../lib/query-keys.ts';

/**
 * The signed-in account, or null. Loaded once per page load by a silent refresh; login, logout and
 * later refreshes write it directly (see AppProvider), so it is never stale. No automatic retry: a
 * refresh whose answer was lost already spent its cookie, and repeating it would end the session.
 */
export function useSession() {
  return useQuery<Me | null>({ queryKey: queryKeys.session, queryFn: restoreSession, staleTime: Infinity, gcTime: Infinity, retry: false });
}

export const isVendorRole = (role: Me['role']): boolean => role === 'vendor_owner' || role === 'vendor_member';

/** Where a person lands after signing in: the admin's inbox, a vendor's home with its to-dos. */
/** Where a person lands: their home, or the two-step setup an admin must finish first. */
export const homeFor = (user: Me): string => (user.twoFactor.enrolmentRequired ? TWO_FACTOR_PAGE : user.role === 'admin' ? '/admin' : '/vendor');
export const TWO_FACTOR_PAGE = '/account/two-factor';

/**
 * Drops what one account loaded, so nothing of it shows through to the next (or to nobody) after a
 * sign-in, sign-out or ended session. Public data stays: removing a query that a page is still
 * watching would leave that page loading forever.
 */
export function forgetAccountData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => !PUBLIC_FAMILIES.has(query.queryKey[0]) });
}
