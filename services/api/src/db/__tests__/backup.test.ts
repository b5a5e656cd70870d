import { randomBytes } from 'node:crypto';
import { writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { createTestApp, testConfig, type TestApp } from '../../../test/build-app.ts';
import { createEmptyDatabase } from '../../../test/database.ts';
import { backupDatabase, restoreDatabase } from '../backup.ts';
import { seed } from '../seed/seed.ts';

/**
 * A backup of the demo registry (every table filled) restored into an empty database holds every
 * row, byte for byte, and the restored database works: sequences continue, the app serves it.
 */

let t: TestApp;
let target: { url: string; drop(): Promise<void> };
const file = path.join(tmpdir(), `cep-backup-${randomBytes(4).toString('hex')}.sql.gz`);

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Each table's rows, reduced to a count and a digest of their text. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(url, `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'rate_limit_window') ORDER BY 1`);
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await query<{ n: string; digest: string | null }>(url, `SELECT count(*)::text AS n, md5(string_agg(x::text, E'\\n' ORDER BY x::text)) AS digest FROM "${name}" x`);
    result[name] = `${row?.n}:${row?.digest ?? ''}`;
  }
  return result;
}

beforeAll(async () => {
  t = await createTestApp();
  await seed(t.db, testConfig({ SEED_DEMO: 'true' }));
  // Text that COPY must escape: tabs, newlines, backslashes, quotes, non-ASCII.
  await t.db.query(`UPDATE vendor SET description = $1 WHERE slug = (SELECT slug FROM vendor ORDER BY slug LIMIT 1)`, ['Tabs\there, lines\nthere, a \\ backslash, "quotes", \u00e9t\u00e9 \u{1F600}']);
  target = await createEmptyDatabase();
}, 60_000);
afterAll(async () => {
  await t.close();
  await target.drop();
  await rm(file, { force: true });
});

describe('backup and restore', () => {
  it('restores every row of every table into an empty database', async () => {
    const written = await backupDatabase(t.databaseUrl, file);
    const restored = await restoreDatabase(target.url, file);
    expect(restored).toEqual(written);
    expect(written.find((c) => c.table === 'vendor')?.rows).toBeGreaterThan(5);
    expect(written.filter((c) => c.rows === 0).map((c) => c.table)).not.toContain('audit_entry');

    const before = await fingerprint(t.databaseUrl);
    expect(await fingerprint(target.url)).toEqual(before);
    expect(Object.keys(before).length).toBe(written.length);
    expect(await query(target.url, `SELECT name FROM migrations ORDER BY id`)).toEqual(await query(t.databaseUrl, `SELECT name FROM migrations ORDER BY id`));
  });

  it('leaves sequences where the rows left them, so the restored registry goes on numbering', async () => {
    const [source] = await query<{ last: string }>(t.databaseUrl, `SELECT max(position)::text AS last FROM domain_event`);
    const [next] = await query<{ next: string }>(target.url, `SELECT nextval(pg_get_serial_sequence('domain_event', 'position'))::text AS next`);
    expect(BigInt(next?.next ?? '0')).toBe(BigInt(source?.last ?? '0') + 1n);
  });

  it('serves the restored database', async () => {
    const restoredApp = await createTestApp({ databaseUrl: target.url });
    try {
      const directory = await restoredApp.http().get('/api/v1/directory');
      const original = await t.http().get('/api/v1/directory');
      expect(directory.status).toBe(200);
      expect(directory.body).toEqual(original.body);
    } finally {
      await restoredApp.close();
    }
  });

  it('refuses a database that already has tables, and a file that is not a backup', async () => {
    await expect(restoreDatabase(target.url, file)).rejects.toThrow(/already has tables/);
    const other = path.join(tmpdir(), `not-a-backup-${randomBytes(4).toString('hex')}.sql.gz`);
    await writeFile(other, gzipSync('SELECT 1;\n'));
    const empty = await createEmptyDatabase();
    try {
      await expect(restoreDatabase(empty.url, other)).rejects.toThrow(/is not a registry backup/);
      expect(await query(empty.url, `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).toEqual([]);
    } finally {
      await empty.drop();
      await rm(other, { force: true });
    }
  });
});
