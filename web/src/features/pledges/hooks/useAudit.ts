import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listAudit } from '../api/pledges-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useAudit(vendorId: string, after: string | undefined) {
  return useQuery({ queryKey: queryKeys.pledges.auditPage(vendorId, after), queryFn: ({ signal }) => listAudit(vendorId, after, signal), placeholderData: keepPreviousData });
}
