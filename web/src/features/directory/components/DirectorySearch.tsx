import { DIRECTORY_STATES } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { BADGE_STATUS_LABELS } from '../../badges/index.ts';
import { CategorySelect } from '../../vendors/index.ts';

export interface DirectoryFilters {
  q: string;
  category: string;
  /** '' for every state, else one of DIRECTORY_STATES. */
  state: string;
  /** '' for by name, else category or newest. */
  sort: string;
}

const SORTS: [string, string][] = [
  ['', 'Name'],
  ['category', 'Category, then name'],
  ['newest', 'Newest in the registry'],
];

/** Search text applies on submit; the category and the state apply as soon as they are picked. */
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
        {(control) => (
          <CategorySelect control={control} value={filters.category} emptyLabel="All categories" onChange={(category) => onChange({ ...filters, q: q.trim(), category })} />
        )}
      </FormField>
      <FormField label="State">
        {(control) => (
          <select {...control} value={filters.state} onChange={(e) => onChange({ ...filters, q: q.trim(), state: e.target.value })}>
            <option value="">All states</option>
            {DIRECTORY_STATES.map((state) => (
              <option key={state} value={state}>
                {BADGE_STATUS_LABELS[state]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Sort by">
        {(control) => (
          <select {...control} value={filters.sort} onChange={(e) => onChange({ ...filters, q: q.trim(), sort: e.target.value })}>
            {SORTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="filters-actions">
        <Button type="submit">Search</Button>
      </div>
    </form>
  );
}
