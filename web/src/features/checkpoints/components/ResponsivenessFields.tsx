import type { TicketUploadPanelProps } from './TicketUploadPanel.tsx';
import { errorWithin, type FieldErrorMap } from '../../../lib/form-errors.ts';
import type { CheckpointFormState, ResponsivenessSource } from '../utils/checkpoint-form.ts';
import { NumberField } from './NumberField.tsx';
import { TicketUploadPanel } from './TicketUploadPanel.tsx';

type Values = Pick<CheckpointFormState, 'source' | 'medianBusinessMinutes' | 'p90BusinessMinutes' | 'sharePercent' | 'followUpPercent'>;

const SOURCES: [ResponsivenessSource, string][] = [
  ['aggregates', 'Enter aggregates'],
  ['tickets', 'Compute from a ticket export'],
];

export interface ResponsivenessFieldsProps {
  values: Values;
  targetMinutes: number;
  errors: FieldErrorMap;
  onChange: (change: Partial<Values>) => void;
  upload: Omit<TicketUploadPanelProps, 'error'>;
}

/** First-response times entered by hand or computed from an export, and the daily follow-ups. */
export function ResponsivenessFields({ values, targetMinutes, errors, onChange, upload }: ResponsivenessFieldsProps) {
  return (
    <fieldset className="section">
      <legend>Responsiveness</legend>
      <fieldset className="radio-group">
        <legend>First-response times</legend>
        {SOURCES.map(([source, label]) => (
          <label key={source} className="radio">
            <input type="radio" name="responsiveness-source" value={source} checked={values.source === source} onChange={() => onChange({ source })} />
            {label}
          </label>
        ))}
      </fieldset>
      {values.source === 'aggregates' ? (
        <div className="grid-3">
          <NumberField
            kind="decimal"
            label="Median first response (business minutes)"
            error={errors['responsiveness.medianBusinessMinutes']}
            value={values.medianBusinessMinutes}
            onChange={(medianBusinessMinutes) => onChange({ medianBusinessMinutes })}
          />
          <NumberField
            kind="decimal"
            label="90th percentile (business minutes)"
            error={errors['responsiveness.p90BusinessMinutes']}
            value={values.p90BusinessMinutes}
            onChange={(p90BusinessMinutes) => onChange({ p90BusinessMinutes })}
          />
          <NumberField
            kind="percent"
            label={`Share answered within ${targetMinutes} business minutes (%)`}
            hint="A percentage, e.g. 96.5"
            error={errors['responsiveness.shareWithinTarget']}
            value={values.sharePercent}
            onChange={(sharePercent) => onChange({ sharePercent })}
          />
        </div>
      ) : (
        <TicketUploadPanel {...upload} error={errorWithin(errors, 'responsiveness.tickets')} />
      )}
      {errors.responsiveness ? <p className="field-error">Responsiveness {errors.responsiveness}</p> : null}
      <NumberField
        kind="percent"
        className="field-narrow"
        label="Share of open tickets with a daily follow-up (%)"
        hint="Of the tickets that stayed open overnight, the share that got a follow-up every business day. Applies however the response times are reported."
        error={errors.followUpShare}
        value={values.followUpPercent}
        onChange={(followUpPercent) => onChange({ followUpPercent })}
      />
    </fieldset>
  );
}
