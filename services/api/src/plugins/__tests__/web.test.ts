import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import type { DataSource } from 'typeorm';
import { buildApp } from '../../app.ts';
import { createDataSource } from '../../db/data-source.ts';
import { testConfig } from '../../../test/build-app.ts';
import { createTestDatabase } from '../../../test/database.ts';

/** The built web app served by the API, as `npm start` does: public files and deep links. */
let webDist: string;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;
let app: FastifyInstance;

beforeAll(async () => {
  webDist = await mkdtemp(path.join(tmpdir(), 'cep-web-'));
  await mkdir(path.join(webDist, 'assets'));
  await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>CEP</title><script type="module" src="/assets/app-1234.js"></script>');
  await writeFile(path.join(webDist, 'assets', 'app-1234.js'), 'console.log("app")');
  await writeFile(path.join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(webDist, 'embed.js'), '(function () {})();');
  database = await createTestDatabase();
  db = createDataSource({ url: database.url, poolSize: 2, connectTimeoutMs: 2000, statementTimeoutMs: 5000 });
  await db.initialize();
  app = await buildApp({ config: testConfig({ WEB_DIST: webDist }), db, databaseUrl: database.url, serveWeb: true });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await db.destroy();
  await database.drop();
  await rm(webDist, { recursive: true, force: true });
});

describe('the web app', () => {
  it('serves its files to anyone, hashed assets cached for a year', async () => {
    const asset = await supertest(app.server).get('/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await supertest(app.server).get('/favicon.svg')).status).toBe(200);
  });

  it('lets any site load the badge embed script', async () => {
    const res = await supertest(app.server).get('/embed.js');
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({ 'cross-origin-resource-policy': 'cross-origin', 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=3600' });
    // Every other file stays same-origin.
    expect((await supertest(app.server).get('/favicon.svg')).headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('answers deep links with index.html so the client router takes them', async () => {
    for (const url of ['/', '/verify/acme', '/admin/applications?status=pending', '/vendor/profile']) {
      const res = await supertest(app.server).get(url);
      expect({ url, status: res.status, type: res.headers['content-type'] }).toEqual({ url, status: 200, type: 'text/html; charset=utf-8' });
      expect(res.text).toContain('/assets/app-1234.js');
    }
  });

  it('keeps problem+json 404s for unknown API paths', async () => {
    for (const url of ['/api/v1/nothing-here', '/badge/unknown/thing', '/healthz/x']) {
      const res = await supertest(app.server).get(url);
      expect({ url, status: res.status, type: res.headers['content-type'] }).toEqual({ url, status: 404, type: 'application/problem+json; charset=utf-8' });
    }
  });
});
