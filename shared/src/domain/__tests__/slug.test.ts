import { siteDomain, slugify } from '../slug.ts';

describe('slugify', () => {
  it.each([
    ['Acme Learning, Inc.', 'acme-learning-inc'],
    ['Études & Co', 'etudes-and-co'],
    ['  --LXP__Hub--  ', 'lxp-hub'],
    ['!!!', ''],
  ])('%p → %p', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('never exceeds 64 characters nor ends with a hyphen', () => {
    const slug = slugify(`${'a'.repeat(63)} b`);
    expect(slug.length).toBeLessThanOrEqual(64);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('siteDomain', () => {
  it('drops the scheme, path and www.', () => {
    expect(siteDomain('https://www.Acme.example/support')).toBe('acme.example');
  });
  it('returns null for something that is not a URL', () => {
    expect(siteDomain('not a url')).toBeNull();
  });
});
