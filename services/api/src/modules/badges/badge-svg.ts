import type { BadgeTheme } from '@cep/shared';

/**
 * A flat, two-part badge in the style of shields.io, as one SVG string. Pure, so it is rendered
 * once per state change and cached, never per request.
 */

// Approximate advance widths of Verdana at 11px (what the badge declares), by character class.
const NARROW = new Set([...'fijlrtI!.,:;\'|()[] ']);
const WIDE = new Set([...'mwMW@%']);
function charWidth(c: string): number {
  if (NARROW.has(c)) return 4;
  if (WIDE.has(c)) return 10.5;
  if (c >= 'A' && c <= 'Z') return 7.6;
  return 6.9;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const c of text) width += charWidth(c);
  return Math.round(width);
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface BadgeLook {
  label: string;
  message: string;
  /** Background of the right part; chosen for at least 4.5:1 contrast with white text. */
  color: string;
  /** The accessible name: what a screen reader says for the whole image. */
  title: string;
}

const PADDING = 10;

/**
 * The label half's colours: dark grey with white text (and a soft shadow) on light pages, a light
 * grey with dark text on dark pages, so the badge stands out from either background.
 */
const LABEL = {
  light: { fill: '#3d4450', text: '#fff', shadow: true },
  dark: { fill: '#e6edf3', text: '#1f2328', shadow: false },
} as const;

export function renderBadge(look: BadgeLook, theme: BadgeTheme = 'light'): string {
  const labelColors = LABEL[theme];
  const labelWidth = textWidth(look.label) + PADDING * 2;
  const messageWidth = textWidth(look.message) + PADDING * 2;
  const width = labelWidth + messageWidth;
  const title = escapeXml(look.title);
  const label = escapeXml(look.label);
  const message = escapeXml(look.message);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-label="${title}">` +
    `<title>${title}</title>` +
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>` +
    `<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>` +
    `<g clip-path="url(#r)"><rect width="${labelWidth}" height="20" fill="${labelColors.fill}"/><rect x="${labelWidth}" width="${messageWidth}" height="20" fill="${look.color}"/><rect width="${width}" height="20" fill="url(#s)"/></g>` +
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">` +
    (labelColors.shadow ? `<text x="${labelWidth / 2}" y="14" fill="#010101" fill-opacity=".3">${label}</text>` : '') +
    `<text x="${labelWidth / 2}" y="13" fill="${labelColors.text}">${label}</text>` +
    `<text x="${labelWidth + messageWidth / 2}" y="14" fill="#010101" fill-opacity=".3">${message}</text><text x="${labelWidth + messageWidth / 2}" y="13">${message}</text>` +
    `</g></svg>`
  );
}
