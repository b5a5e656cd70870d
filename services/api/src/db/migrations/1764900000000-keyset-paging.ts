import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists page by keyset cursors (db/keyset.ts): each list's order, ending in a unique key, gets an
 * index on exactly those columns, so a page walks the index from the cursor instead of counting and
 * skipping. Search in the directory uses trigram indexes (pg_trgm, a trusted extension since
 * PostgreSQL 13: the database owner may create it). The vendor row keeps where its pledge stands
 * (the state's place in the lifecycle, the period owed next) for the admin list's sorts; a one-off
 * job fills them for existing vendors with the registry's own rule (`nextDuePeriodOf`).
 */
export class KeysetPaging1764900000000 implements MigrationInterface {
  name = 'KeysetPaging1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`DROP INDEX vendor_name_lower_idx`);
    await q.query(`CREATE INDEX vendor_name_order_idx ON vendor (lower(name), slug)`);
    await q.query(`CREATE INDEX vendor_created_idx ON vendor (created_at, slug)`);
    for (const column of ['name', 'description', 'slug']) await q.query(`CREATE INDEX vendor_${column}_trgm_idx ON vendor USING gin (${column} gin_trgm_ops)`);

    await q.query(`ALTER TABLE vendor ADD COLUMN pledge_state_order smallint, ADD COLUMN next_due_period text`);
    await q.query(`CREATE INDEX vendor_state_order_idx ON vendor ((coalesce(pledge_state_order, 99)), lower(name), slug)`);
    await q.query(`CREATE INDEX vendor_next_due_idx ON vendor ((coalesce(next_due_period, '9999-H9')), lower(name), slug)`);

    await q.query(`CREATE INDEX checkpoint_queue_idx ON checkpoint (status, (coalesce(submitted_at, 'infinity'::timestamptz)), id)`);

    await q.query(`DROP INDEX complaint_vendor_confirmed_idx`);
    await q.query(`DROP INDEX complaint_state_idx`);
    await q.query(`CREATE INDEX complaint_confirmed_idx ON complaint (confirmed_at, id)`);
    await q.query(`CREATE INDEX complaint_vendor_confirmed_idx ON complaint (vendor_id, confirmed_at, id)`);
    await q.query(`CREATE INDEX complaint_state_idx ON complaint (state, confirmed_at, id)`);

    await q.query(`DROP INDEX audit_log_vendor_at_idx`);
    await q.query(`CREATE INDEX audit_log_vendor_at_idx ON audit_log (vendor_id, at, id)`);

    await q.query(`CREATE INDEX watch_entry_since_idx ON watch_entry (since, vendor_id)`);

    await q.query(`DROP INDEX mail_message_status_created_idx`);
    await q.query(`CREATE INDEX mail_message_created_idx ON mail_message (created_at, id)`);
    await q.query(`CREATE INDEX mail_message_status_created_idx ON mail_message (status, created_at, id)`);
    await q.query(`CREATE INDEX mail_message_to_trgm_idx ON mail_message USING gin (to_address gin_trgm_ops)`);

    await q.query(`DROP INDEX application_status_created_idx`);
    await q.query(`CREATE INDEX application_created_idx ON application (created_at, id)`);
    await q.query(`CREATE INDEX application_status_created_idx ON application (status, created_at, id)`);

    await q.query(`
      INSERT INTO job (kind, max_attempts, singleton_key)
      SELECT 'pledges.standings.rebuild', 3, 'pledges.standings.rebuild@1764900000000' WHERE EXISTS (SELECT 1 FROM pledge)
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM job WHERE kind = 'pledges.standings.rebuild'`);
    await q.query(`DROP INDEX application_created_idx`);
    await q.query(`DROP INDEX application_status_created_idx`);
    await q.query(`CREATE INDEX application_status_created_idx ON application (status, created_at)`);
    await q.query(`DROP INDEX mail_message_to_trgm_idx`);
    await q.query(`DROP INDEX mail_message_created_idx`);
    await q.query(`DROP INDEX mail_message_status_created_idx`);
    await q.query(`CREATE INDEX mail_message_status_created_idx ON mail_message (status, created_at)`);
    await q.query(`DROP INDEX watch_entry_since_idx`);
    await q.query(`DROP INDEX audit_log_vendor_at_idx`);
    await q.query(`CREATE INDEX audit_log_vendor_at_idx ON audit_log (vendor_id, at)`);
    await q.query(`DROP INDEX complaint_confirmed_idx`);
    await q.query(`DROP INDEX complaint_vendor_confirmed_idx`);
    await q.query(`DROP INDEX complaint_state_idx`);
    await q.query(`CREATE INDEX complaint_vendor_confirmed_idx ON complaint (vendor_id, confirmed_at)`);
    await q.query(`CREATE INDEX complaint_state_idx ON complaint (state, confirmed_at)`);
    await q.query(`DROP INDEX checkpoint_queue_idx`);
    await q.query(`DROP INDEX vendor_state_order_idx`);
    await q.query(`DROP INDEX vendor_next_due_idx`);
    await q.query(`ALTER TABLE vendor DROP COLUMN pledge_state_order, DROP COLUMN next_due_period`);
    for (const column of ['name', 'description', 'slug']) await q.query(`DROP INDEX vendor_${column}_trgm_idx`);
    await q.query(`DROP INDEX vendor_created_idx`);
    await q.query(`DROP INDEX vendor_name_order_idx`);
    await q.query(`CREATE INDEX vendor_name_lower_idx ON vendor (lower(name))`);
    await q.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
