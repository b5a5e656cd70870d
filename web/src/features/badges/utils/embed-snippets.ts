import { type BadgeStatus, type BadgeStyle, type BadgeTheme } from '@cep/shared';
import { BADGE_MESSAGES } from '@cep/shared';

/** How the badge looks: the small flat badge or the larger seal, light or dark. */
export interface BadgeLookChoice {
  style: BadgeStyle;
  theme: BadgeTheme;
}
export const DEFAULT_LOOK: BadgeLookChoice = { style: 'flat', theme: 'light' };

/** The SVG's query for a look: nothing for the default, so existing snippets stay as they were. */
export function lookQuery({ style, theme }: BadgeLookChoice): string {
  const params = [style !== 'flat' ? `style=${style}` : null, theme !== 'light' ? `theme=${theme}` : null].filter(Boolean);
  return params.length > 0 ? `?${params.join('&')}` : '';
}

/** The height the page reserves: the badge's width follows its text, its height its style. */
export const lookHeight = (style: BadgeStyle): number => (style === 'seal' ? 72 : 20);

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
export function htmlSnippet(origin: string, slug: string, look: BadgeLookChoice = DEFAULT_LOOK): string {
  const urls = badgeUrls(origin, slug);
  const src = `${urls.svg}${lookQuery(look)}`.replace(/&/g, '&amp;');
  return `<a href="${urls.verify}"><img src="${src}" alt="${SNIPPET_ALT}" height="${lookHeight(look.style)}"></a>`;
}

/**
 * The script variant: public/embed.js draws the same linked badge into the span, with alt text and
 * title from the live state, and a link that tells the verification page which site it came from.
 */
export function scriptSnippet(origin: string, slug: string, look: BadgeLookChoice = DEFAULT_LOOK): string {
  const attributes = [look.style !== 'flat' ? ` data-cep-style="${look.style}"` : '', look.theme !== 'light' ? ` data-cep-theme="${look.theme}"` : ''].join('');
  return `<span data-cep-badge="${slug}"${attributes}></span><script async src="${badgeUrls(origin, slug).script}"></script>`;
}
