import type { DirectoryQuery } from '@cep/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getDirectory } from '../api/directory-api.ts';
import { directoryKey } from '../utils/directory-query.ts';

export function useDirectory(query: DirectoryQuery) {
  return useQuery({
    queryKey: directoryKey(query),
    queryFn: ({ signal }) => getDirectory(query, signal),
    // Keep the current results on screen while the next page or filter loads.
    placeholderData: keepPreviousData,
  });
}
