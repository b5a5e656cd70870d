import { mayInviteVendor, vendorDomainOf } from '../join-requests.ts';

describe('join requests', () => {
  it('knows a vendor by its site’s host without www', () => {
    expect(vendorDomainOf('https://www.Acme.example/pricing')).toBe('acme.example');
    expect(vendorDomainOf('http://learn.acme.example')).toBe('learn.acme.example');
    expect(vendorDomainOf('not a url at all')).toBeNull();
  });

  it('writes to a vendor at most once in 30 days', () => {
    const now = new Date('2026-12-05T10:00:00Z');
    expect(mayInviteVendor(null, now)).toBe(true);
    expect(mayInviteVendor(new Date('2026-11-06T10:00:01Z'), now)).toBe(false);
    expect(mayInviteVendor(new Date('2026-11-05T10:00:00Z'), now)).toBe(true);
  });
});
