import { CATEGORISED_ACTIONS, REASON_CATEGORIES, REASON_CATEGORY_LABELS, ReasonBody, type ReasonCategory } from '@cep/shared';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import type { AdminAction } from '../api/pledges-api.ts';
import { usePledgeTransition } from '../hooks/usePledge.ts';

export const ADMIN_ACTION_TEXT: Record<AdminAction, { verb: string; done: string; explain: string; danger: boolean }> = {
  suspend: {
    verb: 'Suspend',
    done: 'suspended',
    explain: 'The badge shows “suspended” at once. The vendor’s owners are e-mailed this reason and may appeal in writing.',
    danger: true,
  },
  reinstate: {
    verb: 'Reinstate',
    done: 'reinstated',
    explain: 'The pledge becomes active again and the badge shows it. The vendor’s owners are e-mailed this reason.',
    danger: false,
  },
  revoke: {
    verb: 'Revoke',
    done: 'revoked',
    explain: 'This is final: nothing makes the pledge active again. The vendor’s owners are e-mailed this reason.',
    danger: true,
  },
};

/** Suspend, reinstate or revoke: each needs a reason, which the vendor receives by e-mail. */
export function TransitionDialog({ vendorId, vendorName, action, onClose, onDone }: { vendorId: string; vendorName: string; action: AdminAction; onClose: () => void; onDone: () => void }) {
  // Buyers see the category of a suspension or revocation on the verification page, never the text.
  const categorised = CATEGORISED_ACTIONS.includes(action);
  const transition = usePledgeTransition(vendorId);
  const text = ADMIN_ACTION_TEXT[action];
  const form = useSchemaForm({
    schema: ReasonBody,
    initial: { reason: '', category: '' as ReasonCategory | '' },
    toBody: ({ reason, category }): ReasonBody => ({ reason: reason.trim(), ...(categorised && category ? { reasonCategory: category } : {}) }),
    check: ({ category }) => ({ reasonCategory: categorised && !category ? 'Choose what the public verification page says' : undefined }),
    send: (body) => transition.mutateAsync({ action, body }),
    onDone,
  });
  const { reason, category } = form.values;

  return (
    <Dialog title={`${text.verb} the pledge of ${vendorName}`} onClose={onClose}>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <p>{text.explain}</p>
        <FormFailure failure={form.failure} errors={form.errors} />
        <FormField label="Reason" hint="At least 3 characters. It is kept in the audit log and sent to the vendor." error={form.errors.reason} required>
          {(control) => <textarea {...control} rows={4} value={reason} onChange={(e) => form.set({ reason: e.target.value })} />}
        </FormField>
        {categorised ? (
          <FormField
            label="What buyers are told"
            hint="The public verification page says the pledge is suspended or revoked because of this category. Your written reason stays between you and the vendor."
            error={form.errors.reasonCategory}
            required
          >
            {(control) => (
              <select {...control} value={category} onChange={(e) => form.set({ category: e.target.value as ReasonCategory | '' })}>
                <option value="">Choose a category…</option>
                {REASON_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {REASON_CATEGORY_LABELS[c][0]?.toUpperCase()}
                    {REASON_CATEGORY_LABELS[c].slice(1)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ) : null}
        <div className="form-actions">
          <Button type="submit" variant={text.danger ? 'danger' : 'primary'} busy={form.pending}>
            {text.verb} pledge
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
