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
 * The plain HTML variant. Only the height is fixed: the badge's width follows its text ("active",
 * "suspended", "unverified site"…), and a fixed width would shrink it when the state changes.
 * Slugs and origins contain no characters that need escaping in an attribute.
 */
export function htmlSnippet(origin: string, slug: string, status: BadgeStatus): string {
  const urls = badgeUrls(origin, slug);
  return `<a href="${urls.verify}"><img src="${urls.svg}" alt="${badgeAlt(status)}" height="20"></a>`;
}

/** The script variant: public/embed.js draws the same linked badge into the span. */
export function scriptSnippet(origin: string, slug: string): string {
  return `<span data-cep-badge="${slug}"></span><script async src="${badgeUrls(origin, slug).script}"></script>`;
}
