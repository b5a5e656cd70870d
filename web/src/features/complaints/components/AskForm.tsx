import { AskBody, type Complaint, messageRefusal } from '@cep/shared';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { RadioGroup } from '../../../components/ui/RadioGroup.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useAskForDetails } from '../hooks/useComplaintActions.ts';
import { describeComplaintField } from '../utils/complaint-labels.ts';

type To = AskBody['to'];

/** The admin asks the complainant (by e-mail, answered through a link) or the vendor (on its page) for details. */
export function AskForm({ complaint }: { complaint: Complaint }) {
  const ask = useAskForDetails(complaint.id);
  const now = new Date();
  const responseDueAt = complaint.responseDueAt ? new Date(complaint.responseDueAt) : null;
  const open = (to: To) => messageRefusal({ from: 'registry', to, state: complaint.state, now, responseDueAt }) === null;
  const choices: [To, string][] = [
    ['complainant', 'The complainant (by e-mail; the answer comes to the registry only)'],
    ...(open('vendor') ? [['vendor', `${complaint.vendorName} (on its complaint page; its owner is e-mailed)`] as [To, string]] : []),
  ];
  const form = useSchemaForm({
    schema: AskBody,
    initial: { to: '' as To | '', question: '' },
    toBody: ({ to, question }): AskBody => ({ to: to || 'complainant', question: question.trim() }),
    check: ({ to }) => ({ to: to ? undefined : 'must be chosen' }),
    send: (body, idempotencyKey) => ask.mutateAsync({ body, idempotencyKey }),
    onDone: () => form.set({ question: '' }),
  });
  if (!open('complainant')) return null;

  return (
    <form className="form section" onSubmit={form.onSubmit} noValidate aria-labelledby="ask-heading">
      <h2 id="ask-heading">Ask for details</h2>
      {ask.isSuccess && form.values.question === '' ? (
        <Alert tone="success" title="Question sent">
          The answer will appear in the conversation above; you are e-mailed when it arrives.
        </Alert>
      ) : null}
      <FormErrorSummary errors={form.errors} describeField={describeComplaintField} />
      <FormFailure failure={form.failure} errors={form.errors} />
      <RadioGroup legend="Ask whom?" name="ask-to" errorLabel="To whom" layout="list" options={choices} value={form.values.to} onChange={(to) => form.set({ to })} error={form.errors.to} />
      <FormField label="Your question" hint="At least 10 characters; sent by e-mail as you write it." error={form.errors.question} required>
        {(control) => <textarea {...control} rows={4} maxLength={2000} value={form.values.question} onChange={(e) => form.set({ question: e.target.value })} />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={form.pending}>
          Send the question
        </Button>
      </div>
    </form>
  );
}
