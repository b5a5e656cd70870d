import { ChangePasswordBody } from '@cep/shared';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useChangePassword } from '../hooks/useAccountChanges.ts';

const EMPTY = { currentPassword: '', newPassword: '', confirmation: '' };

export function ChangePasswordForm({ email }: { email: string }) {
  const change = useChangePassword();
  const [changed, setChanged] = useState(false);
  const form = useSchemaForm({
    schema: ChangePasswordBody,
    initial: EMPTY,
    toBody: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
    check: ({ newPassword, confirmation }) => ({ newPasswordConfirmation: newPassword !== confirmation ? 'does not match the new password' : undefined }),
    send: (body) => change.mutateAsync(body),
    onDone: () => {
      setChanged(true);
      form.set(EMPTY);
    },
  });
  const { currentPassword, newPassword, confirmation } = form.values;
  const edit = (patch: Partial<typeof EMPTY>) => {
    setChanged(false);
    form.set(patch);
  };

  return (
    <form className="form narrow" onSubmit={form.onSubmit} noValidate aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      <p className="muted">A new password signs you out on every other device; this one stays signed in. You get an e-mail about it.</p>
      <p role="status" className={changed ? 'notice notice-success' : 'notice'}>
        {changed ? 'Your password was changed, and every other device was signed out.' : ''}
      </p>
      <FormFailure failure={form.failure} errors={form.errors} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField label="Current password" error={form.errors.currentPassword} required>
        {(control) => <input {...control} type="password" autoComplete="current-password" value={currentPassword} onChange={(e) => edit({ currentPassword: e.target.value })} />}
      </FormField>
      <FormField label="New password" hint="At least 12 characters." error={form.errors.newPassword} required>
        {(control) => <input {...control} type="password" autoComplete="new-password" value={newPassword} onChange={(e) => edit({ newPassword: e.target.value })} />}
      </FormField>
      <FormField label="New password again" error={form.errors.newPasswordConfirmation} required>
        {(control) => <input {...control} type="password" autoComplete="new-password" value={confirmation} onChange={(e) => edit({ confirmation: e.target.value })} />}
      </FormField>
      <Button type="submit" busy={form.pending}>
        Change the password
      </Button>
    </form>
  );
}
