import type { ListVendorsQuery } from '@cep/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listVendors } from '../api/vendors-api.ts';
import { vendorKeys } from './vendor-keys.ts';

export function useVendors(query: ListVendorsQuery) {
  return useQuery({ queryKey: vendorKeys.list(query), queryFn: ({ signal }) => listVendors(query, signal), placeholderData: keepPreviousData });
}
