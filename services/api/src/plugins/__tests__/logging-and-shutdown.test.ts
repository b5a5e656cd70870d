import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import { buildApp } from '../../app.ts';
import { createDataSource } from '../../db/data-source.ts';
import { testConfig } from '../../../test/build-app.ts';
import { createTestDatabase } from '../../../test/database.ts';
import { bearer, createUser, createVendor, PASSWORD } from '../../../test/factories.ts';
import { Role } from '@cep/shared';
import supertest from 'supertest';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDataSource({ url: database.url, poolSize: 4, connectTimeoutMs: 2000, statementTimeoutMs: 5000 });
  await db.initialize();
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
});

async function appWithLogs(): Promise<{ app: FastifyInstance; lines: () => string }> {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  const app = await buildApp({ config: testConfig({ LOG_LEVEL: 'trace' }), db, databaseUrl: database.url, logStream: stream });
  return { app, lines: () => chunks.join('') };
}

describe('request logs', () => {
  it('carry the request id and never the token, the cookie or the password', async () => {
    const { app, lines } = await appWithLogs();
    await app.ready();
    try {
      const user = await createUser(db, { role: Role.VendorOwner, vendorId: (await createVendor(db)).id });
      const token = bearer(app, user);
      const me = await supertest(app.server).get('/api/v1/me').set('authorization', token).set('cookie', 'cep_refresh=secret-cookie-value');
      expect(me.status).toBe(200);
      const login = await supertest(app.server).post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD });
      expect(login.status).toBe(200);
      await supertest(app.server).post('/api/v1/auth/login').send({ email: user.email, password: 'wrong-password-in-logs' });

      const log = lines();
      expect(log).toContain(String(me.headers['x-request-id']));
      expect(log).not.toContain(token.slice(7));
      expect(log).not.toContain('secret-cookie-value');
      expect(log).not.toContain(PASSWORD);
      expect(log).not.toContain('wrong-password-in-logs');
      expect(log).not.toContain(String(login.body.accessToken));
    } finally {
      await app.close();
    }
  });

  it('leave out the hot public routes (badge, credential status) at the default level', async () => {
    const stream = new PassThrough();
    const chunks: string[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    const app = await buildApp({ config: testConfig({ LOG_LEVEL: 'info' }), db, databaseUrl: database.url, logStream: stream });
    await app.ready();
    try {
      // Through the HTTP server (the front door) and through Fastify's routes (an unknown slug, inject).
      await supertest(app.server).get('/badge/no-such-vendor.svg');
      await supertest(app.server).get('/badge/no-such-vendor.json');
      await app.inject({ method: 'GET', url: '/badge/no-such-vendor/shields.json' });
      await supertest(app.server).get('/api/v1/categories');
      const log = chunks.join('');
      expect(log).not.toContain('/badge/');
      // Other routes still log their requests at info.
      expect(log).toContain('/api/v1/categories');
    } finally {
      await app.close();
    }
  });

  it('log the path of a one-time link without its token', async () => {
    const { app, lines } = await appWithLogs();
    await app.ready();
    try {
      const token = 'Tk9f3Qp0a-Zx_81hLmN2vB7cD4eF5gH6';
      await supertest(app.server).get(`/complaints/confirm/${token}`);
      await supertest(app.server).get(`/invitations/${token}`);
      await supertest(app.server).get(`/api/v1/invitations/${token}`);
      const log = lines();
      expect(log).toContain('/complaints/confirm/[redacted]');
      expect(log).toContain('/api/v1/invitations/[redacted]');
      expect(log).not.toContain(token);
    } finally {
      await app.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes a request in flight before closing', async () => {
    const app = await buildApp({ config: testConfig(), db, databaseUrl: database.url });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started: () => void = () => undefined;
    const inFlight = new Promise<void>((resolve) => {
      started = resolve;
    });
    app.get('/slow', { config: { public: true } }, async () => {
      started();
      await gate;
      return { done: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;

    const slow = fetch(`http://127.0.0.1:${port}/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
    await inFlight;
    const closing = app.close();
    release();
    await closing;
    expect(await slow).toEqual({ status: 200, body: { done: true } });
  });
});
