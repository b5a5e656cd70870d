import { InviteMemberBody } from '@cep/shared';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { useInviteMember } from '../hooks/useMembers.ts';

/** People join as members; a vendor has one owner, who hands the ownership on from the team table. */
export function InviteMemberForm({ vendorId }: { vendorId: string }) {
  const [sent, setSent] = useState<string | null>(null);
  const invite = useInviteMember(vendorId);
  const form = useSchemaForm({
    schema: InviteMemberBody,
    initial: { email: '' },
    toBody: ({ email }) => ({ email: email.trim() }),
    send: (body, idempotencyKey) => invite.mutateAsync({ body, idempotencyKey }),
    onDone: (answer) => {
      setSent(answer.message);
      form.set({ email: '' });
    },
  });

  return (
    <form className="form narrow" onSubmit={form.onSubmit} noValidate aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a colleague</h2>
      <p className="muted">They join as a member and get an e-mail with a one-time link, valid 7 days, to set their name and password.</p>
      <p role="status" className={sent ? 'notice notice-success' : 'notice'}>
        {sent ?? ''}
      </p>
      <FormFailure failure={form.failure} errors={form.errors} />
      <FormField label="E-mail" error={form.errors.email} required>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="off"
            value={form.values.email}
            onChange={(e) => {
              setSent(null);
              form.set({ email: e.target.value });
            }}
          />
        )}
      </FormField>
      <Button type="submit" busy={form.pending}>
        Send invitation
      </Button>
    </form>
  );
}
