import { AcceptInvitationBody, validate } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
import { useAcceptInvitation } from '../hooks/useInvitation.ts';

/** Name and password, the password typed twice; the API checks the rest. */
export function AcceptInvitationForm({ token, email, onAccepted }: { token: string; email: string; onAccepted: () => void }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const accept = useAcceptInvitation(token);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { name: name.trim(), password };
    const problems: Record<string, string> = { ...toFieldErrorMap(validate(AcceptInvitationBody, body)) };
    if (password !== confirmation) problems.passwordConfirmation = 'does not match the password';
    setErrors(problems);
    if (hasErrors(problems)) return;
    accept.mutate(body, { onSuccess: onAccepted, onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  return (
    <form className="form narrow" onSubmit={onSubmit} noValidate aria-label="Set up your account">
      {accept.isError && !hasErrors(errors) ? <Alert tone="error" title={describeError(accept.error).title}>{describeError(accept.error).detail}</Alert> : null}
      {/* The e-mail is fixed by the invitation; password managers still want to see it. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField label="Your name" error={errors.name} required>
        {(control) => <input {...control} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />}
      </FormField>
      <FormField label="Password" hint="At least 12 characters. A phrase of a few words is easy to remember." error={errors.password} required>
        {(control) => <input {...control} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </FormField>
      <FormField label="Password again" error={errors.passwordConfirmation} required>
        {(control) => <input {...control} type="password" autoComplete="new-password" value={confirmation} onChange={(e) => setConfirmation(e.target.value)} />}
      </FormField>
      <Button type="submit" busy={accept.isPending}>
        Create my account
      </Button>
    </form>
  );
}
