import { ComplaintListQuery, ListVendorsQuery } from '@cep/shared';
import { describe, expect, it } from 'vitest';
import { queryFromUrl, trailOf, withChanges } from '../url-filters.ts';

describe('queryFromUrl', () => {
  it('converts each parameter to its schema type', () => {
    const query = queryFromUrl(ComplaintListQuery, new URLSearchParams('state=forwarded&minAgeDays=7&limit=50&after=WyJvbGRlc3QiXQ&vendorId=7f1c8a2e-1111-4222-8333-944444444444'));
    expect(query).toEqual({ state: 'forwarded', minAgeDays: 7, limit: 50, after: 'WyJvbGRlc3QiXQ', vendorId: '7f1c8a2e-1111-4222-8333-944444444444' });
  });

  it('keeps only what the schema accepts', () => {
    const query = queryFromUrl(ComplaintListQuery, new URLSearchParams('state=unconfirmed&minAgeDays=-3&maxAgeDays=ninety&vendorId=acme&promise=ethics&extra=1'));
    // An unconfirmed complaint is never listed, days are 0 or more, a vendor is named by its id.
    expect(query).toEqual({ promise: 'ethics' });
  });

  it('ignores blank parameters and trims the rest', () => {
    expect(queryFromUrl(ListVendorsQuery, new URLSearchParams('q=%20acme%20&category=&sort=-createdAt'))).toEqual({ q: 'acme', sort: '-createdAt' });
  });
});

describe('withChanges', () => {
  it('goes back to the first page when a filter changes', () => {
    expect(withChanges(new URLSearchParams('state=active&after=WyJuZXh0Il0'), { state: 'lapsed' }).toString()).toBe('state=lapsed');
  });

  it('keeps the filters when only the page changes, and leaves the first page’s cursor out of the URL', () => {
    expect(withChanges(new URLSearchParams('state=active'), { after: 'abc' }).toString()).toBe('state=active&after=abc');
    expect(withChanges(new URLSearchParams('state=active&after=abc'), { after: undefined }).toString()).toBe('state=active');
  });

  it('removes a filter set to empty', () => {
    expect(withChanges(new URLSearchParams('q=acme&category=lms'), { q: '' }).toString()).toBe('category=lms');
  });
});

describe('trailOf', () => {
  it('reads the earlier pages’ cursors from a history entry, and nothing from anything else', () => {
    expect(trailOf({ cursorTrail: ['', 'abc'] })).toEqual(['', 'abc']);
    expect(trailOf(null)).toEqual([]);
    expect(trailOf({ cursorTrail: [1] })).toEqual([]);
    expect(trailOf('elsewhere')).toEqual([]);
  });
});
