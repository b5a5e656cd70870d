import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listAudit } from '../api/pledges-api.ts';
import { pledgeKeys } from './pledge-keys.ts';

export function useAudit(vendorId: string, page: number) {
  return useQuery({ queryKey: pledgeKeys.auditPage(vendorId, page), queryFn: ({ signal }) => listAudit(vendorId, page, signal), placeholderData: keepPreviousData });
}
