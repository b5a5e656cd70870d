import { describe, expect, it } from 'vitest';
import { directoryFiltersOf } from '../directory-query.ts';

describe('directoryFiltersOf', () => {
  it('reads the search, category, state and page from the URL', () => {
    const { filters, query } = directoryFiltersOf(new URLSearchParams('q=acme&category=lms&state=lapsed&page=3'));
    expect(filters).toEqual({ q: 'acme', category: 'lms', state: 'lapsed' });
    expect(query).toEqual({ q: 'acme', category: 'lms', state: 'lapsed', page: 3 });
  });

  it('shows the first page of everything for an empty URL', () => {
    const { filters, query } = directoryFiltersOf(new URLSearchParams(''));
    expect(filters).toEqual({ q: '', category: '', state: '' });
    expect(JSON.parse(JSON.stringify(query))).toEqual({ page: 1 });
  });

  it('drops what the API would refuse instead of showing an error', () => {
    // Only members are listed, so a revoked state is no filter; page 0 and a category with spaces are not valid either.
    const { filters, query } = directoryFiltersOf(new URLSearchParams('state=revoked&page=0&category=Not%20a%20slug'));
    expect(filters).toEqual({ q: '', category: '', state: '' });
    expect(query.page).toBe(1);
    expect(query.state).toBeUndefined();
  });
});
