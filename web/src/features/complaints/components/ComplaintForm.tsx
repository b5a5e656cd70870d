import { type ComplaintFiled, type ComplaintPromise, FileComplaintBody, SUBJECT_MAX } from '@cep/shared';
import { Button } from '../../../components/ui/Button.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { isApiError } from '../../../lib/api-client.ts';
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
  const file = useFileComplaint();
  const { attemptFor, forget } = useComplaintAttempt();
  const form = useSchemaForm({
    schema: FileComplaintBody,
    initial: { ...EMPTY, promise: '' as ComplaintPromise | '', consent: false },
    // Checked with a stand-in promise and fill time, so the other fields' problems show before a promise is chosen.
    toBody: ({ promise, consent, ...text }): FileComplaintBody => ({ ...toContent(vendorSlug, text, promise || 'other', consent), fillTimeMs: 0 }),
    check: ({ promise }) => ({ promise: promise ? undefined : 'must be chosen' }),
    // The attempt carries the real fill time and its own key (useComplaintAttempt).
    send: async ({ fillTimeMs: _checkedOnly, ...content }) => {
      try {
        return await file.mutateAsync(attemptFor(content));
      } catch (error) {
        if (isDefiniteAnswer(error)) forget();
        throw error;
      }
    },
    onDone: (filed, body) => onFiled(filed, body.email),
  });
  const { values } = form;
  const set = (field: keyof TextValues) => (value: string) => form.set({ [field]: value });
  const notMember = isApiError(form.failure) && form.failure.status === 404;

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-label={`Complaint about ${vendorName}`}>
      <FormErrorSummary errors={form.errors} describeField={describeComplaintField} />
      <FormFailure
        failure={form.failure}
        errors={form.errors}
        words={() => (notMember ? { title: `${vendorName} is not a member of the program`, detail: 'The registry takes complaints only about vendors with a pledge.' } : null)}
      />
      <FormField label="Your name" error={form.errors.name} required>
        {(control) => <input {...control} autoComplete="name" maxLength={120} value={values.name} onChange={(e) => set('name')(e.target.value)} />}
      </FormField>
      <FormField label="Your e-mail" hint="We send the confirmation link here." error={form.errors.email} required>
        {(control) => <input {...control} type="email" autoComplete="email" value={values.email} onChange={(e) => set('email')(e.target.value)} />}
      </FormField>
      <FormField label="Organisation (optional)" errorLabel="Organisation" error={form.errors.organisation}>
        {(control) => <input {...control} autoComplete="organization" maxLength={200} value={values.organisation} onChange={(e) => set('organisation')(e.target.value)} />}
      </FormField>
      <FormField label="Subject" hint="A few words, e.g. “No answer to my ticket for three weeks”." error={form.errors.subject} required>
        {(control) => <input {...control} maxLength={SUBJECT_MAX} value={values.subject} onChange={(e) => set('subject')(e.target.value)} />}
      </FormField>
      <DescriptionField value={values.description} error={form.errors.description} onChange={set('description')} />
      <PromiseChoice value={values.promise} error={form.errors.promise} onChange={(promise) => form.set({ promise })} />
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={values.consent} onChange={(e) => form.set({ consent: e.target.checked })} />
          <span>{vendorName} may see my name, e-mail and organisation</span>
        </label>
      </div>
      <HoneypotField value={values.website} onChange={set('website')} />
      <div className="form-actions">
        <Button type="submit" busy={form.pending}>
          Send complaint
        </Button>
      </div>
    </form>
  );
}
