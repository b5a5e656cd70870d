import { VerifyCredentialBody } from '@cep/shared';
import { type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useVerifyCredential } from '../../../features/credentials/index.ts';
import { usePageTitle } from '../../../hooks/usePageTitle.ts';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';

const TONES = { valid: 'success', expired: 'warning', suspended: 'error', revoked: 'error', not_ours: 'error', malformed: 'error' } as const;
const TITLES = { valid: 'Valid', expired: 'Expired', suspended: 'Suspended', revoked: 'Revoked', not_ours: 'Not signed by this registry', malformed: 'Not a credential' } as const;

/** A buyer checks a vendor's membership credential: pasted, or the file the vendor sent. */
export function VerifyCredentialPage() {
  usePageTitle('Check a credential');
  const check = useVerifyCredential();
  const form = useSchemaForm({
    schema: VerifyCredentialBody,
    initial: { credential: '' },
    toBody: ({ credential }) => ({ credential: credential.trim() }),
    // Said the way a buyer reads it: what to do, not what the field must be.
    check: ({ credential }) => ({ credential: credential.trim() ? undefined : 'is needed: paste a credential or choose its file' }),
    send: ({ credential }) => check.mutateAsync(credential),
  });

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (file) form.set({ credential: await file.text() });
  }

  const verdict = check.data;
  return (
    <div className="page narrow">
      <h1>Check a credential</h1>
      <p>
        A member of the Customer Excellence Pledge can show you a credential the registry signed. Paste it here, or choose the file the vendor sent you, and the
        registry checks its signature, its expiry and whether it was suspended or revoked. To check a badge on a web site instead, click the badge.
      </p>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <FormFailure failure={form.failure} errors={form.errors} />
        <FormField label="Credential" hint="The text of the credential (it starts with “ey”), or the contents of its JSON file." error={form.errors.credential} required>
          {(control) => <textarea {...control} rows={6} spellCheck={false} value={form.values.credential} onChange={(e) => form.set({ credential: e.target.value })} />}
        </FormField>
        <FormField label="Or its file" hint="A .json or .jwt file">
          {(control) => <input {...control} type="file" accept=".json,.jwt,.txt,application/json" onChange={(e) => void onFile(e)} />}
        </FormField>
        <div className="form-actions">
          <Button type="submit" busy={form.pending}>
            Check the credential
          </Button>
        </div>
      </form>
      {verdict ? (
        <Alert tone={TONES[verdict.verdict]} title={TITLES[verdict.verdict]}>
          <p>{verdict.reason}</p>
          {verdict.expiresAt ? <p>Valid until {formatDate(verdict.expiresAt)}.</p> : null}
          {verdict.vendor ? (
            <p>
              <Link to={`/verify/${verdict.vendor.slug}`}>See the current standing of {verdict.vendor.name}</Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}
