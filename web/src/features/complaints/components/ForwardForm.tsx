import { ForwardBody, validate } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useIdempotencyKey } from '../../../hooks/useIdempotencyKey.ts';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
import { useForwardComplaint } from '../hooks/useComplaintActions.ts';

/** Sends a confirmed complaint to the vendor, which then has 10 business days to respond. */
export function ForwardForm({ complaintId, vendorName, consent, onDone }: { complaintId: string; vendorName: string; consent: boolean; onDone: () => void }) {
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const forward = useForwardComplaint(complaintId);
  const keyFor = useIdempotencyKey();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body: ForwardBody = note.trim() ? { note: note.trim() } : {};
    const problems = toFieldErrorMap(validate(ForwardBody, body));
    setErrors(problems);
    if (hasErrors(problems)) return;
    forward.mutate({ body, idempotencyKey: keyFor(body) }, { onSuccess: onDone, onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  return (
    <form className="form section" onSubmit={onSubmit} noValidate aria-labelledby="forward-heading">
      <h2 id="forward-heading">Forward to {vendorName}</h2>
      <p>
        {vendorName}’s owners are e-mailed the complaint and have 10 business days to respond.{' '}
        {consent ? 'The complainant agreed that they see their name, e-mail and organisation.' : 'They do not see the complainant’s name, e-mail or organisation.'}
      </p>
      {forward.isError && !hasErrors(errors) ? (
        <Alert tone="error" title={describeError(forward.error).title}>
          {describeError(forward.error).detail}
        </Alert>
      ) : null}
      <FormField label="Note to the vendor (optional)" errorLabel="Note" hint="Shown to the vendor with the complaint." error={errors.note}>
        {(control) => <textarea {...control} rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={forward.isPending}>
          Forward to vendor
        </Button>
      </div>
    </form>
  );
}
