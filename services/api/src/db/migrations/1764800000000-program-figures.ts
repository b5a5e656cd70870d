import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The program page's running totals per period, and on each checkpoint the trend point it added.
 * The points are computed by the registry's own code (@cep/shared), not in SQL, so this migration
 * queues a one-off job that fills both for the data already delivered (`program-figures.rebuild`);
 * until it has run, the program page shows the periods delivered since.
 */
export class ProgramFigures1764800000000 implements MigrationInterface {
  name = 'ProgramFigures1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE checkpoint ADD COLUMN figures jsonb`);
    await q.query(`
      CREATE TABLE program_period (
        period                    text PRIMARY KEY,
        delivered                 integer NOT NULL DEFAULT 0,
        accepted                  integer NOT NULL DEFAULT 0,
        promise3_judged           integer NOT NULL DEFAULT 0,
        promise3_met              integer NOT NULL DEFAULT 0,
        share_sum                 double precision NOT NULL DEFAULT 0,
        share_count               integer NOT NULL DEFAULT 0,
        contacts_per_client_sum   double precision NOT NULL DEFAULT 0,
        contacts_per_client_count integer NOT NULL DEFAULT 0,
        nps_sum                   double precision NOT NULL DEFAULT 0,
        nps_count                 integer NOT NULL DEFAULT 0,
        recurring_sum             integer NOT NULL DEFAULT 0,
        chronic_sum               integer NOT NULL DEFAULT 0
      )
    `);
    await q.query(`
      INSERT INTO job (kind, max_attempts, singleton_key)
      SELECT 'program-figures.rebuild', 3, 'program-figures.rebuild@1764800000000'
       WHERE EXISTS (SELECT 1 FROM checkpoint WHERE status IN ('submitted', 'accepted'))
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM job WHERE kind = 'program-figures.rebuild'`);
    await q.query(`DROP TABLE program_period`);
    await q.query(`ALTER TABLE checkpoint DROP COLUMN figures`);
  }
}
