import { ForwardBody } from '@cep/shared';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useForwardComplaint } from '../hooks/useComplaintActions.ts';

/** Sends a confirmed complaint to the vendor, which then has 10 business days to respond. */
export function ForwardForm({ complaintId, vendorName, consent, onDone }: { complaintId: string; vendorName: string; consent: boolean; onDone: () => void }) {
  const forward = useForwardComplaint(complaintId);
  const form = useSchemaForm({
    schema: ForwardBody,
    initial: { note: '' },
    toBody: ({ note }): ForwardBody => (note.trim() ? { note: note.trim() } : {}),
    send: (body, idempotencyKey) => forward.mutateAsync({ body, idempotencyKey }),
    onDone,
  });

  return (
    <form className="form section" onSubmit={form.onSubmit} noValidate aria-labelledby="forward-heading">
      <h2 id="forward-heading">Forward to {vendorName}</h2>
      <p>
        {vendorName}’s owners are e-mailed the complaint and have 10 business days to respond.{' '}
        {consent ? 'The complainant agreed that they see their name, e-mail and organisation.' : 'They do not see the complainant’s name, e-mail or organisation.'}
      </p>
      <FormFailure failure={form.failure} errors={form.errors} />
      <FormField label="Note to the vendor (optional)" errorLabel="Note" hint="Shown to the vendor with the complaint." error={form.errors.note}>
        {(control) => <textarea {...control} rows={3} maxLength={2000} value={form.values.note} onChange={(e) => form.set({ note: e.target.value })} />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={form.pending}>
          Forward to vendor
        </Button>
      </div>
    </form>
  );
}
