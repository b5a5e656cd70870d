import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/db/migrations/index.ts';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { ADMIN_URL_ENV, TEMPLATE_ENV, adminQuery, withDatabase } from './database.ts';

/**
 * Once per jest run: reach PostgreSQL (TEST_DATABASE_URL, else an embedded server in a temporary
 * folder), create a template database and migrate it. Test files clone it (test/database.ts).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    // Directly under the temp folder: as root, the embedded server runs as `postgres`, which must reach it.
    const dataDir = path.join(tmpdir(), `cep-test-pg-${randomBytes(6).toString('hex')}`);
    const embedded = await startEmbeddedPostgres({ dataDir, persistent: false });
    (globalThis as { cepEmbedded?: typeof embedded }).cepEmbedded = embedded;
    adminUrl = embedded.adminUrl;
  }
  const template = `cep_template_${process.pid}_${Date.now()}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  // Migrations only: the entities (and the @cep/shared lists they check against) are not needed here.
  const db = new DataSource({ type: 'postgres', url: withDatabase(adminUrl, template), migrations: MIGRATIONS, poolSize: 2 });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  // A template must have no open sessions when it is cloned.
  await db.destroy();
  process.env[ADMIN_URL_ENV] = adminUrl;
  process.env[TEMPLATE_ENV] = template;
}
