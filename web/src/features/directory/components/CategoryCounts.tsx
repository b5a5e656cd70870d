import type { DirectoryCategoriesQuery } from '@cep/shared';
import { useDirectoryCategories } from '../hooks/useDirectory.ts';

/** Each category with how many vendors of the directory it holds; choosing one filters the list. */
export function CategoryCounts({ query, current, onPick }: { query: DirectoryCategoriesQuery; current: string; onPick: (category: string) => void }) {
  const counts = useDirectoryCategories(query);
  if (!counts.data || counts.data.items.length === 0) return null;
  const { items, total } = counts.data;
  return (
    <nav aria-label="Categories" className="category-counts">
      <ul>
        <li>
          <button type="button" className="chip" aria-pressed={current === ''} onClick={() => onPick('')}>
            All <span className="chip-count">{total}</span>
          </button>
        </li>
        {items.map((category) => (
          <li key={category.slug}>
            <button type="button" className="chip" aria-pressed={current === category.slug} onClick={() => onPick(category.slug)}>
              {category.name} <span className="chip-count">{category.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
