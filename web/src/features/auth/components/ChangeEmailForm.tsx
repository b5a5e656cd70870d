import { ChangeEmailBody } from '@cep/shared';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useChangeEmail } from '../hooks/useAccountChanges.ts';

const EMPTY = { newEmail: '', currentPassword: '' };

/** Nothing changes until the link sent to the new address is opened; the page says so. */
export function ChangeEmailForm({ email }: { email: string }) {
  const change = useChangeEmail();
  const [notice, setNotice] = useState<string | null>(null);
  const form = useSchemaForm({
    schema: ChangeEmailBody,
    initial: EMPTY,
    toBody: ({ newEmail, currentPassword }) => ({ newEmail: newEmail.trim(), currentPassword }),
    send: (body) => change.mutateAsync(body),
    onDone: (answer) => {
      setNotice(answer.message);
      form.set(EMPTY);
    },
  });
  const edit = (patch: Partial<typeof EMPTY>) => {
    setNotice(null);
    form.set(patch);
  };

  return (
    <form className="form narrow" onSubmit={form.onSubmit} noValidate aria-labelledby="email-heading">
      <h2 id="email-heading">E-mail address</h2>
      <p className="muted">
        You sign in as <strong>{email}</strong>. To use another address, we send a link to it; your current address is told too.
      </p>
      <p role="status" className={notice ? 'notice notice-success' : 'notice'}>
        {notice ?? ''}
      </p>
      <FormFailure failure={form.failure} errors={form.errors} />
      <FormField label="New e-mail" error={form.errors.newEmail} required>
        {(control) => <input {...control} type="email" autoComplete="email" value={form.values.newEmail} onChange={(e) => edit({ newEmail: e.target.value })} />}
      </FormField>
      <FormField label="Your password" hint="To be sure it is you." error={form.errors.currentPassword} required>
        {(control) => <input {...control} type="password" autoComplete="current-password" value={form.values.currentPassword} onChange={(e) => edit({ currentPassword: e.target.value })} />}
      </FormField>
      <Button type="submit" busy={form.pending}>
        Send the confirmation link
      </Button>
    </form>
  );
}
