import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import { buildApp } from '../../app.ts';
import { testConfig } from '../../../test/build-app.ts';
import { createDataSource } from '../data-source.ts';
import { type EmbeddedDatabase, ensureDatabase, freePort, startEmbeddedPostgres } from '../embedded.ts';

/**
 * Its own PostgreSQL, so the test can stop it: requests must turn into 503 problem+json with
 * Retry-After while it is down, the process must not crash, and it must recover by itself.
 */
const dataDir = path.join(tmpdir(), `cep-outage-${randomBytes(4).toString('hex')}`);
let server: EmbeddedDatabase;
let port: number;
let db: DataSource;
let app: FastifyInstance;

beforeAll(async () => {
  port = await freePort();
  server = await startEmbeddedPostgres({ dataDir, port });
  await ensureDatabase(server.adminUrl, 'cep');
  const config = testConfig({ DB_CONNECT_TIMEOUT_MS: '1000' });
  db = createDataSource({ url: server.urlFor('cep'), ...config.db });
  await db.initialize();
  await db.runMigrations();
  app = await buildApp({ config, db, databaseUrl: server.urlFor('cep') });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  await db.destroy();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('when PostgreSQL goes away and comes back', () => {
  it('answers 503 with Retry-After while it is down, then recovers without a restart', async () => {
    const http = () => supertest(app.server);
    expect((await http().get('/readyz')).status).toBe(200);
    expect((await http().get('/api/v1/categories')).status).toBe(200);

    await server.stop();

    const ready = await http().get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.headers['retry-after']).toBe('5');
    expect(ready.body).toEqual({ status: 'unavailable', database: 'down' });

    const categories = await http().get('/api/v1/categories');
    expect(categories.status).toBe(503);
    expect(categories.headers['content-type']).toContain('application/problem+json');
    expect(categories.headers['retry-after']).toBe('5');
    expect(categories.body).toMatchObject({ code: 'database_unavailable', status: 503 });
    expect(JSON.stringify(categories.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);

    server = await startEmbeddedPostgres({ dataDir, port });

    // The pool reconnects on the next request; no restart of the app.
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await http().get('/api/v1/categories')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
    expect((await http().get('/readyz')).status).toBe(200);
  });
});
