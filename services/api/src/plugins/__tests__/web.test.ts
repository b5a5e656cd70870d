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
import { createUser, createVendor, setPledge } from '../../../test/factories.ts';
import { PledgeState, Role } from '@cep/shared';

/** The built web app served by the API, as `npm start` does: public files and deep links. */
let webDist: string;
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;
let app: FastifyInstance;

beforeAll(async () => {
  webDist = await mkdtemp(path.join(tmpdir(), 'cep-web-'));
  await mkdir(path.join(webDist, 'assets'));
  await writeFile(
    path.join(webDist, 'index.html'),
    '<!doctype html><head><!--page-head--><title>CEP</title><!--/page-head--></head><div id="root"></div><script type="module" src="/assets/app-1234.js"></script>',
  );
  await writeFile(path.join(webDist, 'assets', 'app-1234.js'), 'console.log("app")');
  await writeFile(path.join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(webDist, 'embed.js'), '(function () {})();');
  // A stand-in for the web app's server entry: the real one is exercised by the browser tests.
  await writeFile(
    path.join(webDist, 'entry-server.mjs'),
    `export async function render(url, publicUrl, data) {
       const slug = url.startsWith('/verify/') ? url.slice(8) : null;
       if (!slug) return null;
       const v = await data.verification(slug);
       if (!v) return { status: 404, head: '<title>Not a member</title>', html: '', state: null };
       return { status: 200, head: '<title>' + v.name + '</title>', html: '<h1>' + v.name + '</h1>', state: { note: '</script><b>' } };
     }`,
  );
  database = await createTestDatabase();
  db = createDataSource({ url: database.url, poolSize: 2, connectTimeoutMs: 2000, statementTimeoutMs: 5000 });
  await db.initialize();
  app = await buildApp({ config: testConfig({ WEB_DIST: webDist, WEB_SSR_ENTRY: path.join(webDist, 'entry-server.mjs') }), db, databaseUrl: database.url, serveWeb: true });
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
    for (const url of ['/', '/directory?q=x', '/admin/applications?status=pending', '/vendor/profile']) {
      const res = await supertest(app.server).get(url);
      expect({ url, status: res.status, type: res.headers['content-type'] }).toEqual({ url, status: 200, type: 'text/html; charset=utf-8' });
      expect(res.text).toContain('/assets/app-1234.js');
    }
  });

  it('renders a public page through the web app’s server entry, from the badge cache’s data, and answers an unknown vendor 404', async () => {
    const vendor = await createVendor(db, { name: 'Rendered <Learning>' });
    const owner = await createUser(db, { role: Role.VendorOwner, vendorId: vendor.id });
    await setPledge(db, vendor, owner, { state: PledgeState.Active, activeSince: new Date('2026-02-01T10:00:00Z') });
    // The badge cache learns of the vendor through LISTEN/NOTIFY: wait for it.
    let res = await supertest(app.server).get(`/verify/${vendor.slug}`);
    for (let tries = 0; tries < 100 && res.status !== 200; tries++) {
      await new Promise((r) => setTimeout(r, 20));
      res = await supertest(app.server).get(`/verify/${vendor.slug}`);
    }
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toContain(`<head><title>Rendered <Learning></title></head><div id="root"><h1>Rendered <Learning></h1></div>`);
    // The cache the page was rendered from travels as JSON that no text inside can break out of.
    expect(res.text).toContain('<script type="application/json" id="cep-state">{"note":"\\u003c/script>\\u003cb>"}</script>');
    expect(res.text).toContain('/assets/app-1234.js');

    const unknown = await supertest(app.server).get('/verify/no-such-vendor');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('<title>Not a member</title>');
    expect(unknown.text).not.toContain('cep-state');
  });

  it('keeps problem+json 404s for unknown API paths', async () => {
    for (const url of ['/api/v1/nothing-here', '/badge/unknown/thing', '/healthz/x']) {
      const res = await supertest(app.server).get(url);
      expect({ url, status: res.status, type: res.headers['content-type'] }).toEqual({ url, status: 404, type: 'application/problem+json; charset=utf-8' });
    }
  });
});
