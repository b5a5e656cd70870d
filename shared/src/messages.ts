/**
 * Validation messages: one table keyed by JSON Schema keyword. The API's problem answers (Ajv) and
 * the web forms (TypeBox) both turn their validator's errors into words here, so a field reads the
 * same wherever it is checked. A pattern says what it means where it is declared (`withMessage`).
 */

const FORMAT_MESSAGES: Record<string, string> = {
  email: 'must be a valid e-mail address',
  uri: 'must be a web address starting with http:// or https://',
  date: 'must be a date such as 2026-12-24',
  'date-time': 'must be a date and time such as 2026-12-24T09:00:00Z',
  uuid: 'must be an id such as 7f1c8a2e-1111-4222-8333-944444444444',
};

const TYPE_MESSAGES: Record<string, string> = {
  integer: 'must be a whole number',
  number: 'must be a number',
  string: 'must be text',
  boolean: 'must be true or false',
  array: 'must be a list',
  object: 'must be an object',
  null: 'must be empty',
};

const patternMessages = new Map<string, string>();

/** Declares what a pattern means in words; returns the pattern, for the schema that uses it. */
export function withMessage(pattern: string, message: string): string {
  patternMessages.set(pattern, message);
  return pattern;
}

/**
 * At least `min` characters besides spaces: the schema's own "not blank" rule (what is stored is
 * trimmed, so three spaces must count as empty).
 */
export function nonBlank(min: number): string {
  return withMessage(`^(?:\\s*\\S){${min}}[\\s\\S]*$`, min === 1 ? 'must not be blank' : `must have at least ${min} characters besides spaces`);
}

const count = (n: unknown, one: string, many: string): string => (n === 1 ? one : many.replace('#', String(n)));

/** The words for one validator error; `fallback` is the validator's own message, for a keyword the table lacks. */
export function messageFor(keyword: string, params: Record<string, unknown>, fallback?: string): string {
  const limit = params.limit;
  switch (keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not allowed';
    case 'minLength':
      return count(limit, 'is required', 'must be at least # characters');
    case 'maxLength':
      return count(limit, 'must be 1 character at most', 'must be at most # characters');
    case 'format':
      return FORMAT_MESSAGES[String(params.format)] ?? `must be a valid ${String(params.format)}`;
    case 'pattern':
      return patternMessages.get(String(params.pattern)) ?? 'has the wrong format';
    case 'type':
      return TYPE_MESSAGES[String(params.type)] ?? `must be ${String(params.type)}`;
    case 'minimum':
      return `must be at least ${String(limit)}`;
    case 'maximum':
      return `must be at most ${String(limit)}`;
    case 'exclusiveMinimum':
      return `must be more than ${String(limit)}`;
    case 'exclusiveMaximum':
      return `must be less than ${String(limit)}`;
    case 'enum':
      return Array.isArray(params.allowedValues) ? `must be one of: ${params.allowedValues.join(', ')}` : 'is not one of the allowed values';
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'minItems':
      return count(limit, 'needs at least one entry', 'needs at least # entries');
    case 'maxItems':
      return count(limit, 'may have one entry at most', 'may have # entries at most');
    case 'uniqueItems':
      return 'lists the same entry twice';
    case 'anyOf':
    case 'oneOf':
      return 'is not valid';
    default:
      return fallback ?? 'is not valid';
  }
}
