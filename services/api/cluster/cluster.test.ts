/**
 * `npm run test:cluster`: three instances of the built server (`node dist/server.js`, production)
 * on one PostgreSQL behind a real nginx, with a load generator running throughout. Once with the
 * rate limits counted in PostgreSQL, once in Redis. It shows:
 * - a rolling restart (SIGTERM each instance in turn, start it again) with zero failed requests,
 *   each instance exiting 0 within 10 s;
 * - a login limit of N a minute holding for the three together;
 * - every scheduled job and every e-mail happening exactly once;
 * - a suspension reaching the badge of every instance (the time it took is printed).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEFAULT_CALENDAR } from '@cep/shared';
import { startRedis } from '../test/redis-server.ts';
import { startSmtpSink } from '../test/smtp-sink.ts';
import { eventually } from '../test/expectations.ts';
import { ensureDatabase, freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded.ts';
import { newSigningKey } from '../src/modules/credentials/index.ts';
import { adminSignIn } from '../bench/admin-sign-in.ts';

const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LOGIN_LIMIT = 6;
const ADMIN = { email: 'admin@cluster.example', password: 'cluster-admin-password' };
/** Concurrent clients of the load generator (CI's size; the machine has two CPUs for all of it). */
const CLIENTS = Number(process.env.CLUSTER_CLIENTS ?? 6);

interface Instance {
  port: number;
  child: ChildProcess;
  output: string[];
}

function startInstance(port: number, env: NodeJS.ProcessEnv): Promise<Instance> {
  const child = spawn(process.execPath, ['dist/server.js'], { cwd: API_DIR, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output.push(...chunk.toString().split('\n').filter(Boolean));
      if (output.some((line) => line.includes('[cep] ready'))) resolve({ port, child, output });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`instance on ${port} exited with ${code}:\n${output.join('\n')}`)));
  });
}

/** SIGTERM, then the exit code and how long the drain took. */
async function stopInstance(instance: Instance): Promise<{ code: number | null; ms: number }> {
  const started = performance.now();
  const exited = once(instance.child, 'exit') as Promise<[number | null]>;
  instance.child.kill('SIGTERM');
  const [code] = await exited;
  return { code, ms: performance.now() - started };
}

