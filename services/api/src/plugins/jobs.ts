import type { FastifyBaseLogger } from 'fastify';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../clock.ts';
import { JobStatus } from './job-status.ts';

export interface JobContext {
  id: string;
  attempt: number;
  maxAttempts: number;
  /** True on the last try: a handler may record a permanent failure before the queue gives up. */
  lastAttempt: boolean;
}
export type JobHandler = (payload: Record<string, unknown>, job: JobContext) => Promise<void>;

/** Thrown by a handler that failed and knows when to try again (its own schedule, not the queue's backoff). */
export class RetryAt extends Error {
  constructor(
    readonly at: Date,
    message: string,
  ) {
    super(message);
  }
}

export interface EnqueueOptions {
  runAt?: Date;
  /** At most one job with this key ever exists: enqueueing it twice is a no-op. */
  singletonKey?: string;
  maxAttempts?: number;
}

export interface JobQueue {
  /** Adds a job inside the caller's transaction, so it exists only if the write that caused it commits. */
  enqueue(manager: EntityManager | DataSource, kind: string, payload?: Record<string, unknown>, options?: EnqueueOptions): Promise<void>;
  register(kind: string, handler: JobHandler): void;
  /**
   * Runs `kind` once per interval across all instances: each poll enqueues the current slot's job
   * under a singleton key, so however many instances poll, one job exists per slot.
   */
  every(kind: string, intervalMs: number, handler: JobHandler): void;
  /** Claims and runs every due job once; returns how many ran. Tests call this with a moved clock. */
  runDue(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

interface JobRow {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

/** How long a claimed job is hidden from other workers; past it a crashed worker's job runs again. */
const LEASE_SECONDS = 300;
const BATCH = 10;
/**
 * While a backlog drains (10,000 webhook deliveries), background work takes at most this share of
 * the time: after each full batch the worker rests as long again, so the requests the instance
 * serves meanwhile keep their latency (bench:integrations measures it).
 */
const BACKLOG_SHARE = 0.5;

/**
 * A PostgreSQL-backed queue. Workers on every instance claim due jobs with
 * `FOR UPDATE SKIP LOCKED`, so with several instances each job runs exactly once; failures retry
 * with exponential backoff (2^attempt seconds, at most an hour) up to `max_attempts`.
 */
export function createJobQueue(db: DataSource, clock: Clock, log: FastifyBaseLogger, pollMs: number): JobQueue {
  const handlers = new Map<string, JobHandler>();
  const recurring = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;

  async function claim(): Promise<JobRow[]> {
    const now = clock();
    const lease = new Date(now.getTime() + LEASE_SECONDS * 1000);
    const rows: JobRow[] = await db.query(
      `WITH claimed AS (
       UPDATE job SET status = $5, attempts = attempts + 1, locked_until = $2
        WHERE id IN (
          SELECT id FROM job
           WHERE run_at <= $1 AND kind = ANY($3)
             AND (status = $4 OR (status = $5 AND locked_until < $1))
           ORDER BY run_at, id
           LIMIT ${BATCH}
           FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, payload, attempts, max_attempts)
       SELECT * FROM claimed`,
      [now, lease, [...handlers.keys()], JobStatus.Pending, JobStatus.Running],
    );
    return rows;
  }

  /** Runs one claimed job; true when it succeeded (its row is marked done with its batch's). */
  async function runOne(row: JobRow): Promise<boolean> {
    const handler = handlers.get(row.kind);
    const context = { id: row.id, attempt: row.attempts, maxAttempts: row.max_attempts, lastAttempt: row.attempts >= row.max_attempts };
    try {
      if (!handler) throw new Error(`no handler for job kind ${row.kind}`);
      await handler(row.payload, context);
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retryAt = error instanceof RetryAt ? error.at : new Date(clock().getTime() + Math.min(3600, 2 ** row.attempts) * 1000);
      log.warn({ job: row.id, kind: row.kind, attempt: row.attempts, err: message }, 'job failed');
      await db.query(
        `UPDATE job SET status = CASE WHEN attempts >= max_attempts THEN $5 ELSE $6 END,
                        run_at = $2, last_error = $3, locked_until = NULL,
                        finished_at = CASE WHEN attempts >= max_attempts THEN $4::timestamptz END
          WHERE id = $1`,
        [row.id, retryAt, message.slice(0, 2000), clock(), JobStatus.Failed, JobStatus.Pending],
      );
      return false;
    }
  }

  async function enqueueRecurring(): Promise<void> {
    for (const [kind, intervalMs] of recurring) {
      const slot = new Date(Math.floor(clock().getTime() / intervalMs) * intervalMs);
      await api.enqueue(db, kind, {}, { runAt: slot, singletonKey: `${kind}@${slot.toISOString()}`, maxAttempts: 1 });
    }
  }

  async function runDue(): Promise<number> {
    await enqueueRecurring();
    let total = 0;
    for (;;) {
      const started = performance.now();
      const rows = await claim();
      // A claimed batch runs side by side: its jobs are independent rows (each may as well be
      // running on another instance), and a slow one — a webhook receiver taking its 10 s — must
      // not hold up the rest. The successes are marked done in one statement.
      const succeeded = await Promise.all(rows.map(runOne));
      const done = rows.filter((_, i) => succeeded[i]).map((row) => row.id);
      if (done.length > 0) await db.query(`UPDATE job SET status = $3, finished_at = $2, locked_until = NULL WHERE id = ANY($1)`, [done, clock(), JobStatus.Done]);
      total += rows.length;
      if (rows.length < BATCH) return total;
      await new Promise((resolve) => setTimeout(resolve, ((performance.now() - started) * (1 - BACKLOG_SHARE)) / BACKLOG_SHARE));
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = runDue()
        .catch((error: unknown) => log.warn({ err: error }, 'job poll failed'))
        .finally(schedule);
    }, pollMs);
    timer.unref();
  }

  const api: JobQueue = {
    async enqueue(manager, kind, payload = {}, options = {}) {
      await manager.query(
        `INSERT INTO job (kind, payload, run_at, max_attempts, singleton_key) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (singleton_key) DO NOTHING`,
        [kind, JSON.stringify(payload), options.runAt ?? clock(), options.maxAttempts ?? 5, options.singletonKey ?? null],
      );
    },
    register(kind, handler) {
      handlers.set(kind, handler);
    },
    every(kind, intervalMs, handler) {
      handlers.set(kind, handler);
      recurring.set(kind, intervalMs);
    },
    runDue,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
  return api;
}
