import { JoinRequestBody } from '@cep/shared';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useRequestJoin } from '../hooks/useJoinRequests.ts';

const EMPTY = { vendorName: '', website: '', contactEmail: '', email: '', name: '' };

/** A buyer asks a vendor that is not a member to join; it counts once confirmed from their e-mail. */
export function AskToJoinForm() {
  const ask = useRequestJoin();
  // Opened at once when a page sent the buyer here for it (a vendor that is not a member).
  const [openAtFirst] = useState(useLocation().hash === '#ask-to-join');
  const form = useSchemaForm({
    schema: JoinRequestBody,
    initial: EMPTY,
    toBody: ({ vendorName, website, contactEmail, email, name }) => ({ vendorName: vendorName.trim(), website: website.trim(), contactEmail: contactEmail.trim(), email: email.trim(), ...(name.trim() ? { name: name.trim() } : {}) }),
    send: (body, idempotencyKey) => ask.mutateAsync({ body, idempotencyKey }),
    onDone: () => form.set(EMPTY),
  });
  const { values, errors } = form;
  return (
    <details className="section ask-to-join" id="ask-to-join" open={openAtFirst || undefined}>
      <summary>Missing a vendor? Ask it to join</summary>
      {ask.isSuccess && values.vendorName === '' ? (
        <Alert tone="success" title="Check your e-mail">
          {ask.data.message}
        </Alert>
      ) : null}
      <form className="form narrow" onSubmit={form.onSubmit} noValidate aria-label="Ask a vendor to join">
        <p className="muted">We invite the vendor to apply once you confirm from your e-mail — at most once a month, however many customers ask. The vendor does not see who asked.</p>
        <FormFailure failure={form.failure} errors={errors} />
        <FormField label="Vendor’s name" error={errors.vendorName} required>
          {(control) => <input {...control} value={values.vendorName} onChange={(e) => form.set({ vendorName: e.target.value })} />}
        </FormField>
        <FormField label="Vendor’s web site" hint="Such as https://vendor.example" error={errors.website} required>
          {(control) => <input {...control} type="url" value={values.website} onChange={(e) => form.set({ website: e.target.value })} />}
        </FormField>
        <FormField label="Whom at the vendor to write to" hint="An e-mail address, such as their support or customer success team" error={errors.contactEmail} required>
          {(control) => <input {...control} type="email" value={values.contactEmail} onChange={(e) => form.set({ contactEmail: e.target.value })} />}
        </FormField>
        <FormField label="Your e-mail" hint="To confirm the request; not passed on" error={errors.email} required>
          {(control) => <input {...control} type="email" autoComplete="email" value={values.email} onChange={(e) => form.set({ email: e.target.value })} />}
        </FormField>
        <FormField label="Your name" optional error={errors.name}>
          {(control) => <input {...control} autoComplete="name" value={values.name} onChange={(e) => form.set({ name: e.target.value })} />}
        </FormField>
        <Button type="submit" busy={form.pending}>
          Ask them to join
        </Button>
      </form>
    </details>
  );
}
