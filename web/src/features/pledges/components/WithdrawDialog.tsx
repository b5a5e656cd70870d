import { type Pledge, WithdrawBody } from '@cep/shared';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useWithdrawPledge } from '../hooks/usePledge.ts';

/** Withdrawing is final, so it asks once more; the reason is optional and goes to the program team. */
export function WithdrawDialog({ vendorId, onClose, onWithdrawn }: { vendorId: string; onClose: () => void; onWithdrawn: (pledge: Pledge) => void }) {
  const withdraw = useWithdrawPledge(vendorId);
  const form = useSchemaForm({
    schema: WithdrawBody,
    initial: { reason: '' },
    toBody: ({ reason }): WithdrawBody => (reason.trim() ? { reason: reason.trim() } : {}),
    send: (body) => withdraw.mutateAsync(body),
    onDone: onWithdrawn,
  });

  return (
    <Dialog title="Withdraw from the pledge?" onClose={onClose}>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <p>
          This ends your pledge for good: the badge stops showing membership, and it cannot be undone. To take part again later, you would apply anew.
        </p>
        <FormFailure failure={form.failure} errors={form.errors} />
        <FormField label="Reason" optional hint="The program team reads it." error={form.errors.reason}>
          {(control) => <textarea {...control} rows={3} value={form.values.reason} onChange={(e) => form.set({ reason: e.target.value })} />}
        </FormField>
        <div className="form-actions">
          <Button type="submit" variant="danger" busy={form.pending}>
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
