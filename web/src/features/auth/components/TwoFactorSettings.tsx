import { ConfirmTotpBody, type Passkey, type TotpEnrolment, type TwoFactorStatus } from '@cep/shared';
import { type ReactNode, useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useAddPasskey, useConfirmTotp, useRemovePasskey, useRemoveTotp, useRenewRecoveryCodes, useStartTotp, useTwoFactor } from '../hooks/useTwoFactor.ts';
import { passkeyFailure, passkeysAvailable } from '../utils/passkeys.ts';
import { RecoveryCodesShown } from './RecoveryCodesShown.tsx';

/** Every way this account proves who it is besides the password, and how to change each. */
export function TwoFactorSettings() {
  const status = useTwoFactor();
  const [codes, setCodes] = useState<string[] | null>(null);
  return (
    <Loadable query={status} loading="Loading your sign-in settings…">
      {(factors) =>
        codes ? (
          <RecoveryCodesShown codes={codes} onDone={() => setCodes(null)} />
        ) : (
          <>
            <AuthenticatorApp factors={factors} onCodes={setCodes} />
            <Passkeys factors={factors} />
            <RecoveryCodesSection factors={factors} onCodes={setCodes} />
          </>
        )
      }
    </Loadable>
  );
}

function AuthenticatorApp({ factors, onCodes }: { factors: TwoFactorStatus; onCodes: (codes: string[]) => void }) {
  const start = useStartTotp();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [removing, setRemoving] = useState(false);
  const removeTotp = useRemoveTotp();
  const lastFactor = factors.required && factors.passkeys.length === 0;

  return (
    <section aria-labelledby="app-heading">
      <h2 id="app-heading">Authenticator app</h2>
      {enrolment ? (
        <ConfirmApp enrolment={enrolment} onCancel={() => setEnrolment(null)} onConfirmed={(codes) => {
          setEnrolment(null);
          onCodes(codes);
        }} />
      ) : factors.totpEnabledAt ? (
        <>
          <p>On since {formatDate(factors.totpEnabledAt)}: signing in asks for the code the app shows.</p>
          <div className="form-actions">
            <Button variant="secondary" busy={start.isPending} onClick={() => start.mutate(undefined, { onSuccess: setEnrolment })}>
              Move to a new phone
            </Button>
            <Button variant="danger" disabled={lastFactor} onClick={() => setRemoving(true)}>
              Remove the app
            </Button>
          </div>
          {lastFactor ? <p className="muted">An admin account keeps a second factor: add a passkey before removing the app.</p> : null}
        </>
      ) : (
        <>
          <p>An app such as Google Authenticator, Microsoft Authenticator or 1Password shows a new 6-digit code every 30 seconds; signing in asks for it after the password.</p>
          <FormFailure failure={start.error} errors={{}} />
          <Button busy={start.isPending} onClick={() => start.mutate(undefined, { onSuccess: setEnrolment })}>
            Set up an authenticator app
          </Button>
        </>
      )}
      {removing ? (
        <PasswordDialog
          title="Remove the authenticator app?"
          confirm="Remove the app"
          busy={removeTotp.isPending}
          failure={removeTotp.error}
          onConfirm={(currentPassword) => removeTotp.mutate({ currentPassword }, { onSuccess: () => setRemoving(false) })}
          onClose={() => setRemoving(false)}
        >
          <p>{factors.passkeys.length > 0 ? 'Signing in will ask for your passkey instead.' : 'Signing in will ask for your password only, and your recovery codes stop working.'}</p>
        </PasswordDialog>
      ) : null}
    </section>
  );
}

