/**
 * Optimistic locking over HTTP (CONVENTIONS 10): a resource's strong ETag is its version, and a
 * write names the version it read in `If-Match`.
 */

/** The strong ETag of a versioned resource. */
export const etagOf = (version: number): string => `"${version}"`;

/** `"3"`, `W/"3"` or `3` → 3; absent or blank → null; anything else → NaN (it cannot match). */
export function parseIfMatch(header: string | undefined): number | null {
  if (header === undefined || header.trim() === '') return null;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  return match ? Number(match[1]) : Number.NaN;
}
