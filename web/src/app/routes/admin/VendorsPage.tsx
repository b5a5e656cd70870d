import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { CategorySelect } from '../../../features/directory/components/CategorySelect.tsx';
import { VendorsTable } from '../../../features/vendors/components/VendorsTable.tsx';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useUrlFilters } from '../../../hooks/useUrlFilters.ts';
import { VendorSort } from '@cep/shared';

type Sort = (typeof VendorSort)[number];

function SearchBox({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const [q, setQ] = useState(initial);
  return (
    <form
      role="search"
      aria-label="Search vendors"
      className="filters-grow inline-add"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        onSearch(q.trim());
      }}
    >
      <FormField label="Search by name or slug" className="filters-grow">
        {(control) => <input {...control} type="search" value={q} onChange={(e) => setQ(e.target.value)} />}
      </FormField>
      <Button type="submit">Search</Button>
    </form>
  );
}

export function VendorsPage() {
  usePageTitle('Vendors');
  const { get, page, update } = useUrlFilters();
  const q = get('q');
  const category = get('category');
  const rawSort = get('sort');
  const sort: Sort = (VendorSort as readonly string[]).includes(rawSort) ? (rawSort as Sort) : 'name';
  return (
    <div className="page">
      <h1>Vendors</h1>
      <div className="filters">
        <SearchBox key={q} initial={q} onSearch={(next) => update({ q: next })} />
        <FormField label="Category">
          {(control) => <CategorySelect control={control} value={category} emptyLabel="All categories" onChange={(next) => update({ category: next })} />}
        </FormField>
      </div>
      <VendorsTable
        query={{ q: q || undefined, category: category || undefined, sort, page }}
        onSort={(next) => update({ sort: next === 'name' ? undefined : next })}
        onPageChange={(p) => update({ page: p })}
      />
    </div>
  );
}
