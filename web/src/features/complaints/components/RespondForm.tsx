import { DESCRIPTION_MAX, RespondBody, validate } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useIdempotencyKey } from '../../../hooks/useIdempotencyKey.ts';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
import { useRespondToComplaint } from '../hooks/useComplaintActions.ts';
import { describeComplaintField } from '../utils/complaint-labels.ts';

/** The vendor's one answer to a forwarded complaint; the customer receives it by e-mail. */
export function RespondForm({ complaintId, onDone }: { complaintId: string; onDone: () => void }) {
  const [response, setResponse] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const respond = useRespondToComplaint(complaintId);
  const keyFor = useIdempotencyKey();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body: RespondBody = { response: response.trim() };
    const problems = toFieldErrorMap(validate(RespondBody, body));
    setErrors(problems);
    if (hasErrors(problems)) return;
    respond.mutate({ body, idempotencyKey: keyFor(body) }, { onSuccess: onDone, onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  return (
    <form className="form section" onSubmit={onSubmit} noValidate aria-labelledby="respond-heading">
      <h2 id="respond-heading">Respond</h2>
      <p>You can respond once. The customer receives your response by e-mail and is asked whether it resolves the matter.</p>
      <FormErrorSummary errors={errors} describeField={describeComplaintField} />
      {respond.isError && !hasErrors(errors) ? (
        <Alert tone="error" title={describeError(respond.error).title}>
          {describeError(respond.error).detail}
        </Alert>
      ) : null}
      <FormField label="Your response" hint={`At least 10 characters. ${response.length} / ${DESCRIPTION_MAX} characters`} error={errors.response} required>
        {(control) => <textarea {...control} rows={8} maxLength={DESCRIPTION_MAX} value={response} onChange={(e) => setResponse(e.target.value)} />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={respond.isPending}>
          Send response
        </Button>
      </div>
    </form>
  );
}
