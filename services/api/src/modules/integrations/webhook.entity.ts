import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { type RecordedEventType, WEBHOOK_DELIVERY_STATUSES, type WebhookDeliveryStatus } from '@cep/shared';
import { oneOf } from '../../db/checks.ts';

/**
 * A receiver of events: a vendor's (its own events) or the program's (`vendor_id` null, every
 * vendor's). The secret signs each delivery; after a rotation the previous one signs too until
 * `previous_secret_expires_at`, so a receiver can switch without losing a message.
 */
@Entity({ name: 'webhook_endpoint' })
@Index('webhook_endpoint_vendor_idx', ['vendorId'])
export class WebhookEndpoint {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('vendor', { name: 'webhook_endpoint_vendor_id_fkey' })
  @Column({ name: 'vendor_id', type: 'uuid', nullable: true })
  vendorId: string | null;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'event_types', type: 'text', array: true })
  eventTypes: RecordedEventType[];

  @Column({ type: 'text' })
  secret: string;

  @Column({ name: 'previous_secret', type: 'text', nullable: true })
  previousSecret: string | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;

  @Column({ name: 'secret_rotated_at', type: 'timestamptz', nullable: true })
  secretRotatedAt: Date | null;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason: string | null;

  /** The first failure since the last success; null while deliveries succeed. */
  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  @ForeignKey('app_user', { name: 'webhook_endpoint_created_by_fkey' })
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}

/**
 * One message to one endpoint, tried until it succeeds or its attempts run out. `message_id` is the
 * `webhook-id` header: the event's id (so a redelivery carries the same id and receivers can
 * deduplicate), or a fresh one for a test message, whose payload is kept here.
 */
@Entity({ name: 'webhook_delivery' })
@Check('webhook_delivery_status_check', oneOf('status', WEBHOOK_DELIVERY_STATUSES))
@Index('webhook_delivery_endpoint_idx', ['endpointId', 'createdAt', 'id'])
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('webhook_endpoint', { name: 'webhook_delivery_endpoint_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @ForeignKey('domain_event', { name: 'webhook_delivery_event_id_fkey' })
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  /** Only for a test message; an event's payload is built from its row when sent. */
  @Column({ type: 'jsonb', nullable: true })
  payload: Record<string, unknown> | null;

  @Column({ type: 'text' })
  status: WebhookDeliveryStatus;

  @Column({ name: 'attempt_count', type: 'integer', default: 0 })
  attemptCount: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}

/** The log: every attempt of a delivery with the receiver's answer. */
@Entity({ name: 'webhook_attempt' })
export class WebhookAttempt {
  @ForeignKey('webhook_delivery', { name: 'webhook_attempt_delivery_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  @PrimaryColumn({ type: 'integer' })
  attempt: number;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode: number | null;

  @Column({ name: 'latency_ms', type: 'integer' })
  latencyMs: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
