import type { Member } from '@cep/shared';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { formatDate, ROLE_LABELS } from '../../../lib/format.ts';
import { useMembers, useRemoveMember, useResendInvitation, useResetTwoFactor, useTransferOwnership } from '../hooks/useMembers.ts';

type Pending = { kind: 'remove' | 'transfer' | 'reset'; member: Member } | null;

/**
 * The team. Whoever may manage it (the owner, the admin) also removes people, withdraws or resends
 * invitations and hands the ownership on; each lasting change is confirmed first. The admin also
 * resets the two-step sign-in of someone who lost every factor (`canResetTwoFactor`).
 */
export function TeamMembers({ vendorId, canManage, canResetTwoFactor = false }: { vendorId: string; canManage: boolean; canResetTwoFactor?: boolean }) {
  const members = useMembers(vendorId);
  const remove = useRemoveMember(vendorId);
  const resend = useResendInvitation(vendorId);
  const transfer = useTransferOwnership(vendorId);
  const reset = useResetTwoFactor(vendorId);
  const [pending, setPending] = useState<Pending>(null);
  const [resent, setResent] = useState<string | null>(null);
  const close = () => setPending(null);

  return (
    <Loadable query={members} loading="Loading the team…" empty={{ when: (people) => people.length === 0, title: 'Nobody on the team yet' }}>
      {(people) => (
        <>
          <p role="status" className={resent ? 'notice notice-success' : 'notice'}>
            {resent ? `A new invitation link is on its way to ${resent}; the earlier one no longer works.` : ''}
          </p>
          {resend.error ? <FormFailure failure={resend.error} errors={{}} /> : null}
          <Table caption="People who can manage this vendor">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Two-step sign-in</th>
                <th scope="col">Since</th>
                {canManage ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {people.map((m) => (
                <tr key={m.id}>
                  <td>{m.name || <span className="muted">(not set yet)</span>}</td>
                  <td>{m.email}</td>
                  <td>{ROLE_LABELS[m.role] ?? m.role}</td>
                  <td>
                    <StatusTag status={m.status} label={m.status === 'invited' ? 'invited' : 'active'} />
                  </td>
                  <td>
                    {m.twoFactor ? 'On' : 'Off'}
                    {canResetTwoFactor && m.twoFactor ? (
                      <>
                        {' '}
                        <Button size="small" variant="secondary" onClick={() => setPending({ kind: 'reset', member: m })}>
                          Reset
                        </Button>
                      </>
                    ) : null}
                  </td>
                  <td>{formatDate(m.createdAt)}</td>
                  {canManage ? (
                    <td>
                      {m.role === 'vendor_owner' ? (
                        <span className="muted">The owner</span>
                      ) : (
                        <div className="row-actions">
                          {m.status === 'invited' ? (
                            <Button size="small" variant="secondary" busy={resend.isPending && resend.variables === m.id} onClick={() => resend.mutate(m.id, { onSuccess: () => setResent(m.email) })}>
                              Resend invitation
                            </Button>
                          ) : (
                            <Button size="small" variant="secondary" onClick={() => setPending({ kind: 'transfer', member: m })}>
                              Make owner
                            </Button>
                          )}
                          <Button size="small" variant="danger" onClick={() => setPending({ kind: 'remove', member: m })}>
                            {m.status === 'invited' ? 'Withdraw invitation' : 'Remove'}
                          </Button>
                        </div>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
          {pending?.kind === 'remove' ? (
            <ConfirmDialog
              title={pending.member.status === 'invited' ? `Withdraw the invitation to ${pending.member.email}?` : `Remove ${pending.member.name || pending.member.email} from the team?`}
              confirm={pending.member.status === 'invited' ? 'Withdraw the invitation' : 'Remove from the team'}
              danger
              busy={remove.isPending}
              failure={remove.error}
              onConfirm={() => remove.mutate(pending.member.id, { onSuccess: close })}
              onClose={close}
            >
              <p>
                {pending.member.status === 'invited'
                  ? 'The invitation link stops working at once. They are told by e-mail.'
                  : 'They are signed out everywhere at once and can no longer sign in for this vendor. They are told by e-mail. To bring them back, invite them again.'}
              </p>
            </ConfirmDialog>
          ) : null}
          {pending?.kind === 'reset' ? (
            <ConfirmDialog
              title={`Reset the two-step sign-in of ${pending.member.name || pending.member.email}?`}
              confirm="Reset two-step sign-in"
              danger
              busy={reset.isPending}
              failure={reset.error}
              onConfirm={() => reset.mutate(pending.member.id, { onSuccess: close })}
              onClose={close}
            >
              <p>
                Only for someone who lost their authenticator app, passkeys and recovery codes, once you have checked who they are another way (a call to a number you already know). Their
                second factors stop working, every device of theirs is signed out, and they are told by e-mail; they then sign in with the password alone until they set it up again.
              </p>
            </ConfirmDialog>
          ) : null}
          {pending?.kind === 'transfer' ? (
            <ConfirmDialog
              title={`Make ${pending.member.name || pending.member.email} the owner?`}
              confirm="Transfer the ownership"
              busy={transfer.isPending}
              failure={transfer.error}
              onConfirm={() => transfer.mutate(pending.member.id, { onSuccess: close })}
              onClose={close}
            >
              <p>
                A vendor has one owner. {pending.member.name || pending.member.email} will receive every notice about the pledge, sign agreements and manage the team; the present owner stays on
                the team as a member. Only the new owner (or the registry admin) can hand it back.
              </p>
            </ConfirmDialog>
          ) : null}
        </>
      )}
    </Loadable>
  );
}
