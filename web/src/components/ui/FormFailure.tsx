import { hasErrors, type FieldErrorMap } from '../../lib/form-errors.ts';
import { Alert } from './Alert.tsx';
import { describeError } from './ErrorState.tsx';

type Words = { title: string; detail: string | undefined };

/**
 * A failed submission that names no field (a conflict, a lost connection): said once, above the
 * form. `words` lets a form say a failure its own way (a sign-in's 401), else the API's words.
 */
export function FormFailure({ failure, errors, words }: { failure: unknown; errors: FieldErrorMap; words?: (failure: unknown) => Words | null }) {
  if (!failure || hasErrors(errors)) return null;
  const { title, detail } = words?.(failure) ?? describeError(failure);
  return (
    <Alert tone="error" title={title}>
      {detail}
    </Alert>
  );
}
