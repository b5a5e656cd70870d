import { REASON_CATEGORIES, REASON_CATEGORY_LABELS, ReasonBody, type ReasonCategory, validate } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { Dialog } from '../../../components/ui/Dialog.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
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
  const [reason, setReason] = useState('');
  const [category, setCategory] = useState<ReasonCategory | ''>('');
  // Buyers see the category of a suspension or revocation on the verification page, never the text.
  const categorised = action !== 'reinstate';
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const transition = usePledgeTransition(vendorId);
  const text = ADMIN_ACTION_TEXT[action];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The server counts characters besides spaces; so does this check.
    const body: ReasonBody = { reason: reason.trim(), ...(categorised && category ? { reasonCategory: category } : {}) };
    const problems = {
      ...toFieldErrorMap(validate(ReasonBody, body)),
      ...(categorised && !category ? { reasonCategory: 'Choose what the public verification page says' } : {}),
    };
    setErrors(problems);
    if (hasErrors(problems)) return;
    transition.mutate({ action, body }, { onSuccess: onDone, onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  return (
    <Dialog title={`${text.verb} the pledge of ${vendorName}`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <p>{text.explain}</p>
        {transition.isError && !hasErrors(errors) ? (
          <Alert tone="error" title={describeError(transition.error).title}>
            {describeError(transition.error).detail}
          </Alert>
        ) : null}
        <FormField label="Reason" hint="At least 3 characters. It is kept in the audit log and sent to the vendor." error={errors.reason} required>
          {(control) => <textarea {...control} rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
        {categorised ? (
          <FormField
            label="What buyers are told"
            hint="The public verification page says the pledge is suspended or revoked because of this category. Your written reason stays between you and the vendor."
            error={errors.reasonCategory}
            required
          >
            {(control) => (
              <select {...control} value={category} onChange={(e) => setCategory(e.target.value as ReasonCategory | '')}>
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
          <Button type="submit" variant={text.danger ? 'danger' : 'primary'} busy={transition.isPending}>
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
