import { EventType } from '@cep/shared';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button.tsx';
import { FormFailure } from '../../../components/ui/FormFailure.tsx';
import { Loadable } from '../../../components/ui/Loadable.tsx';
import { StatusTag } from '../../../components/ui/StatusTag.tsx';
import { Table } from '../../../components/ui/Table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { useWebhookChanges } from '../hooks/useIntegrations.ts';
import { useDeliveries } from '../hooks/useIntegrations.ts';

const STATUS_LOOK = { pending: 'pending_signature', succeeded: 'active', failed: 'revoked', cancelled: 'withdrawn' } as const;

/** An endpoint's deliveries, newest first: each with its attempts; redeliver one or everything since a time. */
export function DeliveryLog({ endpointId, redeliver }: { endpointId: string; redeliver: ReturnType<typeof useWebhookChanges>['redeliver'] }) {
  const [pages, setPages] = useState<(string | undefined)[]>([undefined]);
  const before = pages.at(-1);
  const deliveries = useDeliveries(endpointId, before);
  const [since, setSince] = useState('');
  const [queued, setQueued] = useState<string | null>(null);
  const again = (body: { eventId: string } | { since: string }) =>
    redeliver.mutate({ id: endpointId, body }, { onSuccess: ({ queued: n }) => setQueued(`${n} ${n === 1 ? 'event' : 'events'} queued for redelivery.`) });

  return (
    <div className="stack">
      <p role="status" className="notice">
        {queued ?? ''}
      </p>
      {redeliver.error ? <FormFailure failure={redeliver.error} errors={{}} /> : null}
      <Loadable query={deliveries} loading="Loading the deliveries…" empty={{ when: (page) => page.items.length === 0, title: 'Nothing delivered yet', children: <p>Send a test event to try the endpoint.</p> }}>
        {(page) => (
          <>
            <Table caption="Delivery log">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Next attempt</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((d) => (
                  <tr key={d.id}>
                    <td>
                      <code>{d.eventType}</code>
                      <div className="muted">
                        {formatDateTime(d.createdAt)} · <span className="mono">{d.eventId}</span>
                      </div>
                    </td>
                    <td>
                      <StatusTag status={STATUS_LOOK[d.status]} label={d.status} />
                    </td>
                    <td>
                      {d.attempts.length === 0 ? (
                        <span className="muted">not tried yet</span>
                      ) : (
                        <ol className="attempts">
                          {d.attempts.map((a) => (
                            <li key={a.attempt}>
                              {formatDateTime(a.at)}: {a.statusCode ?? 'no answer'} in {a.latencyMs} ms{a.error && a.statusCode === null ? ` (${a.error})` : ''}
                            </li>
                          ))}
                        </ol>
                      )}
                    </td>
                    <td>{d.nextAttemptAt ? formatDateTime(d.nextAttemptAt) : '—'}</td>
                    <td>
                      {d.eventType !== EventType.Ping && d.status !== 'pending' ? (
                        <Button size="small" variant="secondary" onClick={() => again({ eventId: d.eventId })}>
                          Redeliver
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <div className="form-actions">
              {pages.length > 1 ? (
                <Button size="small" variant="secondary" onClick={() => setPages(pages.slice(0, -1))}>
                  Newer
                </Button>
              ) : null}
              {page.next ? (
                <Button size="small" variant="secondary" onClick={() => setPages([...pages, page.next ?? undefined])}>
                  Older
                </Button>
              ) : null}
            </div>
          </>
        )}
      </Loadable>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (since) again({ since: new Date(since).toISOString() });
        }}
      >
        <label>
          Redeliver every event since <input type="datetime-local" value={since} onChange={(e) => setSince(e.target.value)} required />
        </label>
        <Button type="submit" size="small" variant="secondary" busy={redeliver.isPending}>
          Redeliver
        </Button>
      </form>
    </div>
  );
}
