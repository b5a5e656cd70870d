import { COMPLAINT_PROMISES, type ComplaintPromise } from '@cep/shared';
import { PROMISE_LABELS } from '../utils/complaint-labels.ts';

const ERROR_ID = 'complaint-promise-error';

/** One of the agreement's four promises, or something else: a radio group, so every choice is in view. */
export function PromiseChoice({ value, error, onChange }: { value: ComplaintPromise | ''; error: string | undefined; onChange: (value: ComplaintPromise) => void }) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <fieldset className="choice-list" aria-describedby={error ? ERROR_ID : undefined}>
        <legend>
          Which promise does it concern?{' '}
          {/* For the eye; the radios say "required" to assistive technology. */}
          <span className="required-mark" aria-hidden="true">
            (required)
          </span>
        </legend>
        {COMPLAINT_PROMISES.map((promise) => (
          <label key={promise} className="radio">
            <input type="radio" name="complaint-promise" value={promise} checked={value === promise} required onChange={() => onChange(promise)} />
            {PROMISE_LABELS[promise]}
          </label>
        ))}
      </fieldset>
      {error ? (
        <p id={ERROR_ID} className="field-error">
          Choose the promise it concerns.
        </p>
      ) : null}
    </div>
  );
}
