import { type Application, RejectApplicationBody, validate } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
import { useRejectApplication } from '../hooks/useApplications.ts';

/** The reason is required: the applicant receives it by e-mail. */
export function RejectDialog({ application, onClose, onRejected }: { application: Application; onClose: () => void; onRejected: () => void }) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const reject = useRejectApplication();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { reason: reason.trim() };
    const problems = toFieldErrorMap(validate(RejectApplicationBody, body));
    setErrors(problems);
    if (hasErrors(problems)) return;
    reject.mutate({ id: application.id, body }, { onSuccess: onRejected, onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  return (
    <Dialog title={`Reject ${application.companyName}`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <p>{application.contactName} will receive this reason by e-mail at {application.contactEmail}.</p>
        {reject.isError && !hasErrors(errors) ? <Alert tone="error" title={describeError(reject.error).title}>{describeError(reject.error).detail}</Alert> : null}
        <FormField label="Reason" hint="At least 3 characters. Say what would need to change for a new application to succeed." error={errors.reason} required>
          {(control) => <textarea {...control} rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
        <div className="form-actions">
          <Button type="submit" variant="danger" busy={reject.isPending}>
            Reject application
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
