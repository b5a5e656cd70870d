import { CreateWebhookBody, EVENT_DESCRIPTIONS, EVENT_TYPES, type RecordedEventType, VENDOR_EVENT_TYPES, type Webhook } from '@cep/shared';
import { useState } from 'react';
import { Alert } from '../../../components/ui/Alert.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { CheckboxGroup } from '../../../components/ui/CheckboxGroup.tsx';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { FormField } from '../../../components/ui/FormField.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { useSchemaForm } from '../../../hooks/useSchemaForm.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useWebhookChanges, useWebhooks } from '../hooks/useIntegrations.ts';
import { DeliveryLog } from './DeliveryLog.tsx';
import { OneTimeSecret } from './OneTimeSecret.tsx';

type Changes = ReturnType<typeof useWebhookChanges>;

/** Webhook endpoints: a vendor's (its own events) or the program's (every vendor's), with their logs. */
export function WebhooksPanel({ program }: { program: boolean }) {
  const endpoints = useWebhooks();
  const changes = useWebhookChanges();
  const [secret, setSecret] = useState<{ title: string; value: string } | null>(null);

  return (
    <section aria-labelledby="webhooks-heading" className="stack">
      <h2 id="webhooks-heading">Webhooks</h2>
      <p className="muted">
        The registry POSTs each event you choose to your endpoint, signed by the Standard Webhooks scheme (verify it with the signing secret), and retries for about three days until it answers
        2xx. {program ? 'Program endpoints receive every vendor’s events.' : 'Your endpoints receive your vendor’s events only.'}
      </p>
      {secret ? <OneTimeSecret title={secret.title} value={secret.value} what="signing secret" onDone={() => setSecret(null)} /> : null}
      <Loadable query={endpoints} loading="Loading the endpoints…" empty={{ when: (list) => list.length === 0, title: 'No endpoints yet', children: <p>Register one below to receive events.</p> }}>
        {(list) => (
          <ul className="card-list">
            {list.map((endpoint) => (
              <Endpoint key={endpoint.id} endpoint={endpoint} changes={changes} onSecret={(value) => setSecret({ title: `New signing secret for ${endpoint.url}`, value })} />
            ))}
          </ul>
        )}
      </Loadable>
      <RegisterForm program={program} changes={changes} onCreated={(endpoint) => setSecret({ title: `Endpoint ${endpoint.url} registered`, value: endpoint.secret })} />
    </section>
  );
}

