import type Type from 'typebox';
import Value from 'typebox/value';

/**
 * A list's query as its URL holds it, read through the API's own query schema: each parameter is
 * converted to the schema's type (a number, one of an enum's values) and kept only when the schema
 * accepts it. An edited or stale URL therefore shows the unfiltered list, never an error, and the
 * page asks the API exactly what the schema allows.
 */
export function queryFromUrl<S extends Type.TObject>(schema: S, params: URLSearchParams): Partial<Type.Static<S>> {
  const query: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(schema.properties as Record<string, Type.TSchema>)) {
    const raw = params.get(key);
    if (raw === null || raw.trim() === '') continue;
    const value = Value.Convert(property, raw.trim());
    if (Value.Check(property, value)) query[key] = value;
  }
  return query as Partial<Type.Static<S>>;
}

export type UrlChanges = Record<string, string | number | undefined>;

/**
 * The URL after `changes`: empty values are dropped (a clean URL for the default list), and
 * changing any filter goes back to the first page (the `after` cursor belongs to the old filters).
 */
export function withChanges(previous: URLSearchParams, changes: UrlChanges): URLSearchParams {
  const next = new URLSearchParams(previous);
  if (!('after' in changes)) next.delete('after');
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/**
 * The cursors of the pages before this one, kept in the history entry (not the URL, which stays
 * bookmarkable): "Previous page" returns to the cursor before, as the back button does.
 */
export interface PageTrail {
  /** Each earlier page's `after` ('' for the first page), oldest first. */
  cursorTrail: string[];
}

export function trailOf(state: unknown): string[] {
  const trail = (state as Partial<PageTrail> | null)?.cursorTrail;
  return Array.isArray(trail) && trail.every((c) => typeof c === 'string') ? trail : [];
}
