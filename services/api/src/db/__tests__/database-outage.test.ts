import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import { PledgeState } from '@cep/shared';
import { buildApp } from '../../app.ts';
import { testConfig } from '../../../test/build-app.ts';
import { eventually } from '../../../test/expectations.ts';
import { createPledgedVendor } from '../../../test/factories.ts';
import { createDataSource } from '../data-source.ts';
import { type EmbeddedDatabase, ensureDatabase, freePort, startEmbeddedPostgres } from '../embedded.ts';

/**
 * Its own PostgreSQL, so the test can stop it, or kill it: while it is down requests turn into 503
 * problem+json with Retry-After (the badge keeps answering from memory), the process does not
 * crash, and everything recovers by itself — the pool, the badge listener, and (after a kill) the
 * database, which the supervisor starts again. Writes acknowledged before a crash are all there.
 */
const dataDir = path.join(tmpdir(), `cep-outage-${randomBytes(4).toString('hex')}`);
const lines: string[] = [];
let server: EmbeddedDatabase;
let port: number;
let db: DataSource;
let app: FastifyInstance;
let vendorSlug: string;
const http = () => supertest(app.server);
const start = () => startEmbeddedPostgres({ dataDir, port, log: (line) => lines.push(line) });

beforeAll(async () => {
  port = await freePort();
  server = await start();
  await ensureDatabase(server.adminUrl, 'cep');
  const config = testConfig({ DB_CONNECT_TIMEOUT_MS: '1000' });
  db = createDataSource({ url: server.urlFor('cep'), ...config.db });
  await db.initialize();
  await db.runMigrations();
  vendorSlug = (await createPledgedVendor(db, new Date('2026-01-05T00:00:00Z'))).vendor.slug;
  app = await buildApp({ config, db, databaseUrl: server.urlFor('cep') });
  await app.ready();
}, 60_000);

afterAll(async () => {
  await app.close();
  await db.destroy();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** Requests a browser and a proxy's health check would send, all at once, until `until` settles; every answer is kept. */
async function load(until: Promise<unknown>): Promise<{ url: string; status: number; problem: boolean }[]> {
  const answers: { url: string; status: number; problem: boolean }[] = [];
  let done = false;
  void until.finally(() => (done = true));
  const client = async (url: string) => {
    while (!done) {
      const res = await http().get(url).timeout(30_000);
      answers.push({ url, status: res.status, problem: String(res.headers['content-type']).startsWith('application/problem+json') });
    }
  };
  await Promise.all([client('/api/v1/categories'), client('/api/v1/directory'), client(`/badge/${vendorSlug}.svg`), client('/readyz')]);
  return answers;
}

async function backUp(): Promise<void> {
  const answer = await eventually(() => http().get('/api/v1/categories'), (res) => res.status === 200, 60_000);
  expect(answer.status).toBe(200);
}

describe('when PostgreSQL goes away and comes back', () => {
  it('answers 503 with Retry-After while it is down, keeps serving badges, then recovers without a restart', async () => {
    expect((await http().get('/readyz')).status).toBe(200);
    expect((await http().get('/api/v1/categories')).status).toBe(200);

    await server.stop();

    const ready = await http().get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.headers['retry-after']).toBe('5');
    expect(ready.body).toEqual({ status: 'unavailable', database: 'down' });
    expect((await http().get('/healthz')).status).toBe(200);

    const categories = await http().get('/api/v1/categories');
    expect(categories.status).toBe(503);
    expect(categories.headers['content-type']).toContain('application/problem+json');
    expect(categories.headers['retry-after']).toBe('5');
    expect(categories.body).toMatchObject({ code: 'database_unavailable', status: 503 });
    expect(JSON.stringify(categories.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
    // The badge answers from memory.
    expect((await http().get(`/badge/${vendorSlug}.svg`)).status).toBe(200);

    server = await start();
    // The pool reconnects on the next request; no restart of the app.
    await backUp();
    expect((await http().get('/readyz')).status).toBe(200);
  }, 120_000);

  it('under load, answers every request 200 or a 503 problem, never a 500 or a dropped socket', async () => {
    const outage = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await server.stop();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      server = await start();
      await backUp();
    })();
    const answers = await load(outage);
    expect(answers.length).toBeGreaterThan(0);
    // /readyz says "not ready" in its own JSON; every other refusal is a problem document.
    expect(answers.filter((a) => !(a.status === 200 || (a.status === 503 && (a.problem || a.url === '/readyz'))))).toEqual([]);
    expect(answers.some((a) => a.status === 503)).toBe(true);
    expect(answers.some((a) => a.status === 200)).toBe(true);
  }, 120_000);
});

describe('when PostgreSQL is killed', () => {
  it('is started again by the supervisor, and every write acknowledged before the kill is there', async () => {
    const acknowledged: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await http()
        .post('/api/v1/applications')
        .send({ companyName: `Durable ${i}`, website: `https://durable-${i}.example`, category: 'lms', contactName: 'Ann Lee', contactEmail: `ann+${i}@durable.example`, contactTitle: 'Head of Support', message: 'Hello' });
      expect(res.status).toBe(201);
      acknowledged.push((res.body as { id: string }).id);
    }
    const pid = server.pid();
    expect(pid).toBeDefined();
    process.kill(pid ?? 0, 'SIGKILL');

    const restarted = await eventually(async () => lines.some((line) => line.includes('running again')), Boolean, 60_000);
    expect(restarted).toBe(true);
    expect(lines.some((line) => line.includes('exited unexpectedly (SIGKILL)'))).toBe(true);
    await backUp();
    expect(server.pid()).not.toBe(pid);
    const rows = (await db.query(`SELECT id FROM application WHERE id = ANY($1)`, [acknowledged])) as { id: string }[];
    expect(rows.map((r) => r.id).sort()).toEqual([...acknowledged].sort());
  }, 120_000);
});

describe('when the badge listener loses its connection', () => {
  it('catches up on what changed while it was away', async () => {
    await eventually(() => http().get(`/badge/${vendorSlug}.json`), (res) => (res.body as { status?: string }).status === 'active');
    // One statement: the listener's connection ends and the vendor is suspended at once, so the
    // change's notification goes to nobody; only the reload on reconnecting can show it.
    await db.query(
      `WITH gone AS (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cep-badge-listener')
       UPDATE pledge SET state = $1 WHERE vendor_id = (SELECT id FROM vendor WHERE slug = $2) AND (SELECT count(*) FROM gone) >= 0`,
      [PledgeState.Suspended, vendorSlug],
    );
    const badge = await eventually(() => http().get(`/badge/${vendorSlug}.json`), (res) => (res.body as { status?: string }).status === 'suspended');
    expect((badge.body as { status: string }).status).toBe('suspended');
  }, 60_000);
});

describe('a connection handed out by the pool', () => {
  it('still has an error listener, so a shutdown message arriving before TypeORM adds its own cannot end the process', async () => {
    const pool = (db.driver as unknown as { master: { connect(): Promise<{ listenerCount(event: string): number; release(): void }> } }).master;
    const client = await pool.connect();
    try {
      // pg-pool removed its idle listener on handing it out; the guard's stays.
      expect(client.listenerCount('error')).toBe(1);
    } finally {
      client.release();
    }
  });
});
