import { DESCRIPTION_MAX, RespondBody } from '@cep/shared';
import { Button } from '../../../components/ui/Button.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useRespondToComplaint } from '../hooks/useComplaintActions.ts';
import { describeComplaintField } from '../utils/complaint-labels.ts';

/** The vendor's one answer to a forwarded complaint; the customer receives it by e-mail. */
export function RespondForm({ complaintId, onDone }: { complaintId: string; onDone: () => void }) {
  const respond = useRespondToComplaint(complaintId);
  const form = useSchemaForm({
    schema: RespondBody,
    initial: { response: '' },
    toBody: ({ response }) => ({ response: response.trim() }),
    send: (body, idempotencyKey) => respond.mutateAsync({ body, idempotencyKey }),
    onDone,
  });
  const { response } = form.values;

  return (
    <form className="form section" onSubmit={form.onSubmit} noValidate aria-labelledby="respond-heading">
      <h2 id="respond-heading">Respond</h2>
      <p>The customer receives your response by e-mail and is asked whether it resolves the matter. Until your deadline you can add to it afterwards.</p>
      <FormErrorSummary errors={form.errors} describeField={describeComplaintField} />
      <FormFailure failure={form.failure} errors={form.errors} />
      <FormField label="Your response" hint={`At least 10 characters. ${response.length} / ${DESCRIPTION_MAX} characters`} error={form.errors.response} required>
        {(control) => <textarea {...control} rows={8} maxLength={DESCRIPTION_MAX} value={response} onChange={(e) => form.set({ response: e.target.value })} />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={form.pending}>
          Send response
        </Button>
      </div>
    </form>
  );
}
