import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listAudit } from '../api/pledges-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useAudit(vendorId: string, page: number) {
  return useQuery({ queryKey: queryKeys.pledges.auditPage(vendorId, page), queryFn: ({ signal }) => listAudit(vendorId, page, signal), placeholderData: keepPreviousData });
}
