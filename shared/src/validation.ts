import type Type from 'typebox';
import Value from 'typebox/value';
import type { FieldError } from './errors.ts';
import { messageFor } from './messages.ts';

/** The part of an Ajv or TypeBox validation error that says where and why. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: object;
  message?: string | undefined;
}

/** `/supportContact/email` → `supportContact.email`. */
function pointerToField(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function join(base: string, leaf: string): string {
  return base ? `${base}.${leaf}` : leaf;
}

/** Keywords that only say "none of a union's members matched": noise once a member's own error names the field. */
const WRAPPERS = new Set(['anyOf', 'oneOf']);
const isWrapper = (error: SchemaError): boolean => WRAPPERS.has(error.keyword) || (error.keyword === 'type' && (error.params as { type?: unknown }).type === 'null');

/**
 * Turns validator errors (Ajv on the server, TypeBox in the browser) into our `errors[]` entries,
 * worded by the one message table (`messages.ts`), so the server and the web forms name fields and
 * problems the same way. A union's wrapper errors are dropped when another error names the field
 * or a field inside it.
 */
export function toFieldErrors(errors: readonly SchemaError[]): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  const push = (field: string, message: string) => {
    const key = `${field}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ field: field || '(root)', message });
  };
  const specific = errors.filter((e) => !isWrapper(e)).map((e) => pointerToField(e.instancePath));
  for (const error of errors) {
    const base = pointerToField(error.instancePath);
    const params = error.params as Record<string, unknown>;
    if (isWrapper(error) && specific.some((field) => field === base || field.startsWith(`${base}.`) || base === '')) continue;
    if (error.keyword === 'required') {
      const missing = Array.isArray(params.requiredProperties) ? (params.requiredProperties as string[]) : [String(params.missingProperty)];
      for (const property of missing) push(join(base, property), messageFor('required', params));
    } else if (error.keyword === 'additionalProperties') {
      const extra = Array.isArray(params.additionalProperties) ? (params.additionalProperties as string[]) : [String(params.additionalProperty)];
      for (const property of extra) push(join(base, property), messageFor('additionalProperties', params));
    } else {
      push(base, messageFor(error.keyword, params, error.message));
    }
  }
  return out;
}

/** Validates `value` against a schema in the browser or in a script; empty when valid. */
export function validate(schema: Type.TSchema, value: unknown): FieldError[] {
  if (Value.Check(schema, value)) return [];
  return toFieldErrors(Value.Errors(schema, value));
}
