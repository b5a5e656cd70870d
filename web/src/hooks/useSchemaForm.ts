import { type FormEvent, useCallback, useState } from 'react';
import type Type from 'typebox';
import { validate } from '@cep/shared';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../lib/form-errors.ts';
import { useIdempotencyKey } from './useIdempotencyKey.ts';

export interface SchemaFormOptions<S extends Type.TSchema, V, R> {
  /** The request body's schema, the one the API validates with: its messages are the form's. */
  schema: S;
  /** The fields as the person sees them (text as typed). */
  initial: V | (() => V);
  /** The request body the fields make. */
  toBody: (values: V) => Type.Static<S>;
  /** Fields the person cannot change (a link's token): their problems are left to the server's answer. */
  skip?: readonly string[];
  /** What the schema cannot say: a choice that must be made, a note a decision requires (undefined: no problem). */
  check?: (values: V, body: Type.Static<S>) => Record<string, string | undefined>;
  /** Sends the body; `idempotencyKey` stays the same while the body does, so a retry creates nothing twice. */
  send: (body: Type.Static<S>, idempotencyKey: string) => Promise<R>;
  onDone?: (result: R, body: Type.Static<S>) => void;
}

/**
 * The one way a form works (CONVENTIONS 24): the values as typed, the body they make, the schema's
 * check and the form's own rules before anything is sent, the server's field errors next to the
 * fields afterwards, and any other failure for the form's alert (`FormFailure`).
 */
export function useSchemaForm<S extends Type.TSchema, V, R>({ schema, initial, toBody, skip = [], check, send, onDone }: SchemaFormOptions<S, V, R>) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const keyFor = useIdempotencyKey();
  const set = useCallback((patch: Partial<V>) => setValues((previous) => ({ ...previous, ...patch })), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const body = toBody(values);
    const own = Object.entries(check?.(values, body) ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined);
    const checked = validate(schema, body).filter((error) => !skip.includes(error.field));
    const problems: FieldErrorMap = { ...toFieldErrorMap(checked), ...Object.fromEntries(own) };
    setErrors(problems);
    if (hasErrors(problems)) return;
    setPending(true);
    try {
      const result = await send(body, keyFor(body));
      onDone?.(result, body);
    } catch (error) {
      setErrors(serverFieldErrors(error));
      setFailure(error);
    } finally {
      setPending(false);
    }
  }

  return { values, set, errors, failure, pending, onSubmit: (event: FormEvent<HTMLFormElement>) => void onSubmit(event) };
}
