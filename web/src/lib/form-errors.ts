import type { FieldError } from '@cep/shared';
import { isApiError } from './api-client.ts';

/** Field path (dotted, as the API names it) → the message to show next to that field. */
export type FieldErrorMap = Readonly<Record<string, string>>;

export const NO_ERRORS: FieldErrorMap = {};

/**
 * One message per field, the first one given. The words come from the shared message table
 * (`@cep/shared` messages.ts) whether the browser's validator or the API found the problem.
 */
export function toFieldErrorMap(errors: readonly FieldError[]): FieldErrorMap {
  const out: Record<string, string> = {};
  for (const error of errors) if (!(error.field in out)) out[error.field] = error.message;
  return out;
}

/** The field errors an API failure carried, or none. */
export function serverFieldErrors(error: unknown): FieldErrorMap {
  return isApiError(error) ? toFieldErrorMap(error.fieldErrors) : NO_ERRORS;
}

/** The message for `path` itself or, failing that, for anything inside it (`calendar.weekly.mon.0.1`). */
export function errorWithin(errors: FieldErrorMap, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const inner = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return inner ? errors[inner] : undefined;
}

export const hasErrors = (errors: FieldErrorMap): boolean => Object.keys(errors).length > 0;
