import { DESCRIPTION_MAX, VendorMessageBody } from '@cep/shared';
import { useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useWriteAboutComplaint } from '../hooks/useComplaintActions.ts';
import { describeComplaintField } from '../utils/complaint-labels.ts';

const WORDS = {
  registry: { heading: 'Answer the registry', hint: 'The registry reads it; the customer does not.', button: 'Send to the registry', sent: 'Sent to the registry.' },
  complainant: { heading: 'Write to the customer again', hint: 'Sent to the customer by e-mail and shown with your response.', button: 'Send to the customer', sent: 'Sent to the customer.' },
};

/** The vendor's message about a forwarded complaint: to the registry, or to the customer after its response. */
export function VendorMessageForm({ complaintId, to, until }: { complaintId: string; to: VendorMessageBody['to']; until?: string | null }) {
  const write = useWriteAboutComplaint(complaintId);
  const [sent, setSent] = useState(false);
  const words = WORDS[to];
  const form = useSchemaForm({
    schema: VendorMessageBody,
    initial: { message: '' },
    toBody: ({ message }) => ({ to, message: message.trim() }),
    send: (body, idempotencyKey) => write.mutateAsync({ body, idempotencyKey }),
    onDone: () => {
      setSent(true);
      form.set({ message: '' });
    },
  });
  const headingId = `write-${to}-heading`;
  return (
    <form className="form section" onSubmit={form.onSubmit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{words.heading}</h2>
      <p className="muted">
        {words.hint}
        {until ? ` You can write until ${formatDateTime(until)}.` : ''}
      </p>
      {sent ? <Alert tone="success" title={words.sent} /> : null}
      <FormErrorSummary errors={form.errors} describeField={describeComplaintField} />
      <FormFailure failure={form.failure} errors={form.errors} />
      <FormField label="Your message" hint={`At least 10 characters. ${form.values.message.length} / ${DESCRIPTION_MAX} characters`} error={form.errors.message} required>
        {(control) => (
          <textarea
            {...control}
            rows={5}
            maxLength={DESCRIPTION_MAX}
            value={form.values.message}
            onChange={(e) => {
              setSent(false);
              form.set({ message: e.target.value });
            }}
          />
        )}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={form.pending}>
          {words.button}
        </Button>
      </div>
    </form>
  );
}
