import { LoginBody, type Me, type SecondFactorChallenge } from '@cep/shared';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useLogin, usePasskeySignIn } from '../hooks/useLogin.ts';
import { SecondFactorForm } from './SecondFactorForm.tsx';
import { passkeyFailure, passkeysAvailable } from '../utils/passkeys.ts';

/** Wrong e-mail and wrong password are one answer: the form never says which. */
const signInWords = (failure: unknown) => (isApiError(failure) && failure.status === 401 ? { title: 'Wrong e-mail or password', detail: 'Check both and try again.' } : null);

/** Sign in: e-mail and password, then the second factor when the account has one; or a passkey alone. */
export function LoginForm({ initialEmail = '', onSignedIn }: { initialEmail?: string; onSignedIn: (user: Me) => void }) {
  const loginMutation = useLogin();
  const passkeySignIn = usePasskeySignIn();
  const [step, setStep] = useState<SecondFactorChallenge['secondFactor'] | null>(null);
  const form = useSchemaForm({
    schema: LoginBody,
    initial: { email: initialEmail, password: '' },
    toBody: ({ email, password }) => ({ email: email.trim(), password }),
    send: (body) => loginMutation.mutateAsync(body),
    onDone: (answer) => (answer.kind === 'signed_in' ? onSignedIn(answer.user) : setStep(answer.step)),
  });
  const { email, password } = form.values;

  if (step) {
    return (
      <SecondFactorForm
        step={step}
        onSignedIn={onSignedIn}
        onRestart={() => {
          setStep(null);
          form.set({ password: '' });
        }}
      />
    );
  }

  return (
    <>
      <form className="form narrow" onSubmit={form.onSubmit} noValidate aria-label="Sign in">
        <FormFailure failure={form.failure} errors={form.errors} words={signInWords} />
        <FormField label="E-mail" error={form.errors.email} required>
          {(control) => <input {...control} type="email" autoComplete="username webauthn" value={email} onChange={(e) => form.set({ email: e.target.value })} />}
        </FormField>
        <FormField label="Password" error={form.errors.password} required>
          {(control) => <input {...control} type="password" autoComplete="current-password" value={password} onChange={(e) => form.set({ password: e.target.value })} />}
        </FormField>
        <Button type="submit" busy={form.pending}>
          Sign in
        </Button>
      </form>
      {passkeysAvailable() ? (
        <div className="form narrow">
          {passkeySignIn.error ? <FormFailure failure={passkeyFailure(passkeySignIn.error)} errors={{}} /> : null}
          <Button variant="secondary" busy={passkeySignIn.isPending} onClick={() => passkeySignIn.mutate(undefined, { onSuccess: onSignedIn })}>
            Sign in with a passkey
          </Button>
        </div>
      ) : null}
    </>
  );
}
