import type { EventEmitter } from 'node:events';
import client from '@prometheus-io/client';
import type { FastifyInstance } from 'fastify';
import metricsPlugin, { type IMetricsPluginOptions } from 'fastify-metrics';
import type { DataSource } from 'typeorm';
import { MailStatus } from '@cep/shared';
import { JobStatus } from './job-status.ts';

/**
 * What an operator watches (README "Monitoring"), in the Prometheus text format on GET /metrics:
 * request durations by route (fastify-metrics), the process (CPU, memory, event-loop lag), and
 * gauges read at each scrape — the job queue's due backlog and its oldest job, the e-mail outbox by
 * status, the badge cache, the database pool. Each app has its own registry, so two apps in one
 * process (the tests) never share a metric.
 */

export interface MetricsSources {
  db: DataSource;
  badgeCache: () => { vendors: number; reloads: number; refreshes: number; listening: boolean };
  warn: (error: unknown, what: string) => void;
}

interface PgPool extends EventEmitter {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export type MetricsRegistry = InstanceType<typeof client.Registry>;

export async function registerMetrics(app: FastifyInstance, { db, badgeCache, warn }: MetricsSources): Promise<MetricsRegistry> {
  const registry = new client.Registry();
  // A CommonJS module: its plugin is the `default` export of what an ES module import receives.
  const options: Partial<IMetricsPluginOptions> = {
    // The client the registry below belongs to (the plugin would otherwise pick another if installed).
    promClient: client,
    endpoint: null,
    clearRegisterOnInit: false,
    defaultMetrics: { enabled: true, register: registry, prefix: 'cep_' },
    routeMetrics: {
      enabled: { histogram: true, summary: false },
      // Unmatched paths (scanners) are one label, not one per path.
      registeredRoutesOnly: true,
      groupStatusCodes: true,
      overrides: {
        histogram: { name: 'cep_http_request_duration_seconds', registers: [registry], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10] },
        // The plugin makes its summary even when it is not enabled: registered nowhere, it costs nothing.
        summary: { registers: [] },
      },
    },
  };
  await app.register(metricsPlugin.default, options);

  // One read of the database per scrape feeds the queue and outbox gauges; when it fails, they
  // are left out of that scrape (and cep_database_up says why) rather than showing stale figures.
  let read: Promise<Snapshot | null> | null = null;
  const snapshot = () => {
    read ??= readSnapshot(db)
      .catch((error: unknown) => {
        warn(error, 'metrics could not read the database');
        return null;
      })
      .finally(() => setTimeout(() => (read = null), 0));
    return read;
  };

  new client.Gauge({
    name: 'cep_database_up',
    help: 'Whether the last scrape could read the database (1) or not (0).',
    registers: [registry],
    async collect() {
      this.set((await snapshot()) ? 1 : 0);
    },
  });
  new client.Gauge({
    name: 'cep_jobs_due',
    help: 'Background jobs waiting to run whose time has come (a growing figure: the workers do not keep up, or none runs).',
    registers: [registry],
    async collect() {
      const s = await snapshot();
      if (s) this.set(s.jobsDue);
    },
  });
  new client.Gauge({
    name: 'cep_jobs_oldest_due_seconds',
    help: 'How long the oldest due job has waited, in seconds (0 when none is due).',
    registers: [registry],
    async collect() {
      const s = await snapshot();
      if (s) this.set(s.oldestDueSeconds);
    },
  });
  new client.Gauge({
    name: 'cep_mail_messages',
    help: 'E-mails in the outbox not sent, by status: queued (waiting to be sent), held (no SMTP_URL), failed (gave up).',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const s = await snapshot();
      if (s) for (const status of BACKLOG) this.set({ status }, s.mail[status] ?? 0);
    },
  });
  const badge = (name: string, help: string, value: (stats: ReturnType<MetricsSources['badgeCache']>) => number) =>
    new client.Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(value(badgeCache()));
      },
    });
  badge('cep_badge_cache_vendors', 'Vendors whose badge this instance holds in memory.', (s) => s.vendors);
  badge('cep_badge_cache_reloads', 'Whole reloads of the badge cache since the start (start, reconnection, the 10-minute resynchronisation).', (s) => s.reloads);
  badge('cep_badge_cache_refreshes', 'Single-vendor refreshes of the badge cache since the start (one per change notified).', (s) => s.refreshes);
  badge('cep_badge_cache_listening', 'Whether the badge cache hears changes now (1) or is reconnecting (0): while 0, badges may lag.', (s) => (s.listening ? 1 : 0));

  const pool = (db.driver as unknown as { master?: PgPool }).master;
  const poolGauge = (name: string, help: string, value: (p: PgPool) => number) =>
    new client.Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        if (pool) this.set(value(pool));
      },
    });
  poolGauge('cep_db_pool_connections', 'Connections the pool holds, in use or idle.', (p) => p.totalCount);
  poolGauge('cep_db_pool_idle', 'Idle connections in the pool.', (p) => p.idleCount);
  poolGauge('cep_db_pool_waiting', 'Queries waiting for a connection (above 0 for long: the pool is too small or queries too slow).', (p) => p.waitingCount);

  return registry;
}

interface Snapshot {
  jobsDue: number;
  oldestDueSeconds: number;
  mail: Partial<Record<MailStatus, number>>;
}

const BACKLOG: MailStatus[] = [MailStatus.Queued, MailStatus.Held, MailStatus.Failed];

async function readSnapshot(db: DataSource): Promise<Snapshot> {
  const [[jobs], mail] = await Promise.all([
    db.query(
      `SELECT count(*)::int AS due, coalesce(extract(epoch FROM now() - min(run_at)), 0)::float AS oldest
         FROM job WHERE status = $1 AND run_at <= now()`,
      [JobStatus.Pending],
    ) as Promise<{ due: number; oldest: number }[]>,
    // Sent messages are left out: counting them would grow with history, and they need no watching.
    db.query(`SELECT status, count(*)::int AS n FROM mail_message WHERE status = ANY($1) GROUP BY status`, [BACKLOG]) as Promise<{ status: MailStatus; n: number }[]>,
  ]);
  return { jobsDue: jobs?.due ?? 0, oldestDueSeconds: jobs?.oldest ?? 0, mail: Object.fromEntries(mail.map((m) => [m.status, m.n])) };
}
