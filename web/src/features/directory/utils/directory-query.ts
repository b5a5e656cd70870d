import { DIRECTORY_STATES, type DirectoryQuery } from '@cep/shared';

type DirectoryState = (typeof DIRECTORY_STATES)[number];
const isDirectoryState = (value: string): value is DirectoryState => (DIRECTORY_STATES as readonly string[]).includes(value);

/**
 * The directory's filters as the URL holds them, and the API query they make. The page and the
 * server's render read the URL with this one function, so the server fills the very cache entry the
 * page asks for.
 */
export function directoryFiltersOf(params: URLSearchParams): { filters: { q: string; category: string; state: string }; query: DirectoryQuery } {
  const rawState = params.get('state') ?? '';
  // A state the API does not filter by (an edited URL) shows every state rather than an error.
  const state = isDirectoryState(rawState) ? rawState : undefined;
  const q = params.get('q') ?? '';
  const category = params.get('category') ?? '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return { filters: { q, category, state: state ?? '' }, query: { q: q || undefined, category: category || undefined, state, page } };
}

