import { type ApiScope, API_SCOPE_DESCRIPTIONS, CreateApiKeyBody, PROGRAM_KEY_SCOPES, VENDOR_KEY_SCOPES } from '@cep/shared';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { CheckboxGroup } from '../../../components/ui/CheckboxGroup.tsx';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import type { KeyOwner } from '../api/integrations-api.ts';
import { useApiKeys, useKeyChanges } from '../hooks/useIntegrations.ts';
import { OneTimeSecret } from './OneTimeSecret.tsx';

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
}

/** A vendor's or the program's API keys: the list, a new key (shown once), revoking one. */
export function ApiKeysPanel({ owner }: { owner: KeyOwner }) {
  const keys = useApiKeys(owner);
  const changes = useKeyChanges(owner);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [revoking, setRevoking] = useState<KeyRow | null>(null);

  return (
    <section aria-labelledby="keys-heading" className="stack">
      <h2 id="keys-heading">API keys</h2>
      <p className="muted">
        A key lets a program call the registry for {owner.vendorId ? 'your vendor' : 'the whole program, read only'}: send it as <code>X-API-Key</code>. Give each integration its own key with only the
        scopes it needs, so you can revoke one without stopping the others.
      </p>
      {created ? <OneTimeSecret title={`Key “${created.name}” created`} value={created.key} what="API key" onDone={() => setCreated(null)} /> : null}
      <Loadable query={keys} loading="Loading the keys…" empty={{ when: (list) => list.length === 0, title: 'No API keys yet', children: <p>Create one below when an integration needs it.</p> }}>
        {(list) => (
          <Table caption="API keys">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Key</th>
                <th scope="col">Scopes</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((k) => (
                <tr key={k.id}>
                  <td>{k.name}</td>
                  <td>
                    <code>{k.prefix}…</code>
                  </td>
                  <td>{k.scopes.join(', ')}</td>
                  <td>
                    {formatDate(k.createdAt)} by {k.createdBy}
                    {k.expiresAt ? <div className="muted">expires {formatDate(k.expiresAt)}</div> : null}
                  </td>
                  <td>{k.lastUsedAt ? `${formatDateTime(k.lastUsedAt)} from ${k.lastUsedIp ?? 'an unknown address'}` : <span className="muted">never</span>}</td>
                  <td>
                    <StatusTag status={k.status} label={k.status} />
                  </td>
                  <td>
                    {k.status === 'active' ? (
                      <Button variant="secondary" size="small" onClick={() => setRevoking(k)}>
                        Revoke
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Loadable>
      <CreateKeyForm owner={owner} create={changes.create.mutateAsync} onCreated={setCreated} />
      {revoking ? (
        <ConfirmDialog
          title={`Revoke the key “${revoking.name}”?`}
          confirm="Revoke the key"
          danger
          busy={changes.revoke.isPending}
          failure={changes.revoke.error}
          onConfirm={() => changes.revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
          onClose={() => setRevoking(null)}
        >
          <p>
            Programs using <code>{revoking.prefix}…</code> are refused from the next request on. This cannot be undone: to let them in again, create a new key.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function CreateKeyForm({
  owner,
  create,
  onCreated,
}: {
  owner: KeyOwner;
  create: (input: { body: CreateApiKeyBody; idempotencyKey: string }) => Promise<{ name: string; key: string }>;
  onCreated: (key: { name: string; key: string }) => void;
}) {
  const scopes: readonly ApiScope[] = owner.vendorId ? VENDOR_KEY_SCOPES : PROGRAM_KEY_SCOPES;
  const form = useSchemaForm({
    schema: CreateApiKeyBody,
    initial: { name: '', scopes: [] as ApiScope[], expiresOn: '' },
    // A date chosen in the form means "until the end of that day" (UTC).
    toBody: ({ name, scopes: chosen, expiresOn }): CreateApiKeyBody => ({ name: name.trim(), scopes: chosen, ...(expiresOn ? { expiresAt: `${expiresOn}T23:59:59.000Z` } : {}) }),
    send: (body, idempotencyKey) => create({ body, idempotencyKey }),
    onDone: (created) => {
      onCreated(created);
      form.reset({ name: '', scopes: [], expiresOn: '' });
    },
  });

  return (
    <form className="form narrow" onSubmit={form.onSubmit} noValidate aria-labelledby="new-key-heading">
      <h3 id="new-key-heading">Create a key</h3>
      <FormFailure failure={form.failure} errors={form.errors} />
      <FormField label="Name" hint="What it is for, e.g. “Zendesk export” or “Marketplace sync”." error={form.errors.name} required>
        {(control) => <input {...control} value={form.values.name} onChange={(e) => form.set({ name: e.target.value })} />}
      </FormField>
      <CheckboxGroup legend="Scopes" options={scopes} chosen={form.values.scopes} onChange={(next) => form.set({ scopes: next })} describe={(scope) => API_SCOPE_DESCRIPTIONS[scope]} error={form.errors.scopes} />
      <FormField label="Expires on" optional hint="Leave empty for a key that works until you revoke it." error={form.errors.expiresAt}>
        {(control) => <input {...control} type="date" value={form.values.expiresOn} onChange={(e) => form.set({ expiresOn: e.target.value })} />}
      </FormField>
      <Button type="submit" busy={form.pending}>
        Create the key
      </Button>
    </form>
  );
}
