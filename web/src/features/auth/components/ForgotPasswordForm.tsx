import { PasswordResetRequestBody } from '@cep/shared';
import { useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useRequestPasswordReset } from '../hooks/useAccountChanges.ts';

/** The answer is the same for every address, so the page never says whether one has an account. */
export function ForgotPasswordForm({ initialEmail = '' }: { initialEmail?: string }) {
  const request = useRequestPasswordReset();
  const [sent, setSent] = useState<string | null>(null);
  const form = useSchemaForm({
    schema: PasswordResetRequestBody,
    initial: { email: initialEmail },
    toBody: ({ email }) => ({ email: email.trim() }),
    send: (body) => request.mutateAsync(body),
    onDone: (notice) => setSent(notice.message),
  });

  if (sent) {
    return (
      <Alert tone="success" title="Check your e-mail">
        {sent} Did not arrive? Look in the spam folder. An account receives at most three links an hour.
      </Alert>
    );
  }
  return (
    <form className="form narrow" onSubmit={form.onSubmit} noValidate aria-label="Reset your password">
      <FormFailure failure={form.failure} errors={form.errors} />
      <FormField label="E-mail" error={form.errors.email} required>
        {(control) => <input {...control} type="email" autoComplete="username" value={form.values.email} onChange={(e) => form.set({ email: e.target.value })} />}
      </FormField>
      <Button type="submit" busy={form.pending}>
        Send me a link
      </Button>
    </form>
  );
}
