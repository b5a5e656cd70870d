import { hostOf, isListedHost, siteVerdict } from '../badge-sites.ts';

describe('isListedHost', () => {
  it('covers a listed domain and its subdomains, not look-alikes', () => {
    const domains = ['acme.example'];
    expect(isListedHost('acme.example', domains)).toBe(true);
    expect(isListedHost('www.acme.example', domains)).toBe(true);
    expect(isListedHost('notacme.example', domains)).toBe(false);
    expect(isListedHost('acme.example.evil.test', domains)).toBe(false);
    expect(isListedHost('acme.example', [])).toBe(false);
  });
});

describe('hostOf', () => {
  it('reads URLs and bare hosts, lower case, and nothing from nonsense', () => {
    expect(hostOf('https://WWW.Acme.example:8443/page?x=1')).toBe('www.acme.example');
    expect(hostOf('acme.example')).toBe('acme.example');
    expect(hostOf('')).toBeNull();
    expect(hostOf(null)).toBeNull();
    expect(hostOf('http://')).toBeNull();
  });
});

describe('siteVerdict', () => {
  const domains = ['acme-learning.example'];
  it('says where the visitor came from, and whether the badge belongs there', () => {
    expect(siteVerdict('https://www.acme-learning.example/about', 'registry.example', domains)).toEqual({ kind: 'listed', host: 'www.acme-learning.example' });
    expect(siteVerdict('copycat.example', 'registry.example', domains)).toEqual({ kind: 'unlisted', host: 'copycat.example' });
  });
  it('says nothing without a referring site or from the registry itself', () => {
    expect(siteVerdict('', 'registry.example', domains)).toEqual({ kind: 'unknown' });
    expect(siteVerdict(undefined, 'registry.example', domains)).toEqual({ kind: 'unknown' });
    expect(siteVerdict('https://registry.example/directory', 'registry.example', domains)).toEqual({ kind: 'unknown' });
  });
});
