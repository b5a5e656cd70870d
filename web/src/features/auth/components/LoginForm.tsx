import { LoginBody, type Me, validate } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { type FieldErrorMap, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
import { useLogin } from '../hooks/useLogin.ts';

export function LoginForm({ initialEmail = '', onSignedIn }: { initialEmail?: string; onSignedIn: (user: Me) => void }) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const loginMutation = useLogin();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { email: email.trim(), password };
    const problems = toFieldErrorMap(validate(LoginBody, body));
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    loginMutation.mutate(body, {
      onSuccess: onSignedIn,
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  const failure = loginMutation.error;
  return (
    <form className="form narrow" onSubmit={onSubmit} noValidate aria-label="Sign in">
      {failure && !(isApiError(failure) && failure.fieldErrors.length > 0) ? (
        <Alert tone="error" title={isApiError(failure) && failure.status === 401 ? 'Wrong e-mail or password' : describeError(failure).title}>
          {isApiError(failure) && failure.status === 401 ? 'Check both and try again.' : describeError(failure).detail}
        </Alert>
      ) : null}
      <FormField label="E-mail" error={errors.email} required>
        {(control) => <input {...control} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
      </FormField>
      <FormField label="Password" error={errors.password} required>
        {(control) => <input {...control} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </FormField>
      <Button type="submit" busy={loginMutation.isPending}>
        Sign in
      </Button>
    </form>
  );
}
