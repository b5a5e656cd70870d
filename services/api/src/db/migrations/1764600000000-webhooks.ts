import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks: endpoints (a vendor's or the program's), one delivery per message and endpoint, and the
 * log of every attempt. Deleting an endpoint deletes its deliveries and their log.
 */
export class Webhooks1764600000000 implements MigrationInterface {
  name = 'Webhooks1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoint (
        id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id                  uuid REFERENCES vendor (id),
        url                        text NOT NULL,
        description                text NOT NULL DEFAULT '',
        event_types                text[] NOT NULL,
        secret                     text NOT NULL,
        previous_secret            text,
        previous_secret_expires_at timestamptz,
        secret_rotated_at          timestamptz,
        enabled                    boolean NOT NULL DEFAULT true,
        disabled_reason            text,
        failing_since              timestamptz,
        created_by                 uuid NOT NULL REFERENCES app_user (id),
        created_at                 timestamptz NOT NULL,
        version                    integer NOT NULL DEFAULT 1
      );
      CREATE INDEX webhook_endpoint_vendor_idx ON webhook_endpoint (vendor_id);

      CREATE TABLE webhook_delivery (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id     uuid NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
        event_id        uuid REFERENCES domain_event (id),
        message_id      uuid NOT NULL,
        event_type      text NOT NULL,
        payload         jsonb,
        status          text NOT NULL,
        attempt_count   integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        created_at      timestamptz NOT NULL,
        delivered_at    timestamptz,
        CONSTRAINT webhook_delivery_status_check CHECK (status IN ('pending', 'succeeded', 'failed', 'cancelled'))
      );
      CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, created_at, id);

      CREATE TABLE webhook_attempt (
        delivery_id uuid NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
        attempt     integer NOT NULL,
        at          timestamptz NOT NULL,
        status_code integer,
        latency_ms  integer NOT NULL,
        error       text,
        PRIMARY KEY (delivery_id, attempt)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE webhook_attempt;
      DROP TABLE webhook_delivery;
      DROP TABLE webhook_endpoint;
    `);
  }
}
