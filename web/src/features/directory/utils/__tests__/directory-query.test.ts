import { describe, expect, it } from 'vitest';
import { directoryFiltersOf } from '../directory-query.ts';

describe('directoryFiltersOf', () => {
  it('reads the search, category, state, order and page cursor from the URL', () => {
    const { filters, query } = directoryFiltersOf(new URLSearchParams('q=acme&category=lms&state=lapsed&sort=category&after=WyJuYW1lIl0'));
    expect(filters).toEqual({ q: 'acme', category: 'lms', state: 'lapsed', sort: 'category' });
    expect(query).toEqual({ q: 'acme', category: 'lms', state: 'lapsed', sort: 'category', after: 'WyJuYW1lIl0' });
  });

  it('shows the first page of everything for an empty URL', () => {
    const { filters, query } = directoryFiltersOf(new URLSearchParams(''));
    expect(filters).toEqual({ q: '', category: '', state: '', sort: '' });
    expect(JSON.parse(JSON.stringify(query))).toEqual({});
  });

  it('drops what the API would refuse instead of showing an error', () => {
    // Only members are listed, so a revoked state is no filter; a cursor with spaces and a category with spaces are not valid either.
    const { filters, query } = directoryFiltersOf(new URLSearchParams('state=revoked&after=not%20a%20cursor&category=Not%20a%20slug&sort=popular'));
    expect(filters).toEqual({ q: '', category: '', state: '', sort: '' });
    expect(query.after).toBeUndefined();
    expect(query.state).toBeUndefined();
  });
});
