import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, vendors, applications, the audit log, the e-mail outbox, the job queue and
 * idempotency keys: the tables every later capability builds on.
 */
export class Foundation1763830000000 implements MigrationInterface {
  name = 'Foundation1763830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE category (
        slug        text PRIMARY KEY,
        name        text NOT NULL,
        description text NOT NULL,
        position    integer NOT NULL
      );

      CREATE TABLE vendor (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name             text NOT NULL,
        slug             text NOT NULL,
        website          text NOT NULL,
        category         text NOT NULL REFERENCES category (slug),
        description      text NOT NULL DEFAULT '',
        support_contact  jsonb,
        queue_priorities jsonb,
        badge_domains    text[] NOT NULL DEFAULT '{}',
        calendar         jsonb NOT NULL,
        version          integer NOT NULL DEFAULT 1,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX vendor_slug_key ON vendor (slug);
      CREATE INDEX vendor_category_idx ON vendor (category);
      CREATE INDEX vendor_name_lower_idx ON vendor (lower(name));

      CREATE TABLE app_user (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email         text NOT NULL,
        name          text NOT NULL DEFAULT '',
        password_hash text,
        role          text NOT NULL CHECK (role IN ('admin', 'vendor_owner', 'vendor_member')),
        vendor_id     uuid REFERENCES vendor (id),
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_vendor_matches_role CHECK ((role = 'admin') = (vendor_id IS NULL)),
        CONSTRAINT app_user_email_lower CHECK (email = lower(email))
      );
      CREATE UNIQUE INDEX app_user_email_key ON app_user (email);
      CREATE INDEX app_user_vendor_id_idx ON app_user (vendor_id);

      CREATE TABLE refresh_token (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id    uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        family_id  uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at    timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX refresh_token_hash_key ON refresh_token (token_hash);
      CREATE INDEX refresh_token_user_id_idx ON refresh_token (user_id);
      CREATE INDEX refresh_token_family_id_idx ON refresh_token (family_id);

      CREATE TABLE invitation (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash  text NOT NULL,
        user_id     uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        vendor_id   uuid NOT NULL REFERENCES vendor (id),
        invited_by  uuid REFERENCES app_user (id),
        expires_at  timestamptz NOT NULL,
        accepted_at timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX invitation_token_hash_key ON invitation (token_hash);
      CREATE INDEX invitation_user_id_idx ON invitation (user_id);
      CREATE INDEX invitation_vendor_id_idx ON invitation (vendor_id);
      CREATE INDEX invitation_invited_by_idx ON invitation (invited_by);

      CREATE TABLE application (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_name     text NOT NULL,
        website          text NOT NULL,
        category         text NOT NULL REFERENCES category (slug),
        contact_name     text NOT NULL,
        contact_email    text NOT NULL,
        contact_title    text,
        message          text,
        status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        rejection_reason text,
        vendor_id        uuid REFERENCES vendor (id),
        decided_by       uuid REFERENCES app_user (id),
        decided_at       timestamptz,
        created_at       timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX application_status_created_idx ON application (status, created_at);
      CREATE INDEX application_category_idx ON application (category);
      CREATE INDEX application_vendor_id_idx ON application (vendor_id);
      CREATE INDEX application_decided_by_idx ON application (decided_by);

      CREATE TABLE audit_log (
        id          bigserial PRIMARY KEY,
        at          timestamptz NOT NULL DEFAULT now(),
        actor_id    uuid REFERENCES app_user (id),
        actor_label text NOT NULL,
        action      text NOT NULL,
        entity_type text NOT NULL,
        entity_id   text NOT NULL,
        vendor_id   uuid REFERENCES vendor (id),
        from_state  text,
        to_state    text,
        reason      text,
        request_id  text,
        details     jsonb
      );
      CREATE INDEX audit_log_vendor_at_idx ON audit_log (vendor_id, at);
      CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
      CREATE INDEX audit_log_actor_id_idx ON audit_log (actor_id);

      -- History is append-only: refuse UPDATE and DELETE whoever asks.
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

      CREATE TABLE mail_message (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address  text NOT NULL,
        subject     text NOT NULL,
        body_text   text NOT NULL,
        status      text NOT NULL CHECK (status IN ('queued', 'held', 'sent', 'failed')),
        attempts    integer NOT NULL DEFAULT 0,
        last_error  text,
        created_at  timestamptz NOT NULL DEFAULT now(),
        sent_at     timestamptz
      );
      CREATE INDEX mail_message_status_created_idx ON mail_message (status, created_at);
      CREATE INDEX mail_message_to_idx ON mail_message (to_address);

      -- The job queue every instance polls with FOR UPDATE SKIP LOCKED, so each job runs once.
      CREATE TABLE job (
        id            bigserial PRIMARY KEY,
        kind          text NOT NULL,
        payload       jsonb NOT NULL DEFAULT '{}',
        status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
        run_at        timestamptz NOT NULL DEFAULT now(),
        attempts      integer NOT NULL DEFAULT 0,
        max_attempts  integer NOT NULL DEFAULT 5,
        locked_until  timestamptz,
        last_error    text,
        singleton_key text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        finished_at   timestamptz
      );
      CREATE INDEX job_due_idx ON job (run_at) WHERE status IN ('pending', 'running');
      CREATE UNIQUE INDEX job_singleton_key ON job (singleton_key);

      -- A retried create with the same key returns the first answer (SPEC §8).
      CREATE TABLE idempotency_key (
        scope         text NOT NULL,
        key           text NOT NULL,
        request_hash  text NOT NULL,
        status_code   integer,
        response_body jsonb,
        created_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      );
      CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);

      INSERT INTO category (slug, name, description, position) VALUES
        ('lms', 'Learning management system', 'Platforms that deliver, track and report on training.', 1),
        ('lxp', 'Learning experience platform', 'Platforms that curate and recommend learning content.', 2),
        ('authoring-tool', 'Authoring tool', 'Tools for building e-learning courses and content.', 3),
        ('content-provider', 'Content provider', 'Libraries and producers of ready-made learning content.', 4),
        ('talent-hr-system', 'Talent / HR system', 'Talent management, HR and performance systems.', 5),
        ('other', 'Other', 'Any other software or service vendor.', 6);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE idempotency_key;
      DROP TABLE job;
      DROP TABLE mail_message;
      DROP TABLE audit_log;
      DROP FUNCTION audit_log_append_only();
      DROP TABLE application;
      DROP TABLE invitation;
      DROP TABLE refresh_token;
      DROP TABLE app_user;
      DROP TABLE vendor;
      DROP TABLE category;
    `);
  }
}
