import { COMPLAINT_PROMISES, CONFIRMED_STATES } from '@cep/shared';
import { FormField } from '../../../components/ui/FormField.tsx';
import { COMPLAINT_STATE_LABELS, PROMISE_LABELS } from '../utils/complaint-labels.ts';
import { VendorSelect } from './VendorSelect.tsx';

// A type, not an interface: it must fit the URL filters' `Record<string, …>` of changes.
export type ComplaintFilterValues = {
  state: string;
  vendorId: string;
  promise: string;
  minAgeDays: string;
  maxAgeDays: string;
};

/** The admin queue's filters; each change goes to the URL (and back to page 1). */
export function ComplaintFilters({ values, onChange }: { values: ComplaintFilterValues; onChange: (changes: Partial<ComplaintFilterValues>) => void }) {
  return (
    <div className="filters" role="group" aria-label="Filters">
      <FormField label="State">
        {(control) => (
          <select {...control} value={values.state} onChange={(e) => onChange({ state: e.target.value })}>
            <option value="">All states</option>
            {CONFIRMED_STATES.map((s) => (
              <option key={s} value={s}>
                {COMPLAINT_STATE_LABELS[s]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Vendor">{(control) => <VendorSelect control={control} value={values.vendorId} onChange={(vendorId) => onChange({ vendorId })} />}</FormField>
      <FormField label="Promise">
        {(control) => (
          <select {...control} value={values.promise} onChange={(e) => onChange({ promise: e.target.value })}>
            <option value="">All promises</option>
            {COMPLAINT_PROMISES.map((p) => (
              <option key={p} value={p}>
                {PROMISE_LABELS[p]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Older than (days)" className="field-narrow">
        {(control) => <input {...control} type="number" min={0} max={3650} inputMode="numeric" value={values.minAgeDays} onChange={(e) => onChange({ minAgeDays: e.target.value })} />}
      </FormField>
      <FormField label="Newer than (days)" className="field-narrow">
        {(control) => <input {...control} type="number" min={0} max={3650} inputMode="numeric" value={values.maxAgeDays} onChange={(e) => onChange({ maxAgeDays: e.target.value })} />}
      </FormField>
    </div>
  );
}
