import { DISMISS_REASONS, DismissBody, type DismissReason, validate } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useIdempotencyKey } from '../../../hooks/useIdempotencyKey.ts';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
import { useDismissComplaint } from '../hooks/useComplaintActions.ts';
import { DISMISS_REASON_LABELS } from '../utils/complaint-labels.ts';

/** Closes a confirmed complaint without forwarding it; a dismissed complaint does not count against the vendor. */
export function DismissForm({ complaintId, onDone }: { complaintId: string; onDone: () => void }) {
  const [reason, setReason] = useState<DismissReason | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const dismiss = useDismissComplaint(complaintId);
  const keyFor = useIdempotencyKey();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body: DismissBody = { reason: reason || 'invalid', ...(note.trim() ? { note: note.trim() } : {}) };
    const problems = { ...toFieldErrorMap(validate(DismissBody, body)), ...(reason ? {} : { reason: 'must be chosen' }) };
    setErrors(problems);
    if (hasErrors(problems)) return;
    dismiss.mutate({ body, idempotencyKey: keyFor(body) }, { onSuccess: onDone, onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  return (
    <form className="form section" onSubmit={onSubmit} noValidate aria-labelledby="dismiss-heading">
      <h2 id="dismiss-heading">Dismiss</h2>
      <p>The vendor is not told, and a dismissed complaint does not count towards the watch list.</p>
      {dismiss.isError && !hasErrors(errors) ? (
        <Alert tone="error" title={describeError(dismiss.error).title}>
          {describeError(dismiss.error).detail}
        </Alert>
      ) : null}
      <FormField label="Reason" error={errors.reason} required>
        {(control) => (
          <select {...control} value={reason} onChange={(e) => setReason(e.target.value as DismissReason | '')}>
            <option value="">Choose a reason</option>
            {DISMISS_REASONS.map((r) => (
              <option key={r} value={r}>
                {DISMISS_REASON_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Note (optional)" errorLabel="Note" hint="Kept in the complaint’s timeline; only the registry sees it." error={errors.note}>
        {(control) => <textarea {...control} rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" variant="danger" busy={dismiss.isPending}>
          Dismiss complaint
        </Button>
      </div>
    </form>
  );
}
