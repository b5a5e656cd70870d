import { DISMISS_REASONS, DismissBody, type DismissReason } from '@cep/shared';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useDismissComplaint } from '../hooks/useComplaintActions.ts';
import { DISMISS_REASON_LABELS } from '../utils/complaint-labels.ts';

/** Closes a confirmed complaint without forwarding it; a dismissed complaint does not count against the vendor. */
export function DismissForm({ complaintId, onDone }: { complaintId: string; onDone: () => void }) {
  const dismiss = useDismissComplaint(complaintId);
  const form = useSchemaForm({
    schema: DismissBody,
    initial: { reason: '' as DismissReason | '', note: '' },
    toBody: ({ reason, note }): DismissBody => ({ reason: reason || 'invalid', ...(note.trim() ? { note: note.trim() } : {}) }),
    check: ({ reason }) => (reason ? {} : { reason: 'must be chosen' }),
    send: (body, idempotencyKey) => dismiss.mutateAsync({ body, idempotencyKey }),
    onDone,
  });
  const { reason, note } = form.values;

  return (
    <form className="form section" onSubmit={form.onSubmit} noValidate aria-labelledby="dismiss-heading">
      <h2 id="dismiss-heading">Dismiss</h2>
      <p>The vendor is not told, and a dismissed complaint does not count towards the watch list.</p>
      <FormFailure failure={form.failure} errors={form.errors} />
      <FormField label="Reason" error={form.errors.reason} required>
        {(control) => (
          <select {...control} value={reason} onChange={(e) => form.set({ reason: e.target.value as DismissReason | '' })}>
            <option value="">Choose a reason</option>
            {DISMISS_REASONS.map((r) => (
              <option key={r} value={r}>
                {DISMISS_REASON_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Note (optional)" errorLabel="Note" hint="Kept in the complaint’s timeline; only the registry sees it." error={form.errors.note}>
        {(control) => <textarea {...control} rows={3} maxLength={2000} value={note} onChange={(e) => form.set({ note: e.target.value })} />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" variant="danger" busy={form.pending}>
          Dismiss complaint
        </Button>
      </div>
    </form>
  );
}
