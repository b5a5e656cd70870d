import type { ListVendorsQuery } from '@cep/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listVendors } from '../api/vendors-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useVendors(query: ListVendorsQuery) {
  return useQuery({ queryKey: queryKeys.vendors.list(query), queryFn: ({ signal }) => listVendors(query, signal), placeholderData: keepPreviousData });
}
