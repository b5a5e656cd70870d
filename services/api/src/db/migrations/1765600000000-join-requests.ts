import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Buyers asking vendors who are not members to join ("Ask this vendor to join", issue 12). */
export class JoinRequests1765600000000 implements MigrationInterface {
  name = 'JoinRequests1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE join_request (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_name     text NOT NULL,
        website         text NOT NULL,
        domain          text NOT NULL,
        contact_email   text NOT NULL,
        requester_email text NOT NULL,
        requester_name  text,
        token_hash      text,
        confirmed_at    timestamptz,
        invited_at      timestamptz,
        created_at      timestamptz NOT NULL DEFAULT now()
      )
    `);
    await q.query(`CREATE INDEX join_request_domain_idx ON join_request (domain, confirmed_at)`);
    await q.query(`CREATE UNIQUE INDEX join_request_token_hash_key ON join_request (token_hash) WHERE token_hash IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE join_request`);
  }
}
