import { PasswordResetBody } from '@cep/shared';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useResetPassword } from '../hooks/useAccountChanges.ts';

/** The new password, typed twice. */
export function ResetPasswordForm({ token, email, onReset }: { token: string; email: string; onReset: () => void }) {
  const reset = useResetPassword(token);
  const form = useSchemaForm({
    schema: PasswordResetBody,
    initial: { password: '', confirmation: '' },
    toBody: ({ password }) => ({ password }),
    check: ({ password, confirmation }) => ({ passwordConfirmation: password !== confirmation ? 'does not match the password' : undefined }),
    send: (body) => reset.mutateAsync(body),
    onDone: onReset,
  });
  const { password, confirmation } = form.values;

  return (
    <form className="form narrow" onSubmit={form.onSubmit} noValidate aria-label="Choose a new password">
      <FormFailure failure={form.failure} errors={form.errors} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField label="New password" hint="At least 12 characters. A phrase of a few words is easy to remember." error={form.errors.password} required>
        {(control) => <input {...control} type="password" autoComplete="new-password" value={password} onChange={(e) => form.set({ password: e.target.value })} />}
      </FormField>
      <FormField label="New password again" error={form.errors.passwordConfirmation} required>
        {(control) => <input {...control} type="password" autoComplete="new-password" value={confirmation} onChange={(e) => form.set({ confirmation: e.target.value })} />}
      </FormField>
      <Button type="submit" busy={form.pending}>
        Set the new password
      </Button>
    </form>
  );
}
