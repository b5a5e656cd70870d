import { OutcomeBody } from '@cep/shared';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { RadioGroup } from '../../../components/ui/RadioGroup.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useRecordOutcome } from '../hooks/usePublicComplaint.ts';
import { describeComplaintField } from '../utils/complaint-labels.ts';
import { isLinkGone, LinkGone } from './LinkGone.tsx';

type Outcome = OutcomeBody['outcome'];

const CHOICES: [Outcome, string][] = [
  ['resolved', 'Yes, it is resolved'],
  ['unresolved', 'No, it is not resolved'],
];

/** The complainant's verdict on the vendor's response, by the one-time link in the response e-mail. */
export function OutcomeForm({ token }: { token: string }) {
  const record = useRecordOutcome();
  const form = useSchemaForm({
    schema: OutcomeBody,
    initial: { outcome: '' as Outcome | '', comment: '' },
    toBody: ({ outcome, comment }): OutcomeBody => ({ token, outcome: outcome || 'resolved', ...(comment.trim() ? { comment: comment.trim() } : {}) }),
    // A malformed token is the link's fault, not the form's: the server's answer says so instead.
    skip: ['token'],
    check: ({ outcome }) => ({ outcome: outcome ? undefined : 'must be chosen: yes or no' }),
    send: (body) => record.mutateAsync(body),
  });

  if (record.isSuccess) {
    const { reference, vendorName, state } = record.data;
    return (
      <Alert tone="success" title="Thank you for your answer">
        <p data-testid="outcome-recorded">
          We recorded complaint {reference} about {vendorName} as {state === 'resolved' ? 'resolved' : 'not resolved'}. {vendorName} is told.
        </p>
      </Alert>
    );
  }
  if (record.isError && isLinkGone(record.error)) return <LinkGone />;
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-label="Your answer">
      <FormErrorSummary errors={form.errors} describeField={describeComplaintField} />
      <FormFailure failure={form.failure} errors={form.errors} />
      <RadioGroup
        legend="Did the vendor’s response resolve the matter?"
        name="complaint-outcome"
        errorLabel="Your answer"
        layout="list"
        options={CHOICES}
        value={form.values.outcome}
        onChange={(outcome) => form.set({ outcome })}
        error={form.errors.outcome}
      />
      <FormField label="Comment (optional)" errorLabel="Comment" hint="The vendor and the registry read it." error={form.errors.comment}>
        {(control) => <textarea {...control} rows={4} maxLength={2000} value={form.values.comment} onChange={(e) => form.set({ comment: e.target.value })} />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={form.pending}>
          Send my answer
        </Button>
      </div>
    </form>
  );
}
