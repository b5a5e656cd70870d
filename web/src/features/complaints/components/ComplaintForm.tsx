import { type ComplaintFiled, type ComplaintPromise, FileComplaintBody, SUBJECT_MAX, validate } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
import { useComplaintAttempt } from '../hooks/useComplaintAttempt.ts';
import { useFileComplaint } from '../hooks/usePublicComplaint.ts';
import { describeComplaintField } from '../utils/complaint-labels.ts';
import { DescriptionField } from './DescriptionField.tsx';
import { HoneypotField } from './HoneypotField.tsx';
import { PromiseChoice } from './PromiseChoice.tsx';

const EMPTY = { name: '', email: '', organisation: '', subject: '', description: '', website: '' };
type TextValues = typeof EMPTY;

/** What the person wrote, trimmed; the optional organisation and the spam trap only when filled. */
function toContent(vendor: string, values: TextValues, promise: ComplaintPromise, consent: boolean): Omit<FileComplaintBody, 'fillTimeMs'> {
  return {
    vendor,
    name: values.name.trim(),
    email: values.email.trim(),
    ...(values.organisation.trim() ? { organisation: values.organisation.trim() } : {}),
    subject: values.subject.trim(),
    description: values.description.trim(),
    promise,
    consent,
    ...(values.website ? { website: values.website } : {}),
  };
}

/** A 4xx is an answer the server keeps under the key; a network failure or 5xx is worth resending as is. */
const isDefiniteAnswer = (error: unknown): boolean => isApiError(error) && error.status >= 400 && error.status < 500;

/** The public complaint form about one member vendor. */
export function ComplaintForm({ vendorSlug, vendorName, onFiled }: { vendorSlug: string; vendorName: string; onFiled: (filed: ComplaintFiled, email: string) => void }) {
  const [values, setValues] = useState<TextValues>(EMPTY);
  const [promise, setPromise] = useState<ComplaintPromise | ''>('');
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const file = useFileComplaint();
  const { attemptFor, forget } = useComplaintAttempt();
  const set = (field: keyof TextValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Checked with a stand-in promise, so the other fields' problems show even before one is chosen.
    const content = toContent(vendorSlug, values, promise || 'other', consent);
    const problems = { ...toFieldErrorMap(validate(FileComplaintBody, { ...content, fillTimeMs: 0 })), ...(promise ? {} : { promise: 'must be chosen' }) };
    setErrors(problems);
    if (hasErrors(problems)) return;
    file.mutate(attemptFor(content), {
      onSuccess: (filed) => onFiled(filed, content.email),
      onError: (error) => {
        if (isDefiniteAnswer(error)) forget();
        setErrors(serverFieldErrors(error));
      },
    });
  }

  const failure = file.isError && !hasErrors(errors) ? describeError(file.error) : null;
  const notMember = isApiError(file.error) && file.error.status === 404;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={`Complaint about ${vendorName}`}>
      <FormErrorSummary errors={errors} describeField={describeComplaintField} />
      {failure ? (
        <Alert tone="error" title={notMember ? `${vendorName} is not a member of the program` : failure.title}>
          {notMember ? 'The registry takes complaints only about vendors with a pledge.' : failure.detail}
        </Alert>
      ) : null}
      <FormField label="Your name" error={errors.name} required>
        {(control) => <input {...control} autoComplete="name" maxLength={120} value={values.name} onChange={(e) => set('name')(e.target.value)} />}
      </FormField>
      <FormField label="Your e-mail" hint="We send the confirmation link here." error={errors.email} required>
        {(control) => <input {...control} type="email" autoComplete="email" value={values.email} onChange={(e) => set('email')(e.target.value)} />}
      </FormField>
      <FormField label="Organisation (optional)" errorLabel="Organisation" error={errors.organisation}>
        {(control) => <input {...control} autoComplete="organization" maxLength={200} value={values.organisation} onChange={(e) => set('organisation')(e.target.value)} />}
      </FormField>
      <FormField label="Subject" hint="A few words, e.g. “No answer to my ticket for three weeks”." error={errors.subject} required>
        {(control) => <input {...control} maxLength={SUBJECT_MAX} value={values.subject} onChange={(e) => set('subject')(e.target.value)} />}
      </FormField>
      <DescriptionField value={values.description} error={errors.description} onChange={set('description')} />
      <PromiseChoice value={promise} error={errors.promise} onChange={setPromise} />
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
          <span>{vendorName} may see my name, e-mail and organisation</span>
        </label>
      </div>
      <HoneypotField value={values.website} onChange={set('website')} />
      <div className="form-actions">
        <Button type="submit" busy={file.isPending}>
          Send complaint
        </Button>
      </div>
    </form>
  );
}
