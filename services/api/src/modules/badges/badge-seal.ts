/**
 * The larger "seal": who, the live state, and what backs it (member since, last period checked),
 * in a light and a dark theme. Pure, like the small badge: rendered once per change and cached.
 */
import type { BadgeTheme } from '@cep/shared';
import { type BadgeLook, escapeXml, textWidth } from './badge-svg.ts';

export interface SealFacts {
  /** First activation, ISO instant; null when not a member. */
  memberSince: string | null;
  lastCheckedPeriod: string | null;
}

const PALETTES: Record<BadgeTheme, { background: string; border: string; text: string; muted: string }> = {
  // Both palettes keep body text at 4.5:1 or better against their background.
  light: { background: '#ffffff', border: '#d0d7de', text: '#1f2328', muted: '#57606a' },
  dark: { background: '#0d1117', border: '#3d444d', text: '#e6edf3', muted: '#9198a1' },
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `2026-02-01T10:00:00Z` → `Feb 2026` (the UTC month, like every date the registry shows). */
export function monthOf(iso: string): string {
  const date = new Date(iso);
  return `${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

const MAX_NAME = 30;
const shorten = (text: string): string => (text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text);

/** The facts line; nothing is vouched for on a page where the badge is not genuine, or for a non-member. */
export function sealFactsLine(facts: SealFacts | null): string {
  if (!facts?.memberSince) return '';
  return [`Member since ${monthOf(facts.memberSince)}`, facts.lastCheckedPeriod ? `checked ${facts.lastCheckedPeriod}` : 'no period checked yet'].join(' · ');
}

export function renderSeal(look: BadgeLook, vendorName: string | null, facts: SealFacts | null, theme: BadgeTheme): string {
  const palette = PALETTES[theme];
  const name = escapeXml(shorten(vendorName ?? 'Unknown vendor'));
  const factsLine = sealFactsLine(facts);
  const pillWidth = textWidth(look.message) + 16;
  const width = Math.max(200, 24 + textWidth(shorten(vendorName ?? 'Unknown vendor')) * 1.25, 24 + pillWidth + 8 + textWidth(factsLine) * 0.9);
  const w = Math.ceil(width);
  const title = escapeXml(`${look.title}${factsLine ? ` (${factsLine})` : ''}`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="72" viewBox="0 0 ${w} 72" role="img" aria-label="${title}">` +
    `<title>${title}</title>` +
    `<rect x="1" y="1" width="${w - 2}" height="70" rx="8" fill="${palette.background}" stroke="${palette.border}" stroke-width="2"/>` +
    `<rect x="1" y="1" width="6" height="70" rx="3" fill="${look.color}"/>` +
    `<g font-family="Verdana,Geneva,DejaVu Sans,sans-serif">` +
    `<text x="16" y="19" font-size="10" letter-spacing=".5" fill="${palette.muted}">${escapeXml(look.label.toUpperCase())}</text>` +
    `<text x="16" y="38" font-size="14" font-weight="bold" fill="${palette.text}">${name}</text>` +
    `<rect x="16" y="46" width="${pillWidth}" height="18" rx="9" fill="${look.color}"/>` +
    `<text x="${16 + pillWidth / 2}" y="59" font-size="11" text-anchor="middle" fill="#fff">${escapeXml(look.message)}</text>` +
    (factsLine ? `<text x="${16 + pillWidth + 8}" y="59" font-size="10" fill="${palette.muted}">${escapeXml(factsLine)}</text>` : '') +
    `</g></svg>`
  );
}
