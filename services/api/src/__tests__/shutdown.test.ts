import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../db/embedded.ts';

/**
 * The server as `npm start` runs it (server.ts, embedded PostgreSQL in its own data folder),
 * stopped with SIGTERM while clients keep it busy: every request it accepted is answered, nothing
 * is reset half-way, and it exits 0 after stopping PostgreSQL itself.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const apiRoot = path.resolve(here, '..', '..');
const STARTUP_MS = 120_000;

let dataDir: string;
let server: ChildProcess;
let output = '';
let port = 0;

beforeAll(async () => {
  // As root the embedded PostgreSQL runs as `postgres`, who must be able to write there.
  dataDir = mkdtempSync(path.join(tmpdir(), 'cep-shutdown-'));
  chmodSync(dataDir, 0o777);
  port = await freePort();
  server = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', path.join(apiRoot, 'src', 'server.ts')], {
    cwd: apiRoot,
    env: { ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', CEP_DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + STARTUP_MS;
  while (!output.includes('[cep] ready')) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, STARTUP_MS + 10_000);

afterAll(() => {
  if (server.exitCode === null) server.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

it('refuses, in one line, to start a second registry on the same data folder', async () => {
  const second = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', path.join(apiRoot, 'src', 'server.ts')], {
    cwd: apiRoot,
    env: { ...process.env, NODE_ENV: 'test', PORT: String(await freePort()), HOST: '127.0.0.1', CEP_DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  second.stdout?.on('data', (chunk: Buffer) => (said += chunk.toString()));
  second.stderr?.on('data', (chunk: Buffer) => (said += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => second.once('exit', (c) => resolve(c)));
  expect(code).toBe(1);
  expect(said.trim()).toBe(`[cep] the registry is already running on ${dataDir} (pid ${server.pid}, port ${port}); stop it first or set CEP_DATA_DIR to another folder`);
}, 60_000);

type Outcome = 'answered' | 'draining' | 'refused' | { failed: string };

/**
 * One GET over a kept-alive connection: answered (any status but 5xx) — `draining` when the answer
 * closes the connection, the server's word that it is going — refused before it was accepted, or
 * failed.
 */
function get(agent: http.Agent, url: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume();
      const closing = response.headers.connection === 'close';
      response.on('end', () => resolve((response.statusCode ?? 0) >= 500 ? { failed: `HTTP ${response.statusCode}` } : closing ? 'draining' : 'answered'));
      response.on('error', (error) => resolve({ failed: error.message }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED' ? 'refused' : { failed: `${error.code ?? ''} ${error.message}` }));
  });
}

/**
 * The clients behave as a proxy in front of several instances does: an answer that closes its
 * connection means "this instance is going", so they go elsewhere (here: stop). A client that
 * opens a new connection at the very moment the listener closes can still be reset by the kernel,
 * which no process can prevent; that is what the proxy's retry covers.
 */
it('answers every request that reaches it, tells clients it is going, then stops PostgreSQL and exits 0 on SIGTERM', async () => {
  const url = `http://127.0.0.1:${port}/api/v1/directory`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 10 });
  const outcomes: Outcome[] = [];
  let stop = false;
  const client = async () => {
    while (!stop) {
      const outcome = await get(agent, url);
      outcomes.push(outcome);
      if (outcome === 'refused' || outcome === 'draining') return; // this instance is going: go elsewhere
    }
  };
  const clients = Array.from({ length: 10 }, client);
  while (outcomes.length < 100) await new Promise((r) => setTimeout(r, 10));
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  server.kill('SIGTERM');
  const code = await exited;
  stop = true;
  await Promise.all(clients);
  agent.destroy();

  const failed = outcomes.filter((o) => typeof o === 'object');
  expect({ code, failed }).toEqual({ code: 0, failed: [] });
  expect(outcomes.filter((o) => o === 'answered').length).toBeGreaterThanOrEqual(100);
  expect(outcomes.filter((o) => o === 'draining').length).toBeGreaterThan(0);
  expect(output).toContain('SIGTERM: not ready any more; finishing in-flight requests, then stopping');
}, 60_000);
