import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Checkpoint submissions. The data a vendor enters is one JSON document validated by the contracts
 * package (its shape changes with the agreement; nothing queries inside it but the metrics, which
 * read a handful of paths); the last ticket-export import is kept beside it with its figures and
 * row errors, so the vendor sees them until submitting. `returned_at` is when the admin last sent
 * the data back: returned data left more than 14 days lapses the pledge.
 */
export class Checkpoints1764000000000 implements MigrationInterface {
  name = 'Checkpoints1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE checkpoint
        ADD COLUMN data          jsonb NOT NULL DEFAULT '{}'::jsonb,
        ADD COLUMN ticket_import jsonb,
        ADD COLUMN review_notes  text,
        ADD COLUMN returned_at   timestamptz;
      CREATE INDEX checkpoint_status_idx ON checkpoint (status, submitted_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX checkpoint_status_idx;
      ALTER TABLE checkpoint DROP COLUMN data, DROP COLUMN ticket_import, DROP COLUMN review_notes, DROP COLUMN returned_at;
    `);
  }
}
