import { ErrorCode, MailStatus } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectProblem } from '../../../../test/expectations.ts';
import { MailMessage } from '../../mail/index.ts';

/** GET /metrics (README "Monitoring"): what an operator's Prometheus reads, and who may read it. */

/** The value of the one sample named `name` with exactly these labels (none: the unlabelled one). */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /metrics outside production, without a token', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const scrape = async () => {
    const res = await t.http().get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.text;
  };

  it('gives request durations by route pattern, never by the path asked for', async () => {
    await t.http().get('/api/v1/directory?limit=5');
    await t.http().get('/badge/nobody-at-all.json');
    const text = await scrape();
    const count = sample(text, 'cep_http_request_duration_seconds_count', 'method="GET",route="/api/v1/directory",status_code="2xx"');
    expect(count).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('nobody-at-all');
    // The process: CPU, memory, event-loop lag.
    expect(sample(text, 'cep_process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(text).toMatch(/^cep_nodejs_eventloop_lag_seconds \d/m);
  });

  it('follows the job queue, the outbox, the badge cache and the pool', async () => {
    const before = await scrape();
    expect(sample(before, 'cep_database_up')).toBe(1);
    const due = sample(before, 'cep_jobs_due') ?? -1;
    // The tests run no workers: a job due a minute ago waits.
    await t.ctx.jobs.enqueue(t.db, 'metrics.test', {}, { runAt: new Date(Date.now() - 60_000) });
    await t.db.getRepository(MailMessage).insert({ to: 'someone@example.test', subject: 'Held', text: 'Waiting for SMTP', status: MailStatus.Held });
    const held = sample(before, 'cep_mail_messages', 'status="held"') ?? -1;

    const after = await scrape();
    expect(sample(after, 'cep_jobs_due')).toBe(due + 1);
    expect(sample(after, 'cep_jobs_oldest_due_seconds')).toBeGreaterThanOrEqual(59);
    expect(sample(after, 'cep_mail_messages', 'status="held"')).toBe(held + 1);
    expect(sample(after, 'cep_mail_messages', 'status="sent"')).toBeUndefined();
    for (const name of ['cep_badge_cache_vendors', 'cep_badge_cache_reloads', 'cep_badge_cache_refreshes', 'cep_badge_cache_listening', 'cep_db_pool_connections', 'cep_db_pool_idle', 'cep_db_pool_waiting']) {
      expect({ name, value: sample(after, name) }).toEqual({ name, value: expect.any(Number) });
    }
    expect(sample(after, 'cep_badge_cache_reloads')).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'cep_badge_cache_listening')).toBe(1);
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  const token = 'metrics-token-for-the-test';
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { METRICS_TOKEN: token } });
  });
  afterAll(async () => t.close());

  it('answers 401 without the token or with another, and the metrics with it', async () => {
    expectProblem(await t.http().get('/metrics'), 401, ErrorCode.Unauthenticated);
    expectProblem(await t.http().get('/metrics').set('authorization', `Bearer ${token}x`), 401, ErrorCode.Unauthenticated);
    expectProblem(await t.http().get('/metrics').set('authorization', token), 401, ErrorCode.Unauthenticated);
    const res = await t.http().get('/metrics').set('authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(sample(res.text, 'cep_database_up')).toBe(1);
  });
});

describe('GET /metrics in production', () => {
  const KEY = { kty: 'OKP', crv: 'Ed25519', x: 'g5Q5621BRh-EqvxVxt6jvVPwLuKFJDi2lt1VWrWQSHc', d: 'ScqOu5h01QHfMJkfie-eMv7Dfmza7Mk44TAdKsXLHT0', kid: 'k1' };
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PUBLIC_URL: 'http://registry.test', CREDENTIAL_SIGNING_KEY: JSON.stringify(KEY) } });
  });
  afterAll(async () => t.close());

  it('is off without a token: 404 saying how to turn it on', async () => {
    const res = await t.http().get('/metrics');
    expectProblem(res, 404, ErrorCode.NotFound);
    expect(res.body.detail).toBe('Metrics are off in production until METRICS_TOKEN is set');
  });
});
