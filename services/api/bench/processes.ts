import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../src/db/embedded.ts';
import { newSigningKey } from '../src/modules/credentials/index.ts';

/** Starts `command` in its own process group and resolves once a line of its output matches `ready`. */
export function start(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp, cwd: string): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  return new Promise((resolve, reject) => {
    // Only the start-up output is read: a production server logs every request, and a benchmark
    // that kept (and searched) all of it would slow its own clients down as the run goes on.
    let out = '';
    const read = (chunk: Buffer) => {
      out = (out + chunk.toString()).slice(-20_000);
      const line = out.split('\n').find((l) => ready.test(l));
      if (!line) return;
      for (const stream of [child.stdout, child.stderr]) {
        stream?.removeListener('data', read);
        stream?.resume();
      }
      resolve({ child, line });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${out.slice(-2000)}`)));
  });
}

/** Stops a process started by `start`, with its whole group (npm start runs the server as a grandchild). */
export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  });
}

export interface Product {
  publicUrl: string;
  /** The embedded PostgreSQL's database, to add data the way the benchmark needs it. */
  databaseUrl: string;
  /** The server process (`node dist/server.js`, under npm), from the data folder's `registry.pid`. */
  serverPid(): number;
  stop(): Promise<void>;
}

/**
 * The product as users run it: `npm start` at the repository root, in production mode, with its
 * embedded PostgreSQL in a fresh data folder, default settings plus the `settings` a benchmark
 * names (and says why). The data folder sits directly under /tmp: as root, the embedded
 * PostgreSQL runs as the `postgres` user, who must be able to write there.
 */
export async function startProduct(name: string, settings: Record<string, string>): Promise<Product> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cep-bench-'));
  chmodSync(dataDir, 0o777);
  const [port, pgPort] = [await freePort(), await freePort()];
  const publicUrl = `http://127.0.0.1:${port}`;
  console.log(`${name} benchmark: starting \`npm start\` (NODE_ENV=production, data in ${dataDir}); this builds the product first`);
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    PUBLIC_URL: publicUrl,
    JWT_SECRET: randomBytes(32).toString('base64url'),
    CREDENTIAL_SIGNING_KEY: JSON.stringify(await newSigningKey()),
    CEP_DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    ...settings,
  };
  const { child } = await start('npm', ['start'], env, /\[cep\] ready/, root);
  return {
    publicUrl,
    databaseUrl: `postgres://postgres:cep-embedded@127.0.0.1:${pgPort}/cep`,
    serverPid: () => (JSON.parse(readFileSync(path.join(dataDir, 'registry.pid'), 'utf8')) as { pid: number }).pid,
    async stop() {
      await stop(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** CPU seconds a process has used (user + system, from /proc at 100 ticks a second). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Waits until the product is at rest: the server used under 5% of a core over two seconds and no
 * other query or autovacuum runs in its database. After a start or a large import the registry has
 * work of its own (its start-up scans, the badge cache's catch-up, autovacuum of fresh rows), and
 * timing requests beside it measures that work, not the requests. Says, in words for the
 * benchmark's output, how long it waited, or that the product never came to rest in `limitSeconds`.
 */
export async function waitUntilIdle(product: Product, db: { query(sql: string): Promise<{ rows: unknown[] }> }, limitSeconds = 300): Promise<string> {
  const started = performance.now();
  const window = 2_000;
  while (performance.now() - started < limitSeconds * 1000) {
    const before = cpuSeconds(product.serverPid());
    await new Promise((resolve) => setTimeout(resolve, window));
    const busy = (cpuSeconds(product.serverPid()) - before) / (window / 1000);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type IN ('client backend', 'autovacuum worker')`);
    if (busy < 0.05 && (rows[0] as { n: number }).n === 0) return `the product at rest after ${((performance.now() - started) / 1000).toFixed(0)} s`;
  }
  return `the product still busy after ${limitSeconds} s: measured anyway, beside its own work`;
}
