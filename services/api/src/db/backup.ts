import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations/index.ts';

/**
 * Backups the registry writes itself, as a gzipped plain-SQL data dump in pg_dump's own COPY
 * format (`psql -f` can read it too): the embedded PostgreSQL is a newer major version than the
 * pg_dump most machines have, and pg_dump refuses newer servers. The schema is not in the file:
 * it is the migrations, whose names the header lists; a restore migrates an empty database to
 * exactly those, loads the rows, and the next start applies any newer migrations.
 */

const FORMAT = 'cep-backup/1';
/** TypeORM's own bookkeeping (rebuilt by the restore's migrations); rate-limit windows are not worth keeping. */
const NOT_BACKED_UP = new Set(['migrations', 'rate_limit_window']);

export interface TableCount {
  table: string;
  rows: number;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every table of the public schema that a backup holds. */
async function backedUpTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  return rows.map((t) => t.name).filter((name) => !NOT_BACKED_UP.has(name));
}

/**
 * The foreign keys, to drop while rows load and to add again after (as pg_restore does): the
 * tables reference each other in a cycle (a pledge names its signature, the signature its
 * pledge), so no order of COPYs satisfies them one row at a time. Adding them back checks every row.
 */
async function foreignKeys(client: pg.ClientBase): Promise<{ table: string; name: string; definition: string }[]> {
  const { rows } = await client.query<{ table: string; name: string; definition: string }>(`
    SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = 'public'
    ORDER BY 1, 2`);
  return rows;
}

async function columnsOf(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [ident(table)],
  );
  return rows.map((r) => r.name);
}

/** Sequences behind serial and identity columns, with the table and column they number. */
async function ownedSequences(client: pg.ClientBase): Promise<{ sequence: string; table: string; column: string }[]> {
  const { rows } = await client.query<{ sequence: string; table: string; column: string }>(`
    SELECT s.relname AS sequence, t.relname AS table, a.attname AS column
    FROM pg_class s
    JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    JOIN pg_class t ON t.oid = d.refobjid
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    JOIN pg_namespace n ON n.oid = s.relnamespace
    WHERE s.relkind = 'S' AND n.nspname = 'public'
    ORDER BY s.relname`);
  return rows.filter((r) => !NOT_BACKED_UP.has(r.table));
}

async function write(out: Writable, text: string | Buffer): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Writes every row of the database at `url`, as one consistent snapshot, to `file` (gzipped). */
export async function backupDatabase(url: string, file: string, now: Date = new Date()): Promise<TableCount[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
  const counts: TableCount[] = [];
  try {
    // One snapshot for every table: rows written while the backup runs are in it entirely or not at all.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows: applied } = await client.query<{ name: string }>(`SELECT name FROM migrations ORDER BY id`);
    await write(gzip, `-- Customer Excellence Pledge Registry backup\n-- format: ${FORMAT}\n-- created: ${now.toISOString()}\n`);
    await write(gzip, `-- migrations: ${applied.map((m) => m.name).join(',')}\n`);
    await write(gzip, `SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n\n`);
    for (const table of await backedUpTables(client)) {
      const columns = (await columnsOf(client, table)).map(ident).join(', ');
      await write(gzip, `COPY public.${ident(table)} (${columns}) FROM stdin;\n`);
      const copy = client.query(copyTo(`COPY public.${ident(table)} (${columns}) TO STDOUT`));
      for await (const chunk of copy) await write(gzip, chunk as Buffer);
      await write(gzip, '\\.\n\n');
      counts.push({ table, rows: copy.rowCount });
    }
    for (const { sequence, table, column } of await ownedSequences(client)) {
      const { rows } = await client.query<{ last: string | null }>(`SELECT max(${ident(column)})::text AS last FROM public.${ident(table)}`);
      const last = rows[0]?.last;
      await write(gzip, last === null || last === undefined ? `SELECT pg_catalog.setval('public.${ident(sequence)}', 1, false);\n` : `SELECT pg_catalog.setval('public.${ident(sequence)}', ${last}, true);\n`);
    }
    await client.query('COMMIT');
    gzip.end();
    await written;
    return counts;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The header's migration names; refuses a file that is not a registry backup. */
function migrationsOf(header: string[], file: string): string[] {
  if (!header.includes(`-- format: ${FORMAT}`)) throw new Error(`${file} is not a registry backup (${FORMAT})`);
  const line = header.find((l) => l.startsWith('-- migrations: '));
  return line ? line.slice('-- migrations: '.length).split(',').filter(Boolean) : [];
}

/**
 * Loads a backup into the empty database at `url`: migrates it to the backup's schema, then loads
 * every row in one transaction (all of it or nothing). Refuses a database that already has tables,
 * and a backup made by a newer registry.
 */
export async function restoreDatabase(url: string, file: string): Promise<TableCount[]> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const header: string[] = [];
  let next = await iterator.next();
  while (!next.done && next.value.startsWith('--')) {
    header.push(next.value);
    next = await iterator.next();
  }
  const names = migrationsOf(header, file);
  const known = MIGRATIONS.map((m) => m.name);
  if (names.some((name, i) => known[i] !== name)) {
    throw new Error(`${file} was made by a registry with other migrations (${names.at(-1) ?? 'none'}); restore it with that version`);
  }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if ((rows[0]?.n ?? 0) > 0) throw new Error('the target database already has tables: restore into an empty one (the embedded database: add --replace to drop it first)');
    const schema = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS.slice(0, names.length), migrationsRun: false, logging: false });
    await schema.initialize();
    try {
      await schema.runMigrations({ transaction: 'all' });
    } finally {
      await schema.destroy();
    }

    const counts: TableCount[] = [];
    await client.query('BEGIN');
    const keys = await foreignKeys(client);
    for (const key of keys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${ident(key.name)}`);
    // Rows a migration inserted (defaults) are in the backup as they were: start from none.
    for (const table of await backedUpTables(client)) {
      const [filled] = (await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM public.${ident(table)}) AS any`)).rows;
      if (filled?.any) await client.query(`DELETE FROM public.${ident(table)}`);
    }
    for (; !next.done; next = await iterator.next()) {
      const line = next.value;
      const copy = /^COPY public\.("(?:[^"]|"")+") .* FROM stdin;$/.exec(line);
      if (copy) {
        const stream = client.query(copyFrom(line.replace(/ FROM stdin;$/, ' FROM STDIN')));
        for (next = await iterator.next(); !next.done && next.value !== '\\.'; next = await iterator.next()) await write(stream, `${next.value}\n`);
        stream.end();
        await once(stream, 'finish');
        counts.push({ table: (copy[1] ?? '').slice(1, -1).replace(/""/g, '"'), rows: stream.rowCount });
      } else if (line.trim() && !line.startsWith('--')) {
        await client.query(line);
      }
    }
    for (const key of keys) await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${ident(key.name)} ${key.definition}`);
    await client.query('COMMIT');
    return counts;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    lines.close();
    await client.end();
  }
}
