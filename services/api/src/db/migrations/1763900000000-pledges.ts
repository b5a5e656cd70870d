import { createHash } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Version 1 of the pledge, as SPEC §3 words it. Later versions are published by the admin. */
const FIRST_AGREEMENT = `CUSTOMER EXCELLENCE PLEDGE

We pledge to our customers:

1. We provide exceptional customer support and service.

2. We maintain high ethical standards in sales, service and business.

3. We take care of our customers' needs in a timely fashion: a first response within 120 minutes during our business hours, daily follow-ups where applicable, and a published description of our support queue (what counts as low, medium and high priority).

4. We give every customer a named support person or team as the point of contact.

CHECKPOINTS

Every six months we report to the program, for the half-year just ended:

- response times, follow-ups and the number of support contacts;
- the top five issues, with the average time to solve each;
- support contacts per client;
- where we run NPS: the sample, promoters, passives and detractors, how the sample was chosen and how detractors are followed up.

The data for a half-year is due 30 days after it ends. Promise 3 is met when at least 95% of first responses are within 120 business minutes.`;

/**
 * The pledge: agreement versions, one pledge per vendor with its lifecycle state, signatures that
 * are never edited, appeals, the checkpoint table the calendar and the lapse rule read, and a
 * ledger of notices so a reminder goes out once however often the scan runs.
 */
export class Pledges1763900000000 implements MigrationInterface {
  name = 'Pledges1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agreement_version (
        version                 integer PRIMARY KEY,
        title                   text NOT NULL,
        body                    text NOT NULL,
        text_sha256             text NOT NULL,
        response_target_minutes integer NOT NULL DEFAULT 120 CHECK (response_target_minutes > 0),
        response_target_share   numeric(5,4) NOT NULL DEFAULT 0.95 CHECK (response_target_share > 0 AND response_target_share <= 1),
        effective_at            timestamptz NOT NULL,
        published_at            timestamptz NOT NULL DEFAULT now(),
        published_by            uuid REFERENCES app_user (id)
      );
      CREATE INDEX agreement_version_published_by_idx ON agreement_version (published_by);
      CREATE INDEX agreement_version_effective_idx ON agreement_version (effective_at);

      CREATE TABLE pledge (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id      uuid NOT NULL REFERENCES vendor (id),
        state          text NOT NULL DEFAULT 'pending_signature'
                       CHECK (state IN ('pending_signature', 'active', 'lapsed', 'suspended', 'revoked', 'withdrawn')),
        state_since    timestamptz NOT NULL DEFAULT now(),
        state_reason   text,
        active_since   timestamptz,
        signature_id   uuid,
        resign_by      timestamptz,
        version        integer NOT NULL DEFAULT 1,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX pledge_vendor_id_key ON pledge (vendor_id);
      CREATE INDEX pledge_state_idx ON pledge (state);

      CREATE TABLE pledge_signature (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pledge_id         uuid NOT NULL REFERENCES pledge (id),
        vendor_id         uuid NOT NULL REFERENCES vendor (id),
        agreement_version integer NOT NULL REFERENCES agreement_version (version),
        agreement_title   text NOT NULL,
        agreement_text    text NOT NULL,
        text_sha256       text NOT NULL,
        signer_name       text NOT NULL,
        signer_title      text NOT NULL,
        signer_email      text NOT NULL,
        signed_by         uuid NOT NULL REFERENCES app_user (id),
        signed_at         timestamptz NOT NULL,
        client_ip         text NOT NULL
      );
      -- One signature per pledge and version: concurrent sign requests cannot both land.
      CREATE UNIQUE INDEX pledge_signature_pledge_version_key ON pledge_signature (pledge_id, agreement_version);
      CREATE INDEX pledge_signature_vendor_id_idx ON pledge_signature (vendor_id);
      CREATE INDEX pledge_signature_signed_by_idx ON pledge_signature (signed_by);
      CREATE INDEX pledge_signature_agreement_version_idx ON pledge_signature (agreement_version);
      ALTER TABLE pledge ADD CONSTRAINT pledge_signature_id_fkey FOREIGN KEY (signature_id) REFERENCES pledge_signature (id);
      CREATE INDEX pledge_signature_id_idx ON pledge (signature_id);

      -- A signed record is never edited (SPEC §3).
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER pledge_signature_no_update BEFORE UPDATE OR DELETE ON pledge_signature
        FOR EACH ROW EXECUTE FUNCTION refuse_change();

      CREATE TABLE pledge_appeal (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pledge_id       uuid NOT NULL REFERENCES pledge (id),
        vendor_id       uuid NOT NULL REFERENCES vendor (id),
        author_id       uuid NOT NULL REFERENCES app_user (id),
        state_at_appeal text NOT NULL,
        body            text NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX pledge_appeal_pledge_id_idx ON pledge_appeal (pledge_id, created_at);
      CREATE INDEX pledge_appeal_vendor_id_idx ON pledge_appeal (vendor_id);
      CREATE INDEX pledge_appeal_author_id_idx ON pledge_appeal (author_id);

      CREATE TABLE checkpoint (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id    uuid NOT NULL REFERENCES vendor (id),
        period       text NOT NULL CHECK (period ~ '^[0-9]{4}-H[12]$'),
        status       text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'accepted', 'returned')),
        submitted_at timestamptz,
        reviewed_at  timestamptz,
        version      integer NOT NULL DEFAULT 1,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX checkpoint_vendor_period_key ON checkpoint (vendor_id, period);

      -- Notices sent (reminders, grace-period warnings): the primary key makes each one once-only.
      CREATE TABLE notice (
        vendor_id uuid NOT NULL REFERENCES vendor (id),
        key       text NOT NULL,
        sent_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (vendor_id, key)
      );

      INSERT INTO pledge (vendor_id, state, state_since) SELECT id, 'pending_signature', created_at FROM vendor;
    `);
    await q.query(
      `INSERT INTO agreement_version (version, title, body, text_sha256, effective_at, published_at) VALUES (1, $1, $2, $3, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')`,
      ['Customer Excellence Pledge — version 1', FIRST_AGREEMENT, createHash('sha256').update(FIRST_AGREEMENT, 'utf8').digest('hex')],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE notice;
      DROP TABLE checkpoint;
      DROP TABLE pledge_appeal;
      ALTER TABLE pledge DROP CONSTRAINT pledge_signature_id_fkey;
      DROP TABLE pledge_signature;
      DROP FUNCTION refuse_change();
      DROP TABLE pledge;
      DROP TABLE agreement_version;
    `);
  }
}
