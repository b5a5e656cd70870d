import { describe, expect, it } from 'vitest';
import { badgeAlt, htmlSnippet, lookQuery, scriptSnippet, SNIPPET_ALT } from '../embed-snippets.ts';

const ORIGIN = 'https://registry.example';

describe('the snippet builder', () => {
  it('adds nothing to the badge address for the default look, so old snippets stay valid', () => {
    expect(lookQuery({ style: 'flat', theme: 'light' })).toBe('');
    expect(lookQuery({ style: 'seal', theme: 'dark' })).toBe('?style=seal&theme=dark');
    expect(lookQuery({ style: 'flat', theme: 'dark' })).toBe('?theme=dark');
  });

  it('links the HTML badge to the verification page, with a stateless alt and the look’s height', () => {
    expect(htmlSnippet(ORIGIN, 'acme')).toBe(`<a href="${ORIGIN}/verify/acme"><img src="${ORIGIN}/badge/acme.svg" alt="${SNIPPET_ALT}" height="20"></a>`);
    // The ampersand between two parameters is escaped inside the attribute.
    expect(htmlSnippet(ORIGIN, 'acme', { style: 'seal', theme: 'dark' })).toContain(`src="${ORIGIN}/badge/acme.svg?style=seal&amp;theme=dark" alt="${SNIPPET_ALT}" height="72"`);
  });

  it('passes the look to the script as data attributes, and only when it is not the default', () => {
    expect(scriptSnippet(ORIGIN, 'acme')).toBe(`<span data-cep-badge="acme"></span><script async src="${ORIGIN}/embed.js"></script>`);
    expect(scriptSnippet(ORIGIN, 'acme', { style: 'seal', theme: 'light' })).toBe(
      `<span data-cep-badge="acme" data-cep-style="seal"></span><script async src="${ORIGIN}/embed.js"></script>`,
    );
  });

  it('words the live badge’s alt text from its state', () => {
    expect(badgeAlt('suspended')).toBe('Customer Excellence Pledge: suspended');
    expect(badgeAlt('not_member')).toBe('Customer Excellence Pledge: not a member');
  });
});
