import { useQuery } from '@tanstack/react-query';
import { getProgramMetrics, getVendorMetrics } from '../api/checkpoints-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** A vendor's delivered periods (submitted or accepted), oldest first. */
export function useVendorMetrics(vendorId: string) {
  return useQuery({ queryKey: queryKeys.checkpoints.metrics(vendorId), queryFn: ({ signal }) => getVendorMetrics(vendorId, signal) });
}

export function useProgramMetrics() {
  return useQuery({ queryKey: queryKeys.checkpoints.program, queryFn: ({ signal }) => getProgramMetrics(signal) });
}
