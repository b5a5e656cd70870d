import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Set by global-setup for every worker: where to create test databases, and from which template. */
export const ADMIN_URL_ENV = 'CEP_TEST_ADMIN_URL';
export const TEMPLATE_ENV = 'CEP_TEST_TEMPLATE';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database (no tables), as a restore or a first migration finds it. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  return createDatabaseFrom('template0');
}

/** A fresh database cloned from the migrated template: each test file gets its own. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error('Test databases need the jest global setup (test/global-setup.ts)');
  return createDatabaseFrom(template);
}

async function createDatabaseFrom(template: string): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env[ADMIN_URL_ENV];
  if (!adminUrl) throw new Error('Test databases need the jest global setup (test/global-setup.ts)');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    url: withDatabase(adminUrl, name),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
