import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review thread: each submission of a period's data as sent, with its review. Data submitted
 * before this keeps one revision, its latest, with the review it had.
 */
export class ReviewThread1765400000000 implements MigrationInterface {
  name = 'ReviewThread1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE checkpoint_revision (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        checkpoint_id uuid NOT NULL CONSTRAINT checkpoint_revision_checkpoint_id_fkey REFERENCES checkpoint (id) ON DELETE CASCADE,
        number        integer NOT NULL,
        submitted_at  timestamptz NOT NULL,
        data          jsonb NOT NULL,
        decision      text CONSTRAINT checkpoint_revision_decision_check CHECK (decision IN ('accepted', 'returned')),
        notes         text,
        reviewed_at   timestamptz
      )
    `);
    await q.query(`CREATE UNIQUE INDEX checkpoint_revision_number_key ON checkpoint_revision (checkpoint_id, number)`);
    await q.query(`
      INSERT INTO checkpoint_revision (checkpoint_id, number, submitted_at, data, decision, notes, reviewed_at)
      SELECT id, 1, submitted_at, data,
             CASE WHEN status IN ('accepted', 'returned') THEN status END,
             CASE WHEN status IN ('accepted', 'returned') THEN review_notes END,
             CASE WHEN status IN ('accepted', 'returned') THEN reviewed_at END
        FROM checkpoint WHERE submitted_at IS NOT NULL AND status <> 'draft'
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE checkpoint_revision`);
  }
}
