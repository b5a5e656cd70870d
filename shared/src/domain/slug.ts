/**
 * A URL-safe slug from a company name: "Acme Learning, Inc." → "acme-learning-inc".
 * Accents are folded ("Études" → "etudes"); the result matches the `Slug` schema or is empty.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
}

/** The host of a web-site URL without a leading `www.`, for suggesting badge domains. */
export function siteDomain(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Slugs a vendor may not take: the words that share their place in URLs (`/directory/changes` is
 * the change feed, not a vendor's page).
 */
export const RESERVED_SLUGS: readonly string[] = ['changes', 'categories', 'requests'];
export const RESERVED_SLUG_MESSAGE = 'is a word the registry keeps for itself; choose another';
