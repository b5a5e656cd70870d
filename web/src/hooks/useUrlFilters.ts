import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type Type from 'typebox';
import { queryFromUrl, type UrlChanges, withChanges } from '../lib/url-filters.ts';

/**
 * Filters, sort and page live in the URL, so a filtered list can be bookmarked, shared and reached
 * with the back button. `query` is the URL read through the list's query schema (`queryFromUrl`);
 * `raw` gives a parameter as typed, for a form field that shows what the person entered.
 */
export function useUrlFilters<S extends Type.TObject>(schema: S) {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queryFromUrl(schema, params), [schema, params]);
  const raw = useCallback((name: string): string => params.get(name) ?? '', [params]);
  const update = useCallback((changes: UrlChanges) => setParams((previous) => withChanges(previous, changes)), [setParams]);
  return { query, raw, update };
}
