import { OutcomeBody, validate } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
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
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const record = useRecordOutcome();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body: OutcomeBody = { token, outcome: outcome || 'resolved', ...(comment.trim() ? { comment: comment.trim() } : {}) };
    // A malformed token is the link's fault, not the form's: the server's 400 says so instead.
    const { token: _linkProblem, ...formProblems } = toFieldErrorMap(validate(OutcomeBody, body));
    const problems = { ...formProblems, ...(outcome ? {} : { outcome: 'must be chosen' }) };
    setErrors(problems);
    if (hasErrors(problems)) return;
    record.mutate(body, { onError: (error) => setErrors(isLinkGone(error) ? NO_ERRORS : serverFieldErrors(error)) });
  }

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
  const failure = record.isError && !hasErrors(errors) ? describeError(record.error) : null;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Your answer">
      <FormErrorSummary errors={errors} describeField={describeComplaintField} />
      {failure ? (
        <Alert tone="error" title={failure.title}>
          {failure.detail}
        </Alert>
      ) : null}
      <div className={errors.outcome ? 'field field-invalid' : 'field'}>
        <fieldset className="choice-list" aria-describedby={errors.outcome ? 'outcome-error' : undefined}>
          <legend>Did the vendor’s response resolve the matter?</legend>
          {CHOICES.map(([value, label]) => (
            <label key={value} className="radio">
              <input type="radio" name="complaint-outcome" value={value} checked={outcome === value} required onChange={() => setOutcome(value)} />
              {label}
            </label>
          ))}
        </fieldset>
        {errors.outcome ? (
          <p id="outcome-error" className="field-error">
            Choose yes or no.
          </p>
        ) : null}
      </div>
      <FormField label="Comment (optional)" errorLabel="Comment" hint="The vendor and the registry read it." error={errors.comment}>
        {(control) => <textarea {...control} rows={4} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={record.isPending}>
          Send my answer
        </Button>
      </div>
    </form>
  );
}
