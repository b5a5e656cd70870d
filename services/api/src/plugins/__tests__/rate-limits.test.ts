import { ApiScope, ErrorCode, HOUR_MS } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { expectProblem } from '../../../test/expectations.ts';
import { createApiKey, createCast, settableClock } from '../../../test/factories.ts';
import { startRedis } from '../../../test/redis-server.ts';
import { postgresRateCounter } from '../rate-counter.ts';

/**
 * Limits hold across instances: two apps on one database (as behind a proxy) share each count,
 * whether it is kept in PostgreSQL (the default) or in Redis (REDIS_URL).
 */

const LOGIN = '/api/v1/auth/login';
const LIMITS = { RATE_LIMIT_LOGIN: '3', RATE_LIMIT_API_KEY: '4' };

describe.each([
  ['PostgreSQL', false],
  ['Redis', true],
])('shared limits in %s', (_store, withRedis) => {
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    redis = withRedis ? await startRedis() : undefined;
    const env = { ...LIMITS, ...(redis ? { REDIS_URL: redis.url } : {}) };
    a = await createTestApp({ env });
    b = await createTestApp({ env, databaseUrl: a.databaseUrl });
  }, 60_000);
  afterAll(async () => {
    await b.close();
    await a.close();
    await redis?.stop();
  });

  it('counts the login limit across instances, not per instance', async () => {
    const attempt = (t: TestApp) => t.http().post(LOGIN).send({ email: 'someone@example.com', password: 'not the password' });
    expect((await attempt(a)).status).toBe(401);
    expect((await attempt(b)).status).toBe(401);
    expect((await attempt(a)).status).toBe(401);
    const refused = await attempt(b);
    expectProblem(refused, 429, ErrorCode.RateLimited);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expectProblem(await attempt(a), 429, ErrorCode.RateLimited);
  });

  it('counts an API key’s quota across instances', async () => {
    const cast = await createCast(a.db);
    const { key } = await createApiKey(a.db, { vendorId: cast.vendor.id, createdBy: cast.owner.id, scopes: [ApiScope.CheckpointsRead] });
    const call = (t: TestApp) => t.http().get(`/api/v1/vendors/${cast.vendor.id}/checkpoints`).set('x-api-key', key);
    for (const t of [a, b, a, b]) expect((await call(t)).status).toBe(200);
    const refused = await call(a);
    expectProblem(refused, 429, ErrorCode.RateLimited);
    expect(refused.headers.ratelimit).toMatch(/^"api-key";r=0;t=\d+$/);
  });
});

describe('when Redis is away', () => {
  it('answers limited routes 503 problem+json with Retry-After, not 500', async () => {
    const redis = await startRedis();
    const t = await createTestApp({ env: { ...LIMITS, REDIS_URL: redis.url } });
    try {
      const attempt = () => t.http().post(LOGIN).send({ email: 'someone@example.com', password: 'not the password' });
      expect((await attempt()).status).toBe(401);
      await redis.stop();
      const refused = await attempt();
      expectProblem(refused, 503, ErrorCode.DatabaseUnavailable);
      expect(refused.headers['retry-after']).toBe('5');
      // Routes without a limit do not need Redis.
      expect((await t.http().get('/api/v1/categories')).status).toBe(200);
    } finally {
      await t.close();
    }
  }, 60_000);
});

describe('the PostgreSQL counter', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('starts a new count with each window, per bucket', async () => {
    const time = settableClock('2026-03-02T10:00:10Z');
    const counter = postgresRateCounter(t.db, time.clock);
    expect(await counter.hit('login:1.2.3.4', 60_000)).toEqual({ count: 1, resetMs: 50_000 });
    expect(await counter.hit('login:1.2.3.4', 60_000)).toEqual({ count: 2, resetMs: 50_000 });
    expect((await counter.hit('login:5.6.7.8', 60_000)).count).toBe(1);
    time.set('2026-03-02T10:01:00Z');
    expect(await counter.hit('login:1.2.3.4', 60_000)).toEqual({ count: 1, resetMs: 60_000 });
    expect((await counter.hit('login:1.2.3.4', HOUR_MS)).count).toBe(1);
  });
});