function Endpoint({ endpoint, changes, onSecret }: { endpoint: Webhook; changes: Changes; onSecret: (secret: string) => void }) {
  const [showLog, setShowLog] = useState(false);
  const [confirm, setConfirm] = useState<'delete' | 'rotate' | null>(null);
  const [tested, setTested] = useState(false);
  const status = endpoint.enabled ? (endpoint.failingSince ? 'failing' : 'enabled') : 'disabled';
  const toggle = () => changes.update.mutate({ id: endpoint.id, version: endpoint.version, body: { enabled: !endpoint.enabled } });

  return (
    <li className="card stack">
      <div className="card-header">
        <h3 className="card-title">
          <code>{endpoint.url}</code>
        </h3>
        <StatusTag status={status === 'enabled' ? 'active' : status === 'failing' ? 'lapsed' : 'suspended'} label={status} />
      </div>
      {endpoint.description ? <p>{endpoint.description}</p> : null}
      <p className="muted">Events: {endpoint.eventTypes.join(', ')}</p>
      {endpoint.disabledReason ? <Alert tone="warning" title="Not receiving events">{endpoint.disabledReason}. Fix the receiver, then enable it and redeliver what it missed.</Alert> : null}
      {endpoint.enabled && endpoint.failingSince ? (
        <Alert tone="warning" title="Deliveries are failing">
          Every delivery has failed since {formatDateTime(endpoint.failingSince)}; after 5 days the endpoint is disabled.
        </Alert>
      ) : null}
      {endpoint.previousSecretExpiresAt ? <p className="muted">The previous secret also signs until {formatDateTime(endpoint.previousSecretExpiresAt)}.</p> : null}
      <p role="status" className="notice">
        {tested ? 'Test event queued: it shows in the delivery log within seconds.' : ''}
      </p>
      <div className="form-actions">
        <Button size="small" busy={changes.test.isPending && changes.test.variables === endpoint.id} onClick={() => changes.test.mutate(endpoint.id, { onSuccess: () => { setTested(true); setShowLog(true); } })}>
          Send a test event
        </Button>
        <Button size="small" variant="secondary" onClick={() => setShowLog(!showLog)} aria-expanded={showLog}>
          {showLog ? 'Hide the delivery log' : 'Delivery log'}
        </Button>
        <Button size="small" variant="secondary" onClick={toggle}>
          {endpoint.enabled ? 'Pause' : 'Enable'}
        </Button>
        <Button size="small" variant="secondary" onClick={() => setConfirm('rotate')}>
          Rotate the secret
        </Button>
        <Button size="small" variant="danger" onClick={() => setConfirm('delete')}>
          Delete
        </Button>
      </div>
      {changes.update.error && changes.update.variables?.id === endpoint.id ? <FormFailure failure={changes.update.error} errors={{}} /> : null}
      {showLog ? <DeliveryLog endpointId={endpoint.id} redeliver={changes.redeliver} /> : null}
      {confirm === 'delete' ? (
        <ConfirmDialog
          title="Delete this endpoint?"
          confirm="Delete the endpoint"
          danger
          busy={changes.remove.isPending}
          failure={changes.remove.error}
          onConfirm={() => changes.remove.mutate(endpoint.id, { onSuccess: () => setConfirm(null) })}
          onClose={() => setConfirm(null)}
        >
          <p>
            <code>{endpoint.url}</code> stops receiving events and its delivery log is deleted. This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
      {confirm === 'rotate' ? (
        <ConfirmDialog
          title="Rotate the signing secret?"
          confirm="Rotate the secret"
          busy={changes.rotate.isPending}
          failure={changes.rotate.error}
          onConfirm={() =>
            changes.rotate.mutate(endpoint.id, {
              onSuccess: (rotated) => {
                setConfirm(null);
                onSecret(rotated.secret);
              },
            })
          }
          onClose={() => setConfirm(null)}
        >
          <p>A new secret signs every delivery from now on. The current one keeps signing too for 24 hours, so you can switch your receiver without missing a message.</p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}

function RegisterForm({ program, changes, onCreated }: { program: boolean; changes: Changes; onCreated: (endpoint: { url: string; secret: string }) => void }) {
  const types: readonly RecordedEventType[] = program ? EVENT_TYPES : VENDOR_EVENT_TYPES;
  const initial = { url: '', description: '', eventTypes: [] as RecordedEventType[] };
  const form = useSchemaForm({
    schema: CreateWebhookBody,
    initial,
    toBody: ({ url, description, eventTypes }): CreateWebhookBody => ({ url: url.trim(), eventTypes, ...(description.trim() ? { description: description.trim() } : {}) }),
    send: (body, idempotencyKey) => changes.create.mutateAsync({ body, idempotencyKey }),
    onDone: (created) => {
      onCreated(created);
      form.reset(initial);
    },
  });

  return (
    <form className="form narrow" onSubmit={form.onSubmit} noValidate aria-labelledby="new-endpoint-heading">
      <h3 id="new-endpoint-heading">Register an endpoint</h3>
      <FormFailure failure={form.failure} errors={form.errors} />
      <FormField label="URL" hint="https, where your receiver listens." error={form.errors.url} required>
        {(control) => <input {...control} type="url" inputMode="url" placeholder="https://example.com/webhooks/cep" value={form.values.url} onChange={(e) => form.set({ url: e.target.value })} />}
      </FormField>
      <FormField label="Description" optional error={form.errors.description}>
        {(control) => <input {...control} value={form.values.description} onChange={(e) => form.set({ description: e.target.value })} />}
      </FormField>
      <CheckboxGroup legend="Events" options={types} chosen={form.values.eventTypes} onChange={(next) => form.set({ eventTypes: next })} describe={(type) => EVENT_DESCRIPTIONS[type]} error={form.errors.eventTypes} />
      <Button type="submit" busy={form.pending}>
        Register the endpoint
      </Button>
    </form>
  );
}
