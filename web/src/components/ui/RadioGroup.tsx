import { useId } from 'react';

/**
 * A labelled set of radio buttons: one choice among a few, each with its own label. `inline` puts
 * them on one line after the legend; `list` stacks longer choices. An error is read out with the
 * group and shown below it.
 */
export function RadioGroup<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  error,
  errorLabel,
  layout = 'inline',
}: {
  legend: string;
  name: string;
  options: readonly (readonly [value: T, label: string])[];
  value: T | '';
  onChange: (value: T) => void;
  error?: string | undefined;
  /** How the error names the group when the legend is a question ("Your answer must be chosen"). */
  errorLabel?: string;
  layout?: 'inline' | 'list';
}) {
  const errorId = useId();
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <fieldset className={layout === 'list' ? 'choice-list' : 'radio-group'} aria-describedby={error ? errorId : undefined}>
        <legend>{legend}</legend>
        {options.map(([option, label]) => (
          <label key={option} className="radio">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            {label}
          </label>
        ))}
      </fieldset>
      {error ? (
        <p id={errorId} className="field-error">
          {errorLabel ?? legend} {error}
        </p>
      ) : null}
    </div>
  );
}
