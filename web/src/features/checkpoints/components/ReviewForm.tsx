import { ReviewBody, SubmissionStatus } from '@cep/shared';
import { Button } from '../../../components/ui/Button.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { RadioGroup } from '../../../components/ui/RadioGroup.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useReviewSubmission } from '../hooks/useSubmission.ts';

type Decision = ReviewBody['decision'];

const DECISIONS: [Decision, string][] = [
  ['accepted', 'Accepted'],
  ['returned', 'Returned'],
];

const REVIEW_FIELDS: Record<string, string> = { decision: 'Decision', notes: 'Notes' };

/** Accept the data, or return it with notes on what the vendor must fix (the vendor reads them). */
export function ReviewForm({ vendorId, period, onReviewed }: { vendorId: string; period: string; onReviewed: (decision: Decision) => void }) {
  const review = useReviewSubmission(vendorId, period);
  const form = useSchemaForm({
    schema: ReviewBody,
    initial: { decision: '' as Decision | '', notes: '' },
    toBody: ({ decision, notes }): ReviewBody => ({ decision: decision || SubmissionStatus.Accepted, ...(notes.trim() ? { notes: notes.trim() } : {}) }),
    check: ({ decision, notes }) => ({
      decision: decision ? undefined : 'must be chosen',
      notes: decision === SubmissionStatus.Returned && !notes.trim() ? 'are required when returning the data: say what the vendor must fix' : undefined,
    }),
    send: (body) => review.mutateAsync(body),
    onDone: (_submission, body) => onReviewed(body.decision),
  });
  const { decision, notes } = form.values;
  const returning = decision === SubmissionStatus.Returned;

  return (
    <form className="form review-form" onSubmit={form.onSubmit} noValidate aria-label="Review">
      <FormErrorSummary errors={form.errors} describeField={(field) => REVIEW_FIELDS[field] ?? field} />
      <FormFailure failure={form.failure} errors={form.errors} />
      <RadioGroup legend="Decision" name="review-decision" options={DECISIONS} value={decision} onChange={(next) => form.set({ decision: next })} error={form.errors.decision} />
      <FormField
        label="Notes"
        hint={returning ? 'Required: what the vendor must fix. They receive these notes.' : 'Optional when accepting. The vendor sees the notes.'}
        error={form.errors.notes}
        required={returning}
      >
        {(control) => <textarea {...control} rows={4} maxLength={5000} value={notes} onChange={(e) => form.set({ notes: e.target.value })} />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={form.pending}>
          Record review
        </Button>
      </div>
    </form>
  );
}
