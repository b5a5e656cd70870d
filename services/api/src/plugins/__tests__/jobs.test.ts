import { HOUR_MS } from '@cep/shared';
import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { createJobQueue } from '../jobs.ts';

const log = pino({ level: 'silent' }) as unknown as FastifyBaseLogger;

let t: TestApp;
let now: Date;
const clock = () => now;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());
beforeEach(async () => {
  now = new Date('2026-07-01T08:00:00Z');
  await t.db.query('DELETE FROM job');
});

async function jobRows() {
  return (await t.db.query(`SELECT kind, status, attempts, last_error FROM job ORDER BY id`)) as { kind: string; status: string; attempts: number; last_error: string | null }[];
}

describe('the PostgreSQL job queue', () => {
  it('runs a due job once and marks it done', async () => {
    const queue = createJobQueue(t.db, clock, log, 1000);
    const seen: unknown[] = [];
    queue.register('test.echo', async (payload) => {
      seen.push(payload);
    });
    await queue.enqueue(t.db, 'test.echo', { n: 1 });
    expect(await queue.runDue()).toBe(1);
    expect(await queue.runDue()).toBe(0);
    expect(seen).toEqual([{ n: 1 }]);
    expect(await jobRows()).toEqual([{ kind: 'test.echo', status: 'done', attempts: 1, last_error: null }]);
  });

  it('waits for run_at, following the clock it is given', async () => {
    const queue = createJobQueue(t.db, clock, log, 1000);
    let runs = 0;
    queue.register('test.later', async () => {
      runs++;
    });
    await queue.enqueue(t.db, 'test.later', {}, { runAt: new Date('2026-07-15T00:00:00Z') });
    expect(await queue.runDue()).toBe(0);
    now = new Date('2026-07-15T00:00:00Z');
    expect(await queue.runDue()).toBe(1);
    expect(runs).toBe(1);
  });

  it('retries a failing job with backoff and gives up after max attempts', async () => {
    const queue = createJobQueue(t.db, clock, log, 1000);
    const attempts: boolean[] = [];
    queue.register('test.flaky', async (_payload, job) => {
      attempts.push(job.lastAttempt);
      throw new Error(`boom ${job.attempt}`);
    });
    await queue.enqueue(t.db, 'test.flaky', {}, { maxAttempts: 3 });
    expect(await queue.runDue()).toBe(1);
    // Backoff: not due again until 2 s later.
    expect(await queue.runDue()).toBe(0);
    now = new Date(now.getTime() + 2000);
    expect(await queue.runDue()).toBe(1);
    now = new Date(now.getTime() + 4000);
    expect(await queue.runDue()).toBe(1);
    now = new Date(now.getTime() + HOUR_MS);
    expect(await queue.runDue()).toBe(0);
    expect(attempts).toEqual([false, false, true]);
    expect(await jobRows()).toEqual([{ kind: 'test.flaky', status: 'failed', attempts: 3, last_error: 'boom 3' }]);
  });

  it('ignores a second job with the same singleton key', async () => {
    const queue = createJobQueue(t.db, clock, log, 1000);
    await queue.enqueue(t.db, 'test.once', {}, { singletonKey: 'reminder:v1:2026-H1:14d' });
    await queue.enqueue(t.db, 'test.once', {}, { singletonKey: 'reminder:v1:2026-H1:14d' });
    expect(await jobRows()).toHaveLength(1);
  });

  it('enqueues inside a transaction: a rolled-back write leaves no job', async () => {
    const queue = createJobQueue(t.db, clock, log, 1000);
    await expect(
      t.db.transaction(async (manager) => {
        await queue.enqueue(manager, 'test.echo', {});
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await jobRows()).toEqual([]);
  });

  it('runs each job exactly once when two instances poll the same database', async () => {
    const second = await createTestApp({ databaseUrl: t.databaseUrl });
    try {
      const ran: string[] = [];
      const queues = [t.db, second.db].map((db, instance) => {
        const queue = createJobQueue(db, clock, log, 1000);
        queue.register('test.count', async (payload) => {
          ran.push(`${String(payload.n)}@${instance}`);
          // Hold the claim a little so the other instance really competes for the same rows.
          await new Promise((r) => setTimeout(r, 2));
        });
        return queue;
      });
      for (let n = 0; n < 60; n++) await queues[0]?.enqueue(t.db, 'test.count', { n });
      const counts = await Promise.all(queues.map((q) => q.runDue()));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(60);
      const byJob = new Map<string, number>();
      for (const entry of ran) {
        const n = entry.split('@')[0] ?? '';
        byJob.set(n, (byJob.get(n) ?? 0) + 1);
      }
      expect(byJob.size).toBe(60);
      expect([...byJob.values()].every((count) => count === 1)).toBe(true);
    } finally {
      await second.app.close();
      await second.db.destroy();
    }
  });
});

describe('recurring jobs', () => {
  it('run once per interval slot however many instances poll', async () => {
    const runs: string[] = [];
    const queues = [0, 1].map(() => {
      const queue = createJobQueue(t.db, clock, log, 1000);
      queue.every('test.hourly', HOUR_MS, async () => {
        runs.push(clock().toISOString());
      });
      return queue;
    });
    await Promise.all(queues.map((q) => q.runDue()));
    await Promise.all(queues.map((q) => q.runDue()));
    expect(runs).toHaveLength(1);
    now = new Date(now.getTime() + HOUR_MS);
    await Promise.all(queues.map((q) => q.runDue()));
    expect(runs).toHaveLength(2);
  });
});
