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
  /** Rewords problems where the form asks differently from the API (a percentage for a fraction). */
  words?: (errors: FieldErrorMap) => FieldErrorMap;
  /** An irreversible action: a valid body waits in `reviewing` until `confirm()` sends it. */
  confirmFirst?: boolean;
  /** Sends the body; `idempotencyKey` stays the same while the body does, so a retry creates nothing twice. */
  send: (body: Type.Static<S>, idempotencyKey: string) => Promise<R>;
  onDone?: (result: R, body: Type.Static<S>) => void;
}

/**
 * The one way a form works (CONVENTIONS 24): the values as typed, the body they make, the schema's
 * check and the form's own rules before anything is sent, the server's field errors next to the
 * fields afterwards, and any other failure for the form's alert (`FormFailure`).
 */
export function useSchemaForm<S extends Type.TSchema, V, R>(options: SchemaFormOptions<S, V, R>) {
  const { schema, initial, toBody, skip = [], check, words = (errors: FieldErrorMap) => errors, confirmFirst = false, send, onDone } = options;
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [reviewing, setReviewing] = useState<Type.Static<S> | null>(null);
  const keyFor = useIdempotencyKey();
  const set = useCallback((patch: Partial<V>) => setValues((previous) => ({ ...previous, ...patch })), []);

  async function sendNow(body: Type.Static<S>) {
    setPending(true);
    try {
      const result = await send(body, keyFor(body));
      onDone?.(result, body);
    } catch (error) {
      setErrors(words(serverFieldErrors(error)));
      setFailure(error);
    } finally {
      setPending(false);
      setReviewing(null);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const body = toBody(values);
    const own = Object.entries(check?.(values, body) ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined);
    const checked = validate(schema, body).filter((error) => !skip.includes(error.field));
    const problems: FieldErrorMap = { ...words(toFieldErrorMap(checked)), ...Object.fromEntries(own) };
    setErrors(problems);
    if (hasErrors(problems)) return;
    if (confirmFirst) setReviewing(body);
    else void sendNow(body);
  }

  return {
    values,
    set,
    errors,
    failure,
    pending,
    onSubmit,
    /** Starts over from other values (a version just saved or read again): no errors, no failure. */
    reset: (next: V) => {
      setValues(next);
      setErrors(NO_ERRORS);
      setFailure(null);
    },
    /** The body waiting for confirmation (with `confirmFirst`), or null. */
    reviewing,
    confirm: () => (reviewing ? sendNow(reviewing) : Promise.resolve()),
    cancelReview: () => setReviewing(null),
  };
}
