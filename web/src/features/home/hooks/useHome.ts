import { useQuery } from '@tanstack/react-query';
import { getInbox, getVendorHome } from '../api/home-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useVendorHome(vendorId: string) {
  return useQuery({ queryKey: queryKeys.home.vendor(vendorId), queryFn: ({ signal }) => getVendorHome(vendorId, signal) });
}

/** The admin's inbox; the navigation's counts read it too, so it refreshes every minute. */
export function useInbox(enabled = true) {
  return useQuery({ queryKey: queryKeys.home.inbox, queryFn: ({ signal }) => getInbox(signal), enabled, refetchInterval: 60_000 });
}