function ConfirmApp({ enrolment, onCancel, onConfirmed }: { enrolment: TotpEnrolment; onCancel: () => void; onConfirmed: (codes: string[]) => void }) {
  const confirm = useConfirmTotp();
  const form = useSchemaForm({
    schema: ConfirmTotpBody,
    initial: { code: '' },
    toBody: ({ code }) => ({ code: code.trim() }),
    send: (body) => confirm.mutateAsync(body),
    onDone: (answer) => onConfirmed(answer.recoveryCodes),
  });
  return (
    <form className="form narrow" onSubmit={form.onSubmit} noValidate aria-label="Confirm the authenticator app">
      <ol>
        <li>
          Scan this code with the app:
          <br />
          <img src={enrolment.qrCode} alt="QR code for the authenticator app" width={220} height={220} />
        </li>
        <li>
          Or type this key into it: <code data-testid="totp-secret">{enrolment.secret}</code>
        </li>
        <li>Type the 6-digit code the app now shows.</li>
      </ol>
      <FormFailure failure={form.failure} errors={form.errors} />
      <FormField label="Code from the app" error={form.errors.code} required>
        {(control) => <input {...control} inputMode="numeric" autoComplete="one-time-code" value={form.values.code} onChange={(e) => form.set({ code: e.target.value })} />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={form.pending}>
          Turn on two-step sign-in
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function Passkeys({ factors }: { factors: TwoFactorStatus }) {
  const add = useAddPasskey();
  const remove = useRemovePasskey();
  const [name, setName] = useState('');
  const [removing, setRemoving] = useState<Passkey | null>(null);
  const lastFactor = factors.required && !factors.totpEnabledAt && factors.passkeys.length === 1;
  const supported = passkeysAvailable();

  return (
    <section aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">Passkeys</h2>
      <p className="muted">A passkey lives on your phone, computer or security key and is unlocked with your fingerprint, face or PIN. It signs you in without a password, or serves as the second step after it.</p>
      {factors.passkeys.length > 0 ? (
        <Table caption="Your passkeys">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Added</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {factors.passkeys.map((passkey) => (
              <tr key={passkey.id}>
                <td>{passkey.name}</td>
                <td>{formatDate(passkey.createdAt)}</td>
                <td>{passkey.lastUsedAt ? formatDateTime(passkey.lastUsedAt) : 'Never'}</td>
                <td>
                  <Button size="small" variant="secondary" disabled={lastFactor} onClick={() => setRemoving(passkey)}>
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {supported ? (
        <form
          className="form narrow"
          aria-label="Add a passkey"
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate(name, { onSuccess: () => setName('') });
          }}
        >
          {add.error ? <FormFailure failure={passkeyFailure(add.error)} errors={{}} /> : null}
          <FormField label="Name of the new passkey" hint="So you can tell them apart, such as “Work laptop”. Optional.">
            {(control) => <input {...control} maxLength={60} value={name} onChange={(e) => setName(e.target.value)} />}
          </FormField>
          <Button type="submit" busy={add.isPending}>
            Add a passkey
          </Button>
        </form>
      ) : (
        <p className="muted">This browser cannot use passkeys.</p>
      )}
      {removing ? (
        <ConfirmDialog title={`Remove “${removing.name}”?`} confirm="Remove the passkey" danger busy={remove.isPending} failure={remove.error} onConfirm={() => remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })} onClose={() => setRemoving(null)}>
          <p>It will no longer sign you in. Remove it from the device too.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function RecoveryCodesSection({ factors, onCodes }: { factors: TwoFactorStatus; onCodes: (codes: string[]) => void }) {
  const renew = useRenewRecoveryCodes();
  const [renewing, setRenewing] = useState(false);
  if (!factors.enabled) return null;
  return (
    <section aria-labelledby="codes-heading">
      <h2 id="codes-heading">Recovery codes</h2>
      <p>
        {factors.recoveryCodesLeft === 0
          ? 'You have no recovery codes: make some, so that a lost phone or passkey does not lock you out.'
          : `${factors.recoveryCodesLeft} of 10 left. ${factors.recoveryCodesLeft <= 3 ? 'Make new ones before you run out.' : 'Each signs you in once if you lose your phone or passkey.'}`}
      </p>
      <Button variant="secondary" onClick={() => setRenewing(true)}>
        Make new recovery codes
      </Button>
      {renewing ? (
        <PasswordDialog
          title="Make new recovery codes?"
          confirm="Make new codes"
          busy={renew.isPending}
          failure={renew.error}
          onConfirm={(currentPassword) =>
            renew.mutate(
              { currentPassword },
              {
                onSuccess: (answer) => {
                  setRenewing(false);
                  onCodes(answer.recoveryCodes);
                },
              },
            )
          }
          onClose={() => setRenewing(false)}
        >
          <p>Your current codes stop working at once.</p>
        </PasswordDialog>
      ) : null}
    </section>
  );
}

/** A confirmation that also asks for the password (the change weakens or resets how one signs in). */
function PasswordDialog({ onConfirm, children, ...rest }: { title: string; confirm: string; busy: boolean; failure: unknown; onConfirm: (password: string) => void; onClose: () => void; children: ReactNode }) {
  const [password, setPassword] = useState('');
  return (
    <ConfirmDialog {...rest} danger onConfirm={() => onConfirm(password)}>
      {children}
      <FormField label="Your password" required>
        {(control) => <input {...control} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </FormField>
    </ConfirmDialog>
  );
}
