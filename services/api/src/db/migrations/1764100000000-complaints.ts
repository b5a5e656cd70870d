import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaints and the watch list. What the complainant wrote (and who they are) is fixed at filing:
 * a trigger refuses any UPDATE of those columns, so no code path can edit a complaint's text.
 * Tokens for the one-time confirmation and outcome links are stored as SHA-256 and cleared once
 * used. `watch_entry` holds the vendors on the watch list now; a row is one crossing of a
 * threshold, so its insertion is what sends the crossing's e-mails exactly once.
 */
export class Complaints1764100000000 implements MigrationInterface {
  name = 'Complaints1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE complaint (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference           text NOT NULL UNIQUE,
        vendor_id           uuid NOT NULL REFERENCES vendor (id),
        name                text NOT NULL,
        email               text NOT NULL,
        organisation        text,
        subject             text NOT NULL,
        description         text NOT NULL,
        promise             text NOT NULL CHECK (promise IN ('support', 'ethics', 'timeliness', 'contact', 'other')),
        consent             boolean NOT NULL,
        state               text NOT NULL DEFAULT 'unconfirmed' CHECK (state IN ('unconfirmed', 'confirmed', 'dismissed', 'forwarded', 'responded', 'no_response', 'resolved', 'unresolved', 'assumed_resolved')),
        confirm_token_hash  text UNIQUE,
        confirm_expires_at  timestamptz NOT NULL,
        confirmed_at        timestamptz,
        dismiss_reason      text CHECK (dismiss_reason IN ('invalid', 'spam', 'duplicate', 'out_of_scope')),
        dismiss_note        text,
        forwarded_at        timestamptz,
        forward_note        text,
        response_due_at     timestamptz,
        responded_at        timestamptz,
        response            text,
        outcome_token_hash  text UNIQUE,
        outcome_at          timestamptz,
        outcome_comment     text,
        version             integer NOT NULL DEFAULT 1,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX complaint_vendor_confirmed_idx ON complaint (vendor_id, confirmed_at);
      CREATE INDEX complaint_state_idx ON complaint (state, confirmed_at);
      CREATE INDEX complaint_created_idx ON complaint (vendor_id, created_at);

      CREATE FUNCTION complaint_text_is_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.reference, NEW.vendor_id, NEW.name, NEW.email, NEW.organisation, NEW.subject, NEW.description, NEW.promise, NEW.consent, NEW.created_at)
           IS DISTINCT FROM
           (OLD.reference, OLD.vendor_id, OLD.name, OLD.email, OLD.organisation, OLD.subject, OLD.description, OLD.promise, OLD.consent, OLD.created_at) THEN
          RAISE EXCEPTION 'a complaint''s text and complainant are never edited after filing' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER complaint_text_is_fixed BEFORE UPDATE ON complaint FOR EACH ROW EXECUTE FUNCTION complaint_text_is_fixed();

      CREATE TABLE watch_entry (
        vendor_id   uuid PRIMARY KEY REFERENCES vendor (id),
        since       timestamptz NOT NULL,
        reasons     text[] NOT NULL
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE watch_entry;
      DROP TABLE complaint;
      DROP FUNCTION complaint_text_is_fixed();
    `);
  }
}
