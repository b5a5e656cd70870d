import type { FieldError } from '@cep/shared';
import { isApiError } from './api-client.ts';

/** Field path (dotted, as the API names it) → the message to show next to that field. */
export type FieldErrorMap = Readonly<Record<string, string>>;

export const NO_ERRORS: FieldErrorMap = {};

const PATTERN_MESSAGES: [RegExp, string][] = [
  [/\^https\?:/, 'must be a web address starting with http:// or https://'],
  [/\[01\]\\d\|2\[0-3\]/, 'must be a time such as 09:00 (24:00 closes at midnight)'],
  [/\(\?=\.\{1,253\}\$\)/, 'must be a host name such as example.com (no https:// and no path)'],
  [/\[\+0-9 \(\)\.\/-\]/, 'may contain digits, spaces and + ( ) . / - only'],
  [/\^\[a-z0-9\]\(\?:\[a-z0-9-\]/, 'may contain only lower-case letters, digits and inner hyphens'],
];

/** Turns validator wording ("must match format \"email\"") into words a person reads easily. */
export function humanizeMessage(message: string): string {
  const format = /^must match format "([^"]+)"$/.exec(message);
  if (format) {
    switch (format[1]) {
      case 'email':
        return 'must be a valid e-mail address';
      case 'uri':
        return 'must be a web address starting with http:// or https://';
      case 'date':
        return 'must be a date such as 2026-12-24';
      default:
        return `must be a valid ${format[1]}`;
    }
  }
  if (message.startsWith('must match pattern')) {
    for (const [probe, text] of PATTERN_MESSAGES) if (probe.test(message)) return text;
    return 'has the wrong format';
  }
  const fewer = /^must not have fewer than (\d+) characters$/i.exec(message);
  if (fewer) return fewer[1] === '1' ? 'is required' : `must be at least ${fewer[1]} characters`;
  const more = /^must not have more than (\d+) characters$/i.exec(message);
  if (more) return `must be at most ${more[1]} characters`;
  if (message === 'must be integer') return 'must be a whole number';
  if (/^must (not )?have (unique|duplicate) items/i.test(message)) return 'lists the same entry twice';
  const minimum = /^must be >= (\d+)$/.exec(message);
  if (minimum) return `must be at least ${minimum[1]}`;
  return message;
}

/** Union wrappers ("must be null", "anyOf") only add noise when a member field is already named. */
const WRAPPER_MESSAGES = new Set(['must be null', 'must match a schema in anyOf', 'must match anyOf schema']);

/** One message per field, the first one the validator gave, in words. */
export function toFieldErrorMap(errors: readonly FieldError[]): FieldErrorMap {
  const out: Record<string, string> = {};
  for (const error of errors) {
    const field = error.field;
    if (WRAPPER_MESSAGES.has(error.message)) {
      const hasInner = errors.some((e) => e.field.startsWith(`${field}.`));
      if (hasInner) continue;
    }
    if (!(field in out)) out[field] = WRAPPER_MESSAGES.has(error.message) ? 'is not valid' : humanizeMessage(error.message);
  }
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
