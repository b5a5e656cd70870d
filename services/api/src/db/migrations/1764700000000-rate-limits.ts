import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit windows shared by every instance: one row per bucket (route and client, or API key)
 * and fixed window. UNLOGGED: a count is worth losing in a crash, not worth a WAL write per request.
 */
export class RateLimits1764700000000 implements MigrationInterface {
  name = 'RateLimits1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_window (
        bucket       text NOT NULL,
        window_start timestamptz NOT NULL,
        expires_at   timestamptz NOT NULL,
        hits         integer NOT NULL,
        PRIMARY KEY (bucket, window_start)
      )
    `);
    await q.query(`CREATE INDEX rate_limit_window_expires ON rate_limit_window (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_window`);
  }
}
