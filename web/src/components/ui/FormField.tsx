import { type ReactNode, useId } from 'react';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
}

/** "Web site" + "must be a web address…" → "Web site must be a web address…". */
export function fieldMessage(label: ReactNode, message: string): string {
  if (typeof label === 'string') return `${label} ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

export interface FormFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** Marks the field "(optional)" for the eye, where most fields around it are required. */
  optional?: boolean;
  /** How the error names the field when `label` is not plain text. */
  errorLabel?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/**
 * A label, an optional hint, the control and its error, wired together: the control is described by
 * the hint and the error, so a screen reader reads the error when the field gets focus.
 */
export function FormField({ label, hint, error, required = false, optional = false, errorLabel, className, children }: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {/* The control says "required" to assistive technology (the attribute); this is for the eye. */}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            (required)
          </span>
        ) : null}
        {optional ? <span className="required-mark">(optional)</span> : null}
      </div>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(required ? { required: true } : {}),
      })}
      {error ? (
        <p id={errorId} className="field-error">
          {fieldMessage(errorLabel ?? label, error)}
        </p>
      ) : null}
    </div>
  );
}
