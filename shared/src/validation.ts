import type Type from 'typebox';
import Value from 'typebox/value';
import type { FieldError } from './errors.ts';

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

/**
 * Turns validator errors (Ajv on the server, TypeBox in the browser) into our `errors[]` entries,
 * one per field, so the server and the web forms name fields the same way.
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
  for (const error of errors) {
    const base = pointerToField(error.instancePath);
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'required') {
      const missing = Array.isArray(params.requiredProperties)
        ? (params.requiredProperties as string[])
        : [String(params.missingProperty)];
      for (const property of missing) push(join(base, property), 'is required');
    } else if (error.keyword === 'additionalProperties') {
      const extra = Array.isArray(params.additionalProperties)
        ? (params.additionalProperties as string[])
        : [String(params.additionalProperty)];
      for (const property of extra) push(join(base, property), 'is not allowed');
    } else {
      push(base, error.message ?? `failed ${error.keyword}`);
    }
  }
  return out;
}

/** Validates `value` against a schema in the browser or in a script; empty when valid. */
export function validate(schema: Type.TSchema, value: unknown): FieldError[] {
  if (Value.Check(schema, value)) return [];
  return toFieldErrors(Value.Errors(schema, value));
}
