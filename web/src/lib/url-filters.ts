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
 * The URL after `changes`: empty values and page 1 are dropped (a clean URL for the default list),
 * and changing any filter goes back to page 1.
 */
export function withChanges(previous: URLSearchParams, changes: UrlChanges): URLSearchParams {
  const next = new URLSearchParams(previous);
  if (!('page' in changes)) next.delete('page');
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '' || (key === 'page' && value === 1)) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}
