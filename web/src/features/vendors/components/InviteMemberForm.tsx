import { InviteMemberBody } from '@cep/shared';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useInviteMember } from '../hooks/useMembers.ts';

type InviteRole = InviteMemberBody['role'];

export function InviteMemberForm({ vendorId }: { vendorId: string }) {
  const [invited, setInvited] = useState<string | null>(null);
  const invite = useInviteMember(vendorId);
  const form = useSchemaForm({
    schema: InviteMemberBody,
    initial: { email: '', role: 'vendor_member' as InviteRole },
    toBody: ({ email, role }) => ({ email: email.trim(), role }),
    send: (body, idempotencyKey) => invite.mutateAsync({ body, idempotencyKey }),
    onDone: (member) => {
      setInvited(member.email);
      form.set({ email: '' });
    },
  });
  const { email, role } = form.values;

  return (
    <form className="form narrow" onSubmit={form.onSubmit} noValidate aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a colleague</h2>
      <p className="muted">They get an e-mail with a one-time link, valid 7 days, to set their name and password.</p>
      <p role="status" className={invited ? 'notice notice-success' : 'notice'}>
        {invited ? `Invitation sent to ${invited}.` : ''}
      </p>
      <FormFailure failure={form.failure} errors={form.errors} />
      <FormField label="E-mail" error={form.errors.email} required>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => {
              setInvited(null);
              form.set({ email: e.target.value });
            }}
          />
        )}
      </FormField>
      <FormField label="Role" hint="Owners can also invite people; members keep the profile and data." error={form.errors.role}>
        {(control) => (
          <select {...control} value={role} onChange={(e) => form.set({ role: e.target.value === 'vendor_owner' ? 'vendor_owner' : 'vendor_member' })}>
            <option value="vendor_member">Member</option>
            <option value="vendor_owner">Owner</option>
          </select>
        )}
      </FormField>
      <Button type="submit" busy={form.pending}>
        Send invitation
      </Button>
    </form>
  );
}
