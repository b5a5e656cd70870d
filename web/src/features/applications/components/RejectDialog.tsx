import { type Application, RejectApplicationBody } from '@cep/shared';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useRejectApplication } from '../hooks/useApplications.ts';

/** The reason is required: the applicant receives it by e-mail. */
export function RejectDialog({ application, onClose, onRejected }: { application: Application; onClose: () => void; onRejected: () => void }) {
  const reject = useRejectApplication();
  const form = useSchemaForm({
    schema: RejectApplicationBody,
    initial: { reason: '' },
    toBody: ({ reason }) => ({ reason: reason.trim() }),
    send: (body) => reject.mutateAsync({ id: application.id, body }),
    onDone: onRejected,
  });

  return (
    <Dialog title={`Reject ${application.companyName}`} onClose={onClose}>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <p>{application.contactName} will receive this reason by e-mail at {application.contactEmail}.</p>
        <FormFailure failure={form.failure} errors={form.errors} />
        <FormField label="Reason" hint="At least 3 characters. Say what would need to change for a new application to succeed." error={form.errors.reason} required>
          {(control) => <textarea {...control} rows={4} value={form.values.reason} onChange={(e) => form.set({ reason: e.target.value })} />}
        </FormField>
        <div className="form-actions">
          <Button type="submit" variant="danger" busy={form.pending}>
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
