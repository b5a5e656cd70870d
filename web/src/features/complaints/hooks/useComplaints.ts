import type { ComplaintListQuery, WatchListQuery } from '@cep/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getComplaint, getWatchList, listComplaints } from '../api/complaints-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useComplaints(query: ComplaintListQuery) {
  return useQuery({ queryKey: queryKeys.complaints.list(query), queryFn: ({ signal }) => listComplaints(query, signal), placeholderData: keepPreviousData });
}

export function useComplaint(id: string) {
  return useQuery({ queryKey: queryKeys.complaints.detail(id), queryFn: ({ signal }) => getComplaint(id, signal) });
}

export function useWatchList(query: WatchListQuery) {
  return useQuery({ queryKey: queryKeys.complaints.watchListPage(query), queryFn: ({ signal }) => getWatchList(query, signal), placeholderData: keepPreviousData });
}
