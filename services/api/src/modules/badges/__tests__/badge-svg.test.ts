import { isListedHost } from '@cep/shared';
import { badgeLook } from '../badge-look.ts';
import { renderBadge, textWidth } from '../badge-svg.ts';
import { renderSeal, sealFactsLine } from '../badge-seal.ts';
import { parseBadgePath, refererHost } from '../badge-front-door.ts';
import { badgeCacheControl } from '../badge-cache.ts';

describe('renderBadge', () => {
  it('is an accessible image whose name says who and what', () => {
    const svg = renderBadge(badgeLook('active', 'Acme Learning'));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="20"/);
    expect(svg).toContain('role="img" aria-label="Acme Learning: Customer Excellence Pledge — active"');
    expect(svg).toContain('<title>Acme Learning: Customer Excellence Pledge — active</title>');
  });

  it('escapes a vendor name that would break the markup', () => {
    const svg = renderBadge(badgeLook('lapsed', 'Tom & Jerry <script>"x"</script>'));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Tom &#38; Jerry &#60;script&#62;&#34;x&#34;&#60;/script&#62;');
  });

  it('grows with its text', () => {
    expect(textWidth('unverified site')).toBeGreaterThan(textWidth('active'));
    const wide = renderBadge(badgeLook('unverified', null));
    const narrow = renderBadge(badgeLook('active', null));
    const width = (svg: string) => Number(/width="(\d+)"/.exec(svg)?.[1]);
    expect(width(wide)).toBeGreaterThan(width(narrow));
  });
});

describe('the Referer check', () => {
  it('reads the host of a Referer, or nothing', () => {
    expect(refererHost('https://WWW.Acme.example:8443/page?x=1')).toBe('www.acme.example');
    expect(refererHost(undefined)).toBeNull();
    expect(refererHost('not a url')).toBeNull();
  });

  it('accepts a listed domain and its subdomains, not look-alikes', () => {
    const domains = ['acme.example'];
    expect(isListedHost('acme.example', domains)).toBe(true);
    expect(isListedHost('blog.acme.example', domains)).toBe(true);
    expect(isListedHost('notacme.example', domains)).toBe(false);
    expect(isListedHost('acme.example.evil.test', domains)).toBe(false);
  });
});

describe('badgeCacheControl', () => {
  it('makes browsers revalidate every view, and lets a CDN keep the badge only when told to', () => {
    expect(badgeCacheControl(undefined)).toBe('public, no-cache');
    expect(badgeCacheControl(30)).toBe('public, max-age=0, must-revalidate, s-maxage=30');
  });
});

describe('parseBadgePath', () => {
  it('reads the three badge paths and refuses anything else', () => {
    const plain = { style: 'flat', theme: 'light' };
    expect(parseBadgePath('/badge/acme.svg')).toEqual({ slug: 'acme', kind: 'svg', ...plain });
    expect(parseBadgePath('/badge/acme-learning.json')).toEqual({ slug: 'acme-learning', kind: 'json', ...plain });
    expect(parseBadgePath('/badge/acme/shields.json')).toEqual({ slug: 'acme', kind: 'shields', ...plain });
    expect(parseBadgePath('/badge/acme.svg?style=seal')).toEqual({ slug: 'acme', kind: 'svg', style: 'seal', theme: 'light' });
    expect(parseBadgePath('/badge/acme.svg?theme=dark&style=seal')).toEqual({ slug: 'acme', kind: 'svg', style: 'seal', theme: 'dark' });
    // Anything else is Fastify's to validate (or to ignore, like a cache-buster).
    for (const url of ['/badge/acme.svg?x=1', '/badge/acme.svg?style=huge', '/badge/acme.json?style=seal', '/badge/Acme.svg', '/badge/.svg', '/badge/a/b.svg', '/badges/acme.svg', '/badge/acme.png', '/badge/-acme.json']) {
      expect(parseBadgePath(url)).toBeNull();
    }
  });
});

describe('the badge looks', () => {
  const facts = { memberSince: '2025-02-01T10:00:00.000Z', lastCheckedPeriod: '2026-H1' };
  it('renders the seal with who, the state and what backs it, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const svg = renderSeal(badgeLook('active', 'Acme Learning'), 'Acme Learning', facts, theme);
      expect(svg).toMatch(/height="72"/);
      expect(svg).toContain('>Acme Learning<');
      expect(svg).toContain('>active<');
      expect(svg).toContain('>Member since Feb 2025 · checked 2026-H1<');
      expect(svg).toContain('aria-label="Acme Learning: Customer Excellence Pledge — active (Member since Feb 2025 · checked 2026-H1)"');
    }
    expect(renderSeal(badgeLook('active', 'A'), 'A', facts, 'dark')).toContain('fill="#0d1117"');
  });

  it('vouches for nothing without facts, and escapes and shortens the name', () => {
    const svg = renderSeal(badgeLook('unverified', 'Tom & Jerry <Learning> With A Very Long Company Name Indeed'), 'Tom & Jerry <Learning> With A Very Long Company Name Indeed', null, 'light');
    expect(svg).toContain('>unverified site<');
    expect(svg).not.toContain('Member since');
    expect(svg).toContain('>Tom &#38; Jerry &#60;Learning&#62; With A…<'); // 30 characters at most
    expect(sealFactsLine({ memberSince: facts.memberSince, lastCheckedPeriod: null })).toBe('Member since Feb 2025 · no period checked yet');
  });

  it('gives the small badge a light label on dark pages', () => {
    expect(renderBadge(badgeLook('active', null), 'dark')).toContain('fill="#e6edf3"');
    expect(renderBadge(badgeLook('active', null))).toContain('fill="#3d4450"');
  });
});
