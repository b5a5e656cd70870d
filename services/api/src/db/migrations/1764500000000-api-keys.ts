import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys for integrators: a vendor's (vendor_id set) or the program's (vendor_id null); only a hash is kept. */
export class ApiKeys1764500000000 implements MigrationInterface {
  name = 'ApiKeys1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_key (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id    uuid REFERENCES vendor (id),
        name         text NOT NULL,
        prefix       text NOT NULL,
        hash         text NOT NULL,
        scopes       text[] NOT NULL,
        created_by   uuid NOT NULL REFERENCES app_user (id),
        created_at   timestamptz NOT NULL,
        expires_at   timestamptz,
        last_used_at timestamptz,
        last_used_ip text,
        revoked_at   timestamptz,
        revoked_by   uuid REFERENCES app_user (id),
        CONSTRAINT api_key_hash_key UNIQUE (hash)
      );
      CREATE INDEX api_key_vendor_idx ON api_key (vendor_id, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_key`);
  }
}
