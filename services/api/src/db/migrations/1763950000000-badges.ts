import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live badge. Triggers on the tables a badge reads (vendor, pledge, checkpoint) NOTIFY
 * `cep_badge` with the vendor id, in the writing transaction: every API instance LISTENs and
 * refreshes that vendor's cached badge when the change commits, whichever code path made it.
 * Badge views are counted in memory and added here in batches, per vendor, day and referring domain.
 */
export class Badges1763950000000 implements MigrationInterface {
  name = 'Badges1763950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The trigger's argument names the column holding the vendor id.
      CREATE FUNCTION notify_badge() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('cep_badge', to_jsonb(NEW) ->> TG_ARGV[0]);
        RETURN NULL;
      END $$;
      CREATE TRIGGER vendor_notify_badge AFTER INSERT OR UPDATE ON vendor FOR EACH ROW EXECUTE FUNCTION notify_badge('id');
      CREATE TRIGGER pledge_notify_badge AFTER INSERT OR UPDATE ON pledge FOR EACH ROW EXECUTE FUNCTION notify_badge('vendor_id');
      CREATE TRIGGER checkpoint_notify_badge AFTER INSERT OR UPDATE ON checkpoint FOR EACH ROW EXECUTE FUNCTION notify_badge('vendor_id');

      CREATE TABLE badge_view (
        vendor_id  uuid NOT NULL REFERENCES vendor (id),
        day        date NOT NULL,
        -- The referring page's host; '' when the request had no Referer.
        domain     text NOT NULL,
        views      integer NOT NULL DEFAULT 0,
        unverified integer NOT NULL DEFAULT 0,
        PRIMARY KEY (vendor_id, day, domain)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE badge_view;
      DROP TRIGGER checkpoint_notify_badge ON checkpoint;
      DROP TRIGGER pledge_notify_badge ON pledge;
      DROP TRIGGER vendor_notify_badge ON vendor;
      DROP FUNCTION notify_badge();
    `);
  }
}
