import { AppealBody, validate } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useIdempotencyKey } from '../../../hooks/useIdempotencyKey.ts';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
import { useAppealPledge } from '../hooks/usePledge.ts';

/** The owner answers a suspension or revocation in writing; the admin reads it on the vendor's page. */
export function AppealForm({ vendorId }: { vendorId: string }) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const [sent, setSent] = useState(false);
  const appeal = useAppealPledge(vendorId);
  const keyFor = useIdempotencyKey();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { text: text.trim() };
    const problems = toFieldErrorMap(validate(AppealBody, body));
    setErrors(problems);
    setSent(false);
    if (hasErrors(problems)) return;
    appeal.mutate(
      { body, idempotencyKey: keyFor(body) },
      {
        onSuccess: () => {
          setSent(true);
          setText('');
        },
        onError: (error) => setErrors(serverFieldErrors(error)),
      },
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Appeal">
      <p role="status" className={sent ? 'notice notice-success' : 'notice'}>
        {sent ? 'Your appeal was sent. The program admin reads it on your vendor’s page.' : ''}
      </p>
      {appeal.isError && !hasErrors(errors) ? (
        <Alert tone="error" title={describeError(appeal.error).title}>
          {describeError(appeal.error).detail}
        </Alert>
      ) : null}
      <FormField label="Your appeal" hint="At least 10 characters. Say what happened and what you have changed." error={errors.text} required>
        {(control) => <textarea {...control} rows={5} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={appeal.isPending}>
          Send appeal
        </Button>
      </div>
    </form>
  );
}
