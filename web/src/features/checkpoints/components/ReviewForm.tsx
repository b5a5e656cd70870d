import { ReviewBody, validate } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
import { useReviewSubmission } from '../hooks/useSubmission.ts';

type Decision = ReviewBody['decision'];

const DECISIONS: [Decision, string][] = [
  ['accepted', 'Accepted'],
  ['returned', 'Returned'],
];

const REVIEW_FIELDS: Record<string, string> = { decision: 'Decision', notes: 'Notes' };

/** Accept the data, or return it with notes on what the vendor must fix (the vendor reads them). */
export function ReviewForm({ vendorId, period, onReviewed }: { vendorId: string; period: string; onReviewed: (decision: Decision) => void }) {
  const [decision, setDecision] = useState<Decision | ''>('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const review = useReviewSubmission(vendorId, period);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!decision) problems.decision = 'must be chosen';
    else if (decision === 'returned' && !notes.trim()) problems.notes = 'are required when returning the data: say what the vendor must fix';
    const body: ReviewBody | null = decision ? { decision, ...(notes.trim() ? { notes: notes.trim() } : {}) } : null;
    const all = { ...(body ? toFieldErrorMap(validate(ReviewBody, body)) : {}), ...problems };
    setErrors(all);
    if (!body || hasErrors(all)) return;
    review.mutate(body, { onSuccess: () => onReviewed(body.decision), onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  return (
    <form className="form review-form" onSubmit={onSubmit} noValidate aria-label="Review">
      <FormErrorSummary errors={errors} describeField={(field) => REVIEW_FIELDS[field] ?? field} />
      {review.isError && !hasErrors(errors) ? (
        <Alert tone="error" title={describeError(review.error).title}>
          {describeError(review.error).detail}
        </Alert>
      ) : null}
      <fieldset className={errors.decision ? 'radio-group field-invalid' : 'radio-group'} aria-describedby={errors.decision ? 'review-decision-error' : undefined}>
        <legend>Decision</legend>
        {DECISIONS.map(([value, label]) => (
          <label key={value} className="radio">
            <input type="radio" name="review-decision" value={value} checked={decision === value} onChange={() => setDecision(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      {errors.decision ? (
        <p id="review-decision-error" className="field-error">
          Decision {errors.decision}
        </p>
      ) : null}
      <FormField
        label="Notes"
        hint={decision === 'returned' ? 'Required: what the vendor must fix. They receive these notes.' : 'Optional when accepting. The vendor sees the notes.'}
        error={errors.notes}
        required={decision === 'returned'}
      >
        {(control) => <textarea {...control} rows={4} maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={review.isPending}>
          Record review
        </Button>
      </div>
    </form>
  );
}
