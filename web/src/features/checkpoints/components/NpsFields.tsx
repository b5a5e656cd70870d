import { SAMPLE_METHODS, type SampleMethod } from '@cep/shared';
import { FormField } from '../../../components/ui/FormField.tsx';
import type { FieldErrorMap } from '../../../lib/form-errors.ts';
import { NPS_COUNTS, type NpsFormState } from '../utils/checkpoint-form.ts';
import { NPS_COUNT_LABELS, SAMPLE_METHOD_LABELS } from '../utils/checkpoint-labels.ts';
import { NumberField } from './NumberField.tsx';

const COUNT_HINTS: Partial<Record<(typeof NPS_COUNTS)[number], string>> = {
  population: 'Customers who could have been surveyed',
  responses: 'Promoters + passives + detractors',
};

export interface NpsFieldsProps {
  runsNps: boolean;
  nps: NpsFormState;
  errors: FieldErrorMap;
  onChange: (change: { runsNps?: boolean; nps?: NpsFormState }) => void;
}

/** Optional: the survey's sample and answers, how the sample was chosen and how detractors are followed up. */
export function NpsFields({ runsNps, nps, errors, onChange }: NpsFieldsProps) {
  const set = (change: Partial<NpsFormState>) => onChange({ nps: { ...nps, ...change } });
  return (
    <fieldset className="section">
      <legend>NPS</legend>
      <label className="checkbox">
        <input type="checkbox" checked={runsNps} onChange={(e) => onChange({ runsNps: e.target.checked })} />
        We run an NPS survey
      </label>
      {errors.nps ? <p className="field-error">NPS {errors.nps}</p> : null}
      {runsNps ? (
        <>
          <div className="grid-3">
            {NPS_COUNTS.map((field) => (
              <NumberField key={field} label={NPS_COUNT_LABELS[field]} hint={COUNT_HINTS[field]} error={errors[`nps.${field}`]} value={nps[field]} onChange={(value) => set({ [field]: value })} />
            ))}
          </div>
          <FormField label="How the sample was chosen" error={errors['nps.sampleMethod']}>
            {(control) => (
              <select {...control} value={nps.sampleMethod} onChange={(e) => set({ sampleMethod: e.target.value as SampleMethod | '' })}>
                <option value="">Choose…</option>
                {SAMPLE_METHODS.map((method) => (
                  <option key={method} value={method}>
                    {SAMPLE_METHOD_LABELS[method]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            label="Description of the sample"
            optional={nps.sampleMethod !== 'other'}
            hint={nps.sampleMethod === 'other' ? 'Required when the sample was chosen another way: who was asked, and why them.' : 'For example: which customers, and when they were asked.'}
            error={errors['nps.sampleDescription']}
          >
            {(control) => <textarea {...control} rows={2} maxLength={2000} value={nps.sampleDescription} onChange={(e) => set({ sampleDescription: e.target.value })} />}
          </FormField>
          <FormField label="How detractors are followed up" error={errors['nps.detractorFollowUp']}>
            {(control) => <textarea {...control} rows={2} maxLength={2000} value={nps.detractorFollowUp} onChange={(e) => set({ detractorFollowUp: e.target.value })} />}
          </FormField>
        </>
      ) : (
        <p className="field-hint">NPS is optional. Tick the box if you survey your customers.</p>
      )}
    </fieldset>
  );
}
