import { AcceptInvitationBody } from '@cep/shared';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useAcceptInvitation } from '../hooks/useInvitation.ts';

/** Name and password, the password typed twice; the API checks the rest. */
export function AcceptInvitationForm({ token, email, onAccepted }: { token: string; email: string; onAccepted: () => void }) {
  const accept = useAcceptInvitation(token);
  const form = useSchemaForm({
    schema: AcceptInvitationBody,
    initial: { name: '', password: '', confirmation: '' },
    toBody: ({ name, password }) => ({ name: name.trim(), password }),
    check: ({ password, confirmation }) => ({ passwordConfirmation: password !== confirmation ? 'does not match the password' : undefined }),
    send: (body) => accept.mutateAsync(body),
    onDone: onAccepted,
  });
  const { name, password, confirmation } = form.values;

  return (
    <form className="form narrow" onSubmit={form.onSubmit} noValidate aria-label="Set up your account">
      <FormFailure failure={form.failure} errors={form.errors} />
      {/* The e-mail is fixed by the invitation; password managers still want to see it. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField label="Your name" error={form.errors.name} required>
        {(control) => <input {...control} autoComplete="name" value={name} onChange={(e) => form.set({ name: e.target.value })} />}
      </FormField>
      <FormField label="Password" hint="At least 12 characters. A phrase of a few words is easy to remember." error={form.errors.password} required>
        {(control) => <input {...control} type="password" autoComplete="new-password" value={password} onChange={(e) => form.set({ password: e.target.value })} />}
      </FormField>
      <FormField label="Password again" error={form.errors.passwordConfirmation} required>
        {(control) => <input {...control} type="password" autoComplete="new-password" value={confirmation} onChange={(e) => form.set({ confirmation: e.target.value })} />}
      </FormField>
      <Button type="submit" busy={form.pending}>
        Create my account
      </Button>
    </form>
  );
}
