import { useMutation, useQuery } from '@tanstack/react-query';
import { getVendorCredential, verifyCredential } from '../api/credentials-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useVendorCredential(vendorId: string) {
  return useQuery({ queryKey: queryKeys.credentials.vendor(vendorId), queryFn: ({ signal }) => getVendorCredential(vendorId, signal), retry: false });
}

export function useVerifyCredential() {
  return useMutation({ mutationFn: verifyCredential });
}
