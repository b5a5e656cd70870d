import type { ControlProps } from '../../../components/ui/FormField.tsx';
import { useCategories } from '../hooks/useCategories.ts';

/** The category list from the API; `emptyLabel` adds a first "any"/"choose" option. */
export function CategorySelect({ control, value, onChange, emptyLabel }: { control: ControlProps; value: string; onChange: (slug: string) => void; emptyLabel?: string }) {
  const categories = useCategories();
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)} disabled={categories.isPending} aria-busy={categories.isPending || undefined}>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {categories.data?.map((c) => (
        <option key={c.slug} value={c.slug}>
          {c.name}
        </option>
      ))}
      {/* A value the list does not know (yet) still shows, rather than silently becoming another. */}
      {value && categories.data && !categories.data.some((c) => c.slug === value) ? <option value={value}>{value}</option> : null}
    </select>
  );
}
