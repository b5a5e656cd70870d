import type { EntityManager } from 'typeorm';
import { type DomainEvent, WebhookDeliveryStatus } from '@cep/shared';
import { type EventRow, toEnvelope } from './events.queries.ts';

/**
 * The delivery job's two statements. Dispatch runs hundreds of deliveries a second while the API
 * serves, so each delivery is one read and, when it succeeds, one write (SQL, as the data-access
 * rule allows where one statement replaces several: docs/architecture.md).
 */

export interface DeliveryWork {
  status: WebhookDeliveryStatus;
  attemptCount: number;
  messageId: string;
  eventId: string | null;
  endpointId: string;
  enabled: boolean;
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  /** What is POSTed: a test message's stored payload, or the event as webhooks send it. */
  body: DomainEvent | Record<string, unknown> | null;
}

/** The delivery with its endpoint and its event (and the event's vendor), in one read. */
export async function deliveryWork(manager: EntityManager, deliveryId: string): Promise<DeliveryWork | null> {
  const [row] = (await manager.query(
    `SELECT d.status, d.attempt_count, d.message_id, d.event_id, d.payload, d.endpoint_id,
            w.enabled, w.url, w.secret, w.previous_secret, w.previous_secret_expires_at,
            e.id, e.type, e.occurred_at, e.sequence, e.data, e.tx_id, e.position,
            v.id AS vendor_id, v.slug AS vendor_slug, v.name AS vendor_name
       FROM webhook_delivery d
       JOIN webhook_endpoint w ON w.id = d.endpoint_id
       LEFT JOIN domain_event e ON e.id = d.event_id
       LEFT JOIN vendor v ON v.id = e.vendor_id
      WHERE d.id = $1`,
    [deliveryId],
  )) as (EventRow & {
    status: WebhookDeliveryStatus;
    attempt_count: number;
    message_id: string;
    event_id: string | null;
    payload: Record<string, unknown> | null;
    endpoint_id: string;
    enabled: boolean;
    url: string;
    secret: string;
    previous_secret: string | null;
    previous_secret_expires_at: Date | null;
  })[];
  if (!row) return null;
  return {
    status: row.status,
    attemptCount: row.attempt_count,
    messageId: row.message_id,
    eventId: row.event_id,
    endpointId: row.endpoint_id,
    enabled: row.enabled,
    url: row.url,
    secret: row.secret,
    previousSecret: row.previous_secret,
    previousSecretExpiresAt: row.previous_secret_expires_at ? new Date(row.previous_secret_expires_at) : null,
    body: row.payload ?? (row.id ? toEnvelope(row) : null),
  };
}

/** A 2xx: the attempt logged, the delivery done, and the endpoint no longer failing — one statement. */
export async function recordSuccess(
  manager: EntityManager,
  endpointId: string,
  attempt: { deliveryId: string; attempt: number; at: Date; statusCode: number | null; latencyMs: number },
): Promise<void> {
  await manager.query(
    `WITH logged AS (
       INSERT INTO webhook_attempt (delivery_id, attempt, at, status_code, latency_ms, error) VALUES ($1, $2, $3, $4, $5, NULL)),
     done AS (
       UPDATE webhook_delivery SET attempt_count = $2, status = $7, next_attempt_at = NULL, delivered_at = $3 WHERE id = $1)
     UPDATE webhook_endpoint SET failing_since = NULL WHERE id = $6 AND failing_since IS NOT NULL`,
    [attempt.deliveryId, attempt.attempt, attempt.at, attempt.statusCode, attempt.latencyMs, endpointId, WebhookDeliveryStatus.Succeeded],
  );
}
