import { DirectoryQuery } from '@cep/shared';
import { queryFromUrl } from '../../../lib/url-filters.ts';

/**
 * The directory's filters as the URL holds them, and the API query they make. The page and the
 * server's render read the URL with this one function, so the server fills the very cache entry the
 * page asks for. A value the API would refuse (an edited URL) is left out: every state is shown
 * rather than an error.
 */
export function directoryFiltersOf(params: URLSearchParams): { filters: { q: string; category: string; state: string; sort: string }; query: DirectoryQuery } {
  const { q, category, state, sort, after, limit } = queryFromUrl(DirectoryQuery, params);
  return { filters: { q: q ?? '', category: category ?? '', state: state ?? '', sort: sort ?? '' }, query: { q, category, state, sort, after, limit } };
}
