import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account recovery and the team's changes: one-time links for a forgotten password and a new
 * e-mail address, members removed from a vendor, and one owner per vendor. A removed member's row stays (the audit log,
 * signatures and appeals name it) but cannot sign in, and its address is free again: the unique
 * index on e-mail covers only the people still on a team.
 */
export class AccountRecovery1765000000000 implements MigrationInterface {
  name = 'AccountRecovery1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_link (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL,
        user_id    uuid NOT NULL CONSTRAINT account_link_user_id_fkey REFERENCES app_user (id) ON DELETE CASCADE,
        purpose    text NOT NULL CONSTRAINT account_link_purpose_check CHECK (purpose IN ('password_reset', 'email_change')),
        new_email  text,
        expires_at timestamptz NOT NULL,
        used_at    timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await q.query(`CREATE UNIQUE INDEX account_link_token_hash_key ON account_link (token_hash)`);
    await q.query(`CREATE INDEX account_link_user_purpose_idx ON account_link (user_id, purpose, created_at)`);
    await q.query(`ALTER TABLE app_user ADD COLUMN removed_at timestamptz`);
    await q.query(`DROP INDEX app_user_email_key`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email) WHERE removed_at IS NULL`);
    // A vendor has exactly one owner from now on; where an earlier version let in several, the
    // first one stays the owner and the others become members.
    await q.query(`
      UPDATE app_user u SET role = 'vendor_member'
       WHERE u.role = 'vendor_owner'
         AND u.id <> (SELECT o.id FROM app_user o WHERE o.vendor_id = u.vendor_id AND o.role = 'vendor_owner' ORDER BY o.created_at, o.id LIMIT 1)
    `);
    await q.query(`CREATE UNIQUE INDEX app_user_one_owner_key ON app_user (vendor_id) WHERE role = 'vendor_owner' AND removed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX app_user_one_owner_key`);
    await q.query(`DROP INDEX app_user_email_key`);
    // Removed people's rows stay (history names them) under an address nobody can hold.
    await q.query(`UPDATE app_user SET email = id || '@removed.invalid' WHERE removed_at IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email)`);
    await q.query(`ALTER TABLE app_user DROP COLUMN removed_at`);
    await q.query(`DROP TABLE account_link`);
  }
}
