import { LoginBody, type Me } from '@cep/shared';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useLogin } from '../hooks/useLogin.ts';

/** Wrong e-mail and wrong password are one answer: the form never says which. */
const signInWords = (failure: unknown) => (isApiError(failure) && failure.status === 401 ? { title: 'Wrong e-mail or password', detail: 'Check both and try again.' } : null);

export function LoginForm({ initialEmail = '', onSignedIn }: { initialEmail?: string; onSignedIn: (user: Me) => void }) {
  const loginMutation = useLogin();
  const form = useSchemaForm({
    schema: LoginBody,
    initial: { email: initialEmail, password: '' },
    toBody: ({ email, password }) => ({ email: email.trim(), password }),
    send: (body) => loginMutation.mutateAsync(body),
    onDone: onSignedIn,
  });
  const { email, password } = form.values;

  return (
    <form className="form narrow" onSubmit={form.onSubmit} noValidate aria-label="Sign in">
      <FormFailure failure={form.failure} errors={form.errors} words={signInWords} />
      <FormField label="E-mail" error={form.errors.email} required>
        {(control) => <input {...control} type="email" autoComplete="username" value={email} onChange={(e) => form.set({ email: e.target.value })} />}
      </FormField>
      <FormField label="Password" error={form.errors.password} required>
        {(control) => <input {...control} type="password" autoComplete="current-password" value={password} onChange={(e) => form.set({ password: e.target.value })} />}
      </FormField>
      <Button type="submit" busy={form.pending}>
        Sign in
      </Button>
    </form>
  );
}
