import { type ReactNode, useId } from 'react';
import { fieldMessage } from './FormField.tsx';

/**
 * A set of checkboxes choosing some of `options` (scopes, event types), with one error for the set
 * read out with the group.
 */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  chosen,
  onChange,
  describe,
  error,
}: {
  legend: string;
  options: readonly T[];
  chosen: readonly T[];
  onChange: (next: T[]) => void;
  describe: (option: T) => ReactNode;
  error?: string | undefined;
}) {
  const errorId = useId();
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="checkbox">
          <input type="checkbox" checked={chosen.includes(option)} onChange={(e) => onChange(e.target.checked ? [...chosen, option] : chosen.filter((c) => c !== option))} />
          <span>
            <code>{option}</code> — {describe(option)}
          </span>
        </label>
      ))}
      {error ? (
        <p id={errorId} className="field-error">
          {fieldMessage(legend, error)}
        </p>
      ) : null}
    </fieldset>
  );
}
