import { InviteMemberBody, validate } from '@cep/shared';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { describeError } from '../../../components/ui/ErrorState.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useIdempotencyKey } from '../../../hooks/useIdempotencyKey.ts';
import { type FieldErrorMap, hasErrors, NO_ERRORS, serverFieldErrors, toFieldErrorMap } from '../../../lib/form-errors.ts';
import { useInviteMember } from '../hooks/useMembers.ts';

type InviteRole = InviteMemberBody['role'];

export function InviteMemberForm({ vendorId }: { vendorId: string }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InviteRole>('vendor_member');
  const [errors, setErrors] = useState<FieldErrorMap>(NO_ERRORS);
  const [invited, setInvited] = useState<string | null>(null);
  const invite = useInviteMember(vendorId);
  const keyFor = useIdempotencyKey();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { email: email.trim(), role };
    const problems = toFieldErrorMap(validate(InviteMemberBody, body));
    setErrors(problems);
    setInvited(null);
    if (hasErrors(problems)) return;
    invite.mutate(
      { body, idempotencyKey: keyFor(body) },
      {
        onSuccess: (member) => {
          setInvited(member.email);
          setEmail('');
        },
        onError: (error) => setErrors(serverFieldErrors(error)),
      },
    );
  }

  return (
    <form className="form narrow" onSubmit={onSubmit} noValidate aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a colleague</h2>
      <p className="muted">They get an e-mail with a one-time link, valid 7 days, to set their name and password.</p>
      <p role="status" className={invited ? 'notice notice-success' : 'notice'}>
        {invited ? `Invitation sent to ${invited}.` : ''}
      </p>
      {invite.isError && !hasErrors(errors) ? <Alert tone="error" title={describeError(invite.error).title}>{describeError(invite.error).detail}</Alert> : null}
      <FormField label="E-mail" error={errors.email} required>
        {(control) => <input {...control} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
      </FormField>
      <FormField label="Role" hint="Owners can also invite people; members keep the profile and data." error={errors.role}>
        {(control) => (
          <select {...control} value={role} onChange={(e) => setRole(e.target.value === 'vendor_owner' ? 'vendor_owner' : 'vendor_member')}>
            <option value="vendor_member">Member</option>
            <option value="vendor_owner">Owner</option>
          </select>
        )}
      </FormField>
      <Button type="submit" busy={invite.isPending}>
        Send invitation
      </Button>
    </form>
  );
}
