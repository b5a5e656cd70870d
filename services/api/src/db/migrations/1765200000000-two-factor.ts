import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-step sign-in: an authenticator-app secret per account, one-time recovery codes, passkeys
 * (WebAuthn credentials), and the sign-in steps in progress between the password and the second
 * factor. Admin accounts must set one up before anything else works (see plugins/auth.ts).
 */
export class TwoFactor1765200000000 implements MigrationInterface {
  name = 'TwoFactor1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN totp_secret text, ADD COLUMN totp_enabled_at timestamptz, ADD COLUMN totp_last_step integer, ADD COLUMN totp_pending_secret text`);
    await q.query(`
      CREATE TABLE recovery_code (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id    uuid NOT NULL CONSTRAINT recovery_code_user_id_fkey REFERENCES app_user (id) ON DELETE CASCADE,
        code_hash  text NOT NULL,
        used_at    timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await q.query(`CREATE INDEX recovery_code_user_id_idx ON recovery_code (user_id)`);
    await q.query(`
      CREATE TABLE passkey (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id       uuid NOT NULL CONSTRAINT passkey_user_id_fkey REFERENCES app_user (id) ON DELETE CASCADE,
        credential_id text NOT NULL,
        public_key    bytea NOT NULL,
        counter       bigint NOT NULL DEFAULT 0,
        transports    text[] NOT NULL DEFAULT '{}',
        name          text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        last_used_at  timestamptz
      )
    `);
    await q.query(`CREATE INDEX passkey_user_id_idx ON passkey (user_id)`);
    await q.query(`CREATE UNIQUE INDEX passkey_credential_id_key ON passkey (credential_id)`);
    await q.query(`
      CREATE TABLE sign_in_challenge (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash         text NOT NULL,
        user_id            uuid CONSTRAINT sign_in_challenge_user_id_fkey REFERENCES app_user (id) ON DELETE CASCADE,
        purpose            text NOT NULL CONSTRAINT sign_in_challenge_purpose_check CHECK (purpose IN ('second_factor', 'passkey_registration', 'passkey_sign_in')),
        webauthn_challenge text,
        attempts           integer NOT NULL DEFAULT 0,
        expires_at         timestamptz NOT NULL,
        used_at            timestamptz,
        created_at         timestamptz NOT NULL DEFAULT now()
      )
    `);
    await q.query(`CREATE UNIQUE INDEX sign_in_challenge_token_hash_key ON sign_in_challenge (token_hash)`);
    await q.query(`CREATE INDEX sign_in_challenge_user_id_idx ON sign_in_challenge (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sign_in_challenge`);
    await q.query(`DROP TABLE passkey`);
    await q.query(`DROP TABLE recovery_code`);
    await q.query(`ALTER TABLE app_user DROP COLUMN totp_secret, DROP COLUMN totp_enabled_at, DROP COLUMN totp_last_step, DROP COLUMN totp_pending_secret`);
  }
}
