import { useMutation, useQuery } from '@tanstack/react-query';
import { getVendorCredential, verifyCredential } from '../api/credentials-api.ts';

export const credentialKeys = {
  vendor: (vendorId: string) => ['credentials', 'vendor', vendorId] as const,
};

export function useVendorCredential(vendorId: string) {
  return useQuery({ queryKey: credentialKeys.vendor(vendorId), queryFn: ({ signal }) => getVendorCredential(vendorId, signal), retry: false });
}

export function useVerifyCredential() {
  return useMutation({ mutationFn: verifyCredential });
}
