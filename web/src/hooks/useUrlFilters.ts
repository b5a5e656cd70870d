import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters, sort and page live in the URL, so a filtered list can be bookmarked, shared and reached
 * with the back button. Changing a filter goes back to page 1.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const get = useCallback((name: string): string => params.get(name) ?? '', [params]);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const update = useCallback(
    (changes: Record<string, string | number | undefined>) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (!('page' in changes)) next.delete('page');
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === '' || (key === 'page' && value === 1)) next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      }),
    [setParams],
  );
  return { get, page, update };
}
