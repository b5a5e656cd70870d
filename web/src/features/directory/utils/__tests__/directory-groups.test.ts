import { describe, expect, it } from 'vitest';
import { groupByCategory } from '../directory-groups.ts';

describe('groupByCategory', () => {
  it('puts consecutive vendors of one category under one heading, in the order given', () => {
    const items = [
      { name: 'A', category: 'lms' },
      { name: 'B', category: 'lms' },
      { name: 'C', category: 'lxp' },
    ];
    expect(groupByCategory(items)).toEqual([
      { category: 'lms', items: [items[0], items[1]] },
      { category: 'lxp', items: [items[2]] },
    ]);
    expect(groupByCategory([])).toEqual([]);
  });
});
