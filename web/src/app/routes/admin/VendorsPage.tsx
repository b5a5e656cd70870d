import { ListVendorsQuery, PLEDGE_STATES } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { CategorySelect } from '../../../features/vendors/index.ts';
import { PLEDGE_STATE_LABELS } from '../../../features/pledges/index.ts';
import { VendorsTable } from '../../../features/vendors/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useUrlFilters } from '../../../hooks/useUrlFilters.ts';


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
  const { query, update, pager } = useUrlFilters(ListVendorsQuery);
  const { q = '', category = '', state, sort = 'name' } = query;
  return (
    <div className="page">
      <h1>Vendors</h1>
      <div className="filters">
        <SearchBox key={q} initial={q} onSearch={(next) => update({ q: next })} />
        <FormField label="Category">
          {(control) => <CategorySelect control={control} value={category} emptyLabel="All categories" onChange={(next) => update({ category: next })} />}
        </FormField>
        <FormField label="Pledge state">
          {(control) => (
            <select {...control} value={state ?? ''} onChange={(e) => update({ state: e.target.value })}>
              <option value="">All states</option>
              {PLEDGE_STATES.map((s) => (
                <option key={s} value={s}>
                  {PLEDGE_STATE_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <VendorsTable
        query={{ q: q || undefined, category: category || undefined, state, sort, after: pager.after }}
        onSort={(next) => update({ sort: next === 'name' ? undefined : next })}
        pager={pager}
      />
    </div>
  );
}