/** nginx in the foreground with its own prefix: round robin over the instances, retrying the next one on a refused connection. */
async function startNginx(port: number, ports: number[]): Promise<{ port: number; stop(): Promise<void> }> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'cep-nginx-'));
  chmodSync(prefix, 0o777);
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  upstream registry {
    ${ports.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=1s;`).join('\n    ')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://registry;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # An instance that is restarting refuses connections: try the next one, POSTs included
      # (a refused connection never reached the app, so nothing ran twice).
      proxy_next_upstream error timeout non_idempotent;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 1s;
    }
  }
}
`,
  );
  const child = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  await eventually(
    () => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status, () => 0),
    (status) => status === 200,
    20_000,
  );
  return {
    port,
    async stop() {
      const exited = once(child, 'exit');
      child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** Keeps `CLIENTS` clients busy through nginx (badges, directory, categories, the verification page) until stopped; counts every answer. */
function loadGenerator(base: string, slug: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const failures: string[] = [];
  let answered = 0;
  let running = true;
  // What users and integrators ask for; /readyz is the proxy's question (503 while an instance drains, by design).
  const paths = [`/badge/${slug}.svg`, '/api/v1/directory', '/api/v1/categories', `/badge/${slug}.json`, `/verify/${slug}`];
  const get = (url: string) =>
    new Promise<void>((resolve) => {
      http
        .get(url, { agent }, (res) => {
          res.resume();
          res.on('end', () => {
            answered += 1;
            if ((res.statusCode ?? 0) >= 400) failures.push(`${url}: HTTP ${res.statusCode}`);
            resolve();
          });
        })
        .on('error', (error) => {
          failures.push(`${url}: ${error.message}`);
          resolve();
        });
    });
  const clients = Array.from({ length: CLIENTS }, async (_, i) => {
    for (let n = i; running; n++) await get(`${base}${paths[n % paths.length]}`);
  });
  return {
    failures,
    answered: () => answered,
    async stop() {
      running = false;
      await Promise.all(clients);
      agent.destroy();
    },
  };
}

describe.each([
  ['PostgreSQL', false],
  ['Redis', true],
])('three instances behind nginx, rate limits in %s', (_store, withRedis) => {
  const dataDir = path.join(tmpdir(), `cep-cluster-${randomBytes(4).toString('hex')}`);
  let database: EmbeddedDatabase;
  let databaseUrl: string;
  let db: pg.Client;
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  let env: NodeJS.ProcessEnv;
  let base: string;
  const instances: Instance[] = [];
  let vendor: { id: string; slug: string };

  beforeAll(async () => {
    database = await startEmbeddedPostgres({ dataDir, persistent: false });
    await ensureDatabase(database.adminUrl, 'cep');
    databaseUrl = database.urlFor('cep');
    redis = withRedis ? await startRedis() : undefined;
    smtp = await startSmtpSink();
    const ports = [await freePort(), await freePort(), await freePort()];
    const proxyPort = await freePort();
    base = `http://127.0.0.1:${proxyPort}`;
    env = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      PUBLIC_URL: base,
      JWT_SECRET: randomBytes(32).toString('base64url'),
      CREDENTIAL_SIGNING_KEY: JSON.stringify(await newSigningKey()),
      CEP_ADMIN_EMAIL: ADMIN.email,
      CEP_ADMIN_PASSWORD: ADMIN.password,
      SMTP_URL: smtp.url,
      JOBS_POLL_MS: '200',
      RATE_LIMIT_LOGIN: String(LOGIN_LIMIT),
      TRUST_PROXY: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // The load generator is one client making thousands of badge requests a minute.
      RATE_LIMIT_BADGE: '1000000',
      ...(redis ? { REDIS_URL: redis.url } : {}),
    };
    // The first instance migrates and seeds; the others find it done.
    for (const port of ports) instances.push(await startInstance(port, env));
    // The proxy last: asked while no instance listened, it would mark them all down for a while.
    nginx = await startNginx(proxyPort, ports);
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const [row] = (
      await db.query(
        `WITH v AS (INSERT INTO vendor (name, slug, website, category, calendar) VALUES ('Cluster Vendor', 'cluster', 'https://cluster.example', 'lms', $1) RETURNING id, slug)
         INSERT INTO pledge (vendor_id, state, state_since, active_since) SELECT id, 'active', now(), now() FROM v RETURNING vendor_id`,
        [JSON.stringify(DEFAULT_CALENDAR)],
      )
    ).rows as { vendor_id: string }[];
    vendor = { id: row?.vendor_id ?? '', slug: 'cluster' };
    // Every instance's badge cache hears of the new vendor.
    for (const instance of instances) {
      const badge = await eventually(() => fetch(`http://127.0.0.1:${instance.port}/badge/cluster.json`), (res) => res.status === 200, 20_000);
      expect(badge.status).toBe(200);
    }
  }, 180_000);

  afterAll(async () => {
    for (const instance of instances) if (instance.child.exitCode === null) await stopInstance(instance);
    await db?.end();
    await nginx?.stop();
    await smtp?.stop();
    await redis?.stop();
    await database?.stop();
  }, 120_000);

  it('restarts every instance in turn under load without one failed request', async () => {
    const load = loadGenerator(base, vendor.slug);
    await eventually(async () => load.answered(), (n) => n > 50, 20_000);
    for (const [i, instance] of instances.entries()) {
      const before = load.answered();
      const { code, ms } = await stopInstance(instance);
      expect(code).toBe(0);
      expect(ms).toBeLessThan(10_000);
      expect(instance.output.some((line) => line.includes('SIGTERM: not ready any more'))).toBe(true);
      instances[i] = await startInstance(instance.port, env);
      // Traffic flowed while it was away and back.
      await eventually(async () => load.answered(), (n) => n > before + 50, 20_000);
    }
    await load.stop();
    console.log(`${_store}: rolling restart of 3 instances under ${CLIENTS} clients: ${load.answered()} requests, ${load.failures.length} failed`);
    expect(load.failures.slice(0, 20)).toEqual([]);
  }, 300_000);

  it('holds a login limit of N a minute for the three instances together', async () => {
    // The limit counts in fixed one-minute windows: start well inside one, so all attempts share it.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 40_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 200));
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_LIMIT * 3; i++) {
      const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'nobody@cluster.example', password: 'not the password' }) });
      statuses.push(res.status);
    }
    // nginx spread the attempts over the instances; together they let exactly N through.
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(LOGIN_LIMIT * 2);
  }, 120_000);

  it('shows a suspension on the badge of every instance, and sends its e-mail once', async () => {
    // Signs in from another client address (a fresh login window for it behind the proxy).
    const accessToken = await adminSignIn(base, ADMIN, { 'x-forwarded-for': '10.1.2.3' });
    await db.query(`INSERT INTO app_user (email, name, role, vendor_id) VALUES ('owner@cluster.example', 'Cluster Owner', 'vendor_owner', $1) ON CONFLICT DO NOTHING`, [vendor.id]);
    const sent = performance.now();
    const suspended = await fetch(`${base}/api/v1/vendors/${vendor.id}/pledge/suspend`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ reason: 'Cluster test' }),
    });
    expect(suspended.status).toBe(200);
    const answered = performance.now();
    const seen: number[] = [];
    for (const instance of instances) {
      const badge = await eventually(
        () => fetch(`http://127.0.0.1:${instance.port}/badge/${vendor.slug}.json`).then((r) => r.json() as Promise<{ status: string }>),
        (body) => body.status === 'suspended',
        20_000,
      );
      expect(badge.status).toBe('suspended');
      seen.push(performance.now() - answered);
    }
    console.log(`${_store}: suspension answered in ${(answered - sent).toFixed(0)} ms; on every instance's badge within ${Math.max(...seen).toFixed(0)} ms of the answer`);

    const toOwner = await smtp.waitFor((m) => m.to.includes('owner@cluster.example'), 20_000);
    expect(toOwner.raw).toMatch(/suspend/i);
  }, 60_000);

  it('runs every scheduled job and sends every e-mail exactly once', async () => {
    // Give the three workers a few polls to race for the same jobs.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const recurring = (await db.query(`SELECT kind, singleton_key, status, attempts FROM job WHERE singleton_key IS NOT NULL AND status <> 'pending' ORDER BY 1, 2`)).rows as { kind: string; status: string; attempts: number }[];
    expect(recurring.length).toBeGreaterThan(0);
    expect(recurring.filter((job) => job.status !== 'done' || job.attempts !== 1)).toEqual([]);
    const mails = (await db.query(`SELECT id, to_address, subject FROM mail_message WHERE status = 'sent'`)).rows as { id: string }[];
    expect(mails.length).toBeGreaterThan(0);
    const ids = smtp.messages.map((m) => /^Message-ID:\s*(\S+)/im.exec(m.raw)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(smtp.messages).toHaveLength(mails.length);
    expect(smtp.messages.filter((m) => m.to.includes('owner@cluster.example'))).toHaveLength(1);
  }, 60_000);
});
