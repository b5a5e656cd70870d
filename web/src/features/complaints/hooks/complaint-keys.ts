import type { ComplaintListQuery } from '@cep/shared';

/** Complaints belong to the signed-in account (admin or vendor), so sign-out drops them all. */
export const complaintKeys = {
  all: ['complaints'] as const,
  lists: ['complaints', 'list'] as const,
  list: (query: ComplaintListQuery) => ['complaints', 'list', query] as const,
  detail: (id: string) => ['complaints', 'detail', id] as const,
  watchList: ['complaints', 'watchlist'] as const,
};
