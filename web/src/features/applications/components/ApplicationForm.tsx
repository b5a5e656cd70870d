import { type ApplicationReceipt, CreateApplicationBody } from '@cep/shared';
import { Button } from '../../../components/ui/Button.tsx';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { CategorySelect } from '../../vendors/index.ts';
import { useCreateApplication } from '../hooks/useApplications.ts';

const LABELS = {
  companyName: 'Company name',
  website: 'Web site',
  category: 'Category',
  contactName: 'Your name',
  contactTitle: 'Your job title',
  contactEmail: 'Your e-mail',
  message: 'Message',
} as const;
const describeField = (field: string): string => (LABELS as Record<string, string>)[field] ?? field;

const EMPTY = { companyName: '', website: '', category: '', contactName: '', contactTitle: '', contactEmail: '', message: '' };
type Values = typeof EMPTY;

/** Optional fields left blank are not sent at all. */
function toBody(values: Values): CreateApplicationBody {
  return {
    companyName: values.companyName.trim(),
    website: values.website.trim(),
    category: values.category,
    contactName: values.contactName.trim(),
    contactEmail: values.contactEmail.trim(),
    ...(values.contactTitle.trim() ? { contactTitle: values.contactTitle.trim() } : {}),
    ...(values.message.trim() ? { message: values.message.trim() } : {}),
  };
}

export function ApplicationForm({ onSubmitted }: { onSubmitted: (receipt: ApplicationReceipt, body: CreateApplicationBody) => void }) {
  const create = useCreateApplication();
  const form = useSchemaForm({
    schema: CreateApplicationBody,
    initial: EMPTY,
    toBody,
    send: (body, idempotencyKey) => create.mutateAsync({ body, idempotencyKey }),
    onDone: onSubmitted,
  });
  const { values, errors } = form;
  const set = (field: keyof Values) => (value: string) => form.set({ [field]: value });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-label="Application">
      <FormErrorSummary errors={errors} describeField={describeField} />
      <FormFailure failure={form.failure} errors={errors} />
      <fieldset>
        <legend>Your company</legend>
        <FormField label={LABELS.companyName} error={errors.companyName} required>
          {(control) => <input {...control} autoComplete="organization" value={values.companyName} onChange={(e) => set('companyName')(e.target.value)} />}
        </FormField>
        <FormField label={LABELS.website} hint="The address of your public web site, e.g. https://example.com" error={errors.website} required>
          {(control) => <input {...control} type="url" inputMode="url" autoComplete="url" value={values.website} onChange={(e) => set('website')(e.target.value)} />}
        </FormField>
        <FormField label={LABELS.category} error={errors.category} required>
          {(control) => <CategorySelect control={control} value={values.category} emptyLabel="Choose a category" onChange={set('category')} />}
        </FormField>
      </fieldset>
      <fieldset>
        <legend>Who we should write to</legend>
        <FormField label={LABELS.contactName} error={errors.contactName} required>
          {(control) => <input {...control} autoComplete="name" value={values.contactName} onChange={(e) => set('contactName')(e.target.value)} />}
        </FormField>
        <FormField label={LABELS.contactTitle} optional error={errors.contactTitle}>
          {(control) => <input {...control} autoComplete="organization-title" value={values.contactTitle} onChange={(e) => set('contactTitle')(e.target.value)} />}
        </FormField>
        <FormField label={LABELS.contactEmail} hint="If we approve, the invitation to set up your account goes here." error={errors.contactEmail} required>
          {(control) => <input {...control} type="email" autoComplete="email" value={values.contactEmail} onChange={(e) => set('contactEmail')(e.target.value)} />}
        </FormField>
        <FormField label={LABELS.message} optional hint="Anything the program team should know about your support." error={errors.message}>
          {(control) => <textarea {...control} rows={4} value={values.message} onChange={(e) => set('message')(e.target.value)} />}
        </FormField>
      </fieldset>
      <Button type="submit" busy={form.pending}>
        Send application
      </Button>
    </form>
  );
}
