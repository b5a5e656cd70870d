import { useEffect, useRef } from 'react';
import { type FieldErrorMap, hasErrors } from '../../lib/form-errors.ts';

/**
 * The list of problems at the top of a form. It takes focus when it appears, so a keyboard or
 * screen-reader user hears what to fix; each problem is also shown next to its field.
 */
export function FormErrorSummary({ errors, describeField }: { errors: FieldErrorMap; describeField: (field: string) => string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (hasErrors(errors)) ref.current?.focus();
  }, [errors]);
  if (!hasErrors(errors)) return null;
  const entries = Object.entries(errors);
  return (
    <div ref={ref} className="alert alert-error error-summary" role="alert" tabIndex={-1}>
      <p className="alert-title">{entries.length === 1 ? 'One thing needs fixing' : `${entries.length} things need fixing`}</p>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            {describeField(field)}: {message}
          </li>
        ))}
      </ul>
    </div>
  );
}
