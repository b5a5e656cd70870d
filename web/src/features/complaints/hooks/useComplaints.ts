import type { ComplaintListQuery } from '@cep/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getComplaint, getWatchList, listComplaints } from '../api/complaints-api.ts';
import { complaintKeys } from './complaint-keys.ts';

export function useComplaints(query: ComplaintListQuery) {
  return useQuery({ queryKey: complaintKeys.list(query), queryFn: ({ signal }) => listComplaints(query, signal), placeholderData: keepPreviousData });
}

export function useComplaint(id: string) {
  return useQuery({ queryKey: complaintKeys.detail(id), queryFn: ({ signal }) => getComplaint(id, signal) });
}

export function useWatchList() {
  return useQuery({ queryKey: complaintKeys.watchList, queryFn: ({ signal }) => getWatchList(signal) });
}
