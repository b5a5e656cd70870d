import { useQuery } from '@tanstack/react-query';
import { getBadgeStats } from '../api/badges-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export const STATS_DAYS = 30;

export function useBadgeStats(vendorId: string, days = STATS_DAYS) {
  return useQuery({ queryKey: queryKeys.badges.stats(vendorId, days), queryFn: ({ signal }) => getBadgeStats(vendorId, days, signal) });
}
