import type { ReactNode } from 'react';
import { FormField } from '../../../components/ui/FormField.tsx';

type Kind = 'count' | 'decimal' | 'percent';

const STEP: Record<Kind, string> = { count: '1', decimal: 'any', percent: 'any' };

export interface NumberFieldProps {
  label: ReactNode;
  /** How the error names the field when `label` is not plain text. */
  errorLabel?: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  kind?: Kind;
  className?: string;
}

/** A labelled number input: whole counts, decimals, or a percentage from 0 to 100. */
export function NumberField({ label, errorLabel, hint, error, value, onChange, kind = 'count', className }: NumberFieldProps) {
  return (
    <FormField label={label} errorLabel={errorLabel} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          type="number"
          min={0}
          max={kind === 'percent' ? 100 : undefined}
          step={STEP[kind]}
          inputMode={kind === 'count' ? 'numeric' : 'decimal'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}
