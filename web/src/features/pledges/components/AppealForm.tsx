import { AppealBody } from '@cep/shared';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useAppealPledge } from '../hooks/usePledge.ts';

/** The owner answers a suspension or revocation in writing; the admin reads it on the vendor's page. */
export function AppealForm({ vendorId }: { vendorId: string }) {
  const [sent, setSent] = useState(false);
  const appeal = useAppealPledge(vendorId);
  const form = useSchemaForm({
    schema: AppealBody,
    initial: { text: '' },
    toBody: ({ text }) => ({ text: text.trim() }),
    send: (body, idempotencyKey) => appeal.mutateAsync({ body, idempotencyKey }),
    onDone: () => {
      setSent(true);
      form.set({ text: '' });
    },
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-label="Appeal">
      <p role="status" className={sent ? 'notice notice-success' : 'notice'}>
        {sent ? 'Your appeal was sent. The program admin reads it on your vendor’s page.' : ''}
      </p>
      <FormFailure failure={form.failure} errors={form.errors} />
      <FormField label="Your appeal" hint="At least 10 characters. Say what happened and what you have changed." error={form.errors.text} required>
        {(control) => (
          <textarea
            {...control}
            rows={5}
            value={form.values.text}
            onChange={(e) => {
              setSent(false);
              form.set({ text: e.target.value });
            }}
          />
        )}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={form.pending}>
          Send appeal
        </Button>
      </div>
    </form>
  );
}
