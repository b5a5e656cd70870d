import { type Pledge, validate, WithdrawBody } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
import { useWithdrawPledge } from '../hooks/usePledge.ts';

/** Withdrawing is final, so it asks once more; the reason is optional and goes to the program team. */
export function WithdrawDialog({ vendorId, onClose, onWithdrawn }: { vendorId: string; onClose: () => void; onWithdrawn: (pledge: Pledge) => void }) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const withdraw = useWithdrawPledge(vendorId);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = reason.trim() ? { reason: reason.trim() } : {};
    const problems = toFieldErrorMap(validate(WithdrawBody, body));
    setErrors(problems);
    if (hasErrors(problems)) return;
    withdraw.mutate(body, { onSuccess: onWithdrawn, onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  return (
    <Dialog title="Withdraw from the pledge?" onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <p>
          This ends your pledge for good: the badge stops showing membership, and it cannot be undone. To take part again later, you would apply anew.
        </p>
        {withdraw.isError && !hasErrors(errors) ? (
          <Alert tone="error" title={describeError(withdraw.error).title}>
            {describeError(withdraw.error).detail}
          </Alert>
        ) : null}
        <FormField label="Reason" optional hint="The program team reads it." error={errors.reason}>
          {(control) => <textarea {...control} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
        <div className="form-actions">
          <Button type="submit" variant="danger" busy={withdraw.isPending}>
            Withdraw the pledge
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
