import { type BadgeStatus } from '@cep/shared';
import { BADGE_MESSAGES } from './badge-status.ts';

/** The addresses a badge lives at; `origin` is the registry's, e.g. https://registry.example. */
export function badgeUrls(origin: string, slug: string) {
  return {
    verify: `${origin}/verify/${slug}`,
    svg: `${origin}/badge/${slug}.svg`,
    script: `${origin}/embed.js`,
  };
}

export const badgeAlt = (status: BadgeStatus): string => `Customer Excellence Pledge: ${BADGE_MESSAGES[status]}`;

/**
 * The HTML snippet's alt text. A pasted snippet cannot know the state the image will show tomorrow,
 * so it claims none: it says what the image is and what clicking it does.
 */
export const SNIPPET_ALT = 'Customer Excellence Pledge — verify status';

/**
 * The plain HTML variant. Only the height is fixed: the badge's width follows its text ("active",
 * "suspended", "unverified site"…), and a fixed width would shrink it when the state changes.
 * Slugs and origins contain no characters that need escaping in an attribute.
 */
export function htmlSnippet(origin: string, slug: string): string {
  const urls = badgeUrls(origin, slug);
  return `<a href="${urls.verify}"><img src="${urls.svg}" alt="${SNIPPET_ALT}" height="20"></a>`;
}

/**
 * The script variant: public/embed.js draws the same linked badge into the span, with alt text and
 * title from the live state, and a link that tells the verification page which site it came from.
 */
export function scriptSnippet(origin: string, slug: string): string {
  return `<span data-cep-badge="${slug}"></span><script async src="${badgeUrls(origin, slug).script}"></script>`;
}
