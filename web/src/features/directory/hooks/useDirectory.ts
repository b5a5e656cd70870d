import type { DirectoryCategoriesQuery, DirectoryQuery } from '@cep/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getDirectory, getDirectoryCategories } from '../api/directory-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

export function useDirectory(query: DirectoryQuery) {
  return useQuery({
    queryKey: queryKeys.directory.list(query),
    queryFn: ({ signal }) => getDirectory(query, signal),
    // Keep the current results on screen while the next page or filter loads.
    placeholderData: keepPreviousData,
  });
}

/** How many vendors each category holds for the search and state on screen. */
export function useDirectoryCategories(query: DirectoryCategoriesQuery) {
  return useQuery({ queryKey: queryKeys.directory.categories(query), queryFn: ({ signal }) => getDirectoryCategories(query, signal), placeholderData: keepPreviousData });
}
