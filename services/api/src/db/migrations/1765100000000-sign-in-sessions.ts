import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each sign-in comes from, so an account can list its signed-in devices (one per
 * refresh-token family) and end any of them. Tokens issued before this carry neither.
 */
export class SignInSessions1765100000000 implements MigrationInterface {
  name = 'SignInSessions1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE refresh_token ADD COLUMN ip text, ADD COLUMN user_agent text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE refresh_token DROP COLUMN ip, DROP COLUMN user_agent`);
  }
}
