import type { Category } from '@cep/shared';
import { useQuery } from '@tanstack/react-query';
import { getCategories } from '../api/vendors-api.ts';
import { queryKeys } from '../../../lib/query-keys.ts';

/** Categories change with a migration, not at run time: load them once. */
export function useCategories() {
  return useQuery({ queryKey: queryKeys.categories, queryFn: ({ signal }) => getCategories(signal), staleTime: Infinity, select: (list) => list.items });
}

export function categoryName(categories: readonly Category[] | undefined, slug: string): string {
  return categories?.find((c) => c.slug === slug)?.name ?? slug;
}
