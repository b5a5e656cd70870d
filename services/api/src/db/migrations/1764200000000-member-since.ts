import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Member since" is the pledge's first activation and never resets; the state's own date stays in
 * `state_since`. Existing pledges get the earliest activation the audit log records, where
 * `active_since` is missing or later than that. Suspensions and revocations get a public reason
 * category (the written reason stays between the admin and the vendor).
 */
export class MemberSince1764200000000 implements MigrationInterface {
  name = 'MemberSince1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE pledge p
         SET active_since = first.at
        FROM (SELECT entity_id, min(at) AS at FROM audit_log
               WHERE entity_type = 'pledge' AND to_state = 'active' GROUP BY entity_id) AS first
       WHERE first.entity_id = p.id::text
         AND (p.active_since IS NULL OR p.active_since > first.at);

      ALTER TABLE pledge ADD COLUMN state_reason_category text
        CONSTRAINT pledge_state_reason_category_check CHECK (state_reason_category IN ('checkpoint_data', 'complaints', 'conduct', 'other'));
      -- Pledges suspended or revoked before categories existed: "another reason given to the vendor".
      UPDATE pledge SET state_reason_category = 'other' WHERE state IN ('suspended', 'revoked');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // The corrected activation dates stay: the earlier values were the defect this migration fixes.
    await q.query(`ALTER TABLE pledge DROP COLUMN state_reason_category`);
  }
}
