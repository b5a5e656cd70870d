import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A complaint's conversation: the registry asks the complainant or the vendor for details, they
 * answer, and the vendor may write to the customer again after its response (issue 12).
 */
export class ComplaintConversation1765300000000 implements MigrationInterface {
  name = 'ComplaintConversation1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE complaint_message (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        complaint_id      uuid NOT NULL CONSTRAINT complaint_message_complaint_id_fkey REFERENCES complaint (id) ON DELETE CASCADE,
        from_party        text NOT NULL CONSTRAINT complaint_message_from_check CHECK (from_party IN ('registry', 'vendor', 'complainant')),
        to_party          text NOT NULL CONSTRAINT complaint_message_to_check CHECK (to_party IN ('registry', 'vendor', 'complainant')),
        body              text NOT NULL,
        author_id         uuid CONSTRAINT complaint_message_author_id_fkey REFERENCES app_user (id),
        answered_at       timestamptz,
        answer_token_hash text,
        created_at        timestamptz NOT NULL DEFAULT now()
      )
    `);
    await q.query(`CREATE INDEX complaint_message_complaint_idx ON complaint_message (complaint_id, created_at)`);
    await q.query(`CREATE UNIQUE INDEX complaint_message_answer_token_key ON complaint_message (answer_token_hash) WHERE answer_token_hash IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE complaint_message`);
  }
}
