import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import type Type from 'typebox';
import { queryFromUrl, trailOf, type UrlChanges, withChanges } from '../lib/url-filters.ts';

/** Moves between a list's pages (keyset cursors): the page's place and the way to its neighbours. */
export interface Pager {
  /** This page's cursor; none on the first page. */
  after: string | undefined;
  /** 1 for the first page; null when the page was opened from a link, so what came before is unknown. */
  position: number | null;
  hasPrevious: boolean;
  toNext(next: string): void;
  toPrevious(): void;
  toFirst(): void;
}

/**
 * Filters, sort and page live in the URL, so a filtered list can be bookmarked, shared and reached
 * with the back button. `query` is the URL read through the list's query schema (`queryFromUrl`);
 * `raw` gives a parameter as typed, for a form field that shows what the person entered; `pager`
 * pages through the list with its cursors.
 */
export function useUrlFilters<S extends Type.TObject>(schema: S) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const query = useMemo(() => queryFromUrl(schema, params), [schema, params]);
  const raw = useCallback((name: string): string => params.get(name) ?? '', [params]);
  const update = useCallback((changes: UrlChanges) => setParams((previous) => withChanges(previous, changes)), [setParams]);
  const pager = useMemo((): Pager => {
    const after = params.get('after') || undefined;
    const trail = trailOf(location.state);
    const go = (cursor: string | undefined, cursorTrail: string[]) => setParams((previous) => withChanges(previous, { after: cursor }), { state: { cursorTrail } });
    return {
      after,
      position: after === undefined ? 1 : trail.length > 0 ? trail.length + 1 : null,
      hasPrevious: trail.length > 0,
      toNext: (next) => go(next, [...trail, after ?? '']),
      toPrevious: () => go(trail.at(-1) || undefined, trail.slice(0, -1)),
      toFirst: () => go(undefined, []),
    };
  }, [params, location.state, setParams]);
  return { query, raw, update, pager };
}
