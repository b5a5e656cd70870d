import { DESCRIPTION_MAX } from '@cep/shared';
import { FormField } from '../../../components/ui/FormField.tsx';

/**
 * "What happened", with a running count. The count is part of the hint the text area is described
 * by, so a screen reader reads it on focus instead of on every keystroke.
 */
export function DescriptionField({ value, error, onChange }: { value: string; error: string | undefined; onChange: (value: string) => void }) {
  return (
    <FormField
      label="What happened"
      hint={
        <>
          At least 20 characters: what happened, when, and whom you dealt with.{' '}
          <span data-testid="description-count">
            {value.length} / {DESCRIPTION_MAX} characters
          </span>
        </>
      }
      error={error}
      required
    >
      {(control) => <textarea {...control} rows={8} maxLength={DESCRIPTION_MAX} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}
