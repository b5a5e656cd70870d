import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { CategorySelect } from './CategorySelect.tsx';

export interface DirectoryFilters {
  q: string;
  category: string;
}

/** Search text applies on submit; the category applies as soon as it is picked. */
export function DirectorySearch({ filters, onChange }: { filters: DirectoryFilters; onChange: (filters: DirectoryFilters) => void }) {
  const [q, setQ] = useState(filters.q);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange({ ...filters, q: q.trim() });
  }
  return (
    <form className="filters" role="search" aria-label="Search the directory" onSubmit={onSubmit}>
      <FormField label="Search vendors" className="filters-grow">
        {(control) => <input {...control} type="search" value={q} placeholder="Name or description" onChange={(e) => setQ(e.target.value)} />}
      </FormField>
      <FormField label="Category">
        {(control) => <CategorySelect control={control} value={filters.category} emptyLabel="All categories" onChange={(category) => onChange({ q: q.trim(), category })} />}
      </FormField>
      <div className="filters-actions">
        <Button type="submit">Search</Button>
      </div>
    </form>
  );
}
