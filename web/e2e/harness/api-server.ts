import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import net from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export interface ApiServer {
  child: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** The variables of the machine worth passing on; nothing that could point the server elsewhere (DATABASE_URL…). */
const INHERITED = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ', 'USER', 'LOGNAME', 'SHELL'];

/**
 * Starts the built server exactly as `npm start` runs it (`node services/api/dist/server.js`) and
 * resolves once it printed "[cep] ready" and /readyz answers 200.
 */
export async function startApiServer(options: { serverJs: string; cwd: string; env: Record<string, string>; logFile: string; baseUrl: string; timeoutMs?: number }): Promise<ApiServer> {
  const env: Record<string, string> = {};
  for (const name of INHERITED) if (process.env[name] !== undefined) env[name] = process.env[name] ?? '';
  Object.assign(env, options.env);

  const log = createWriteStream(options.logFile);
  let output = '';
  const child = spawn(process.execPath, [options.serverJs], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      log.write(chunk);
    });
  }

  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  const failed = (why: string) => new Error(`${why}\n--- server output ---\n${output.slice(-4000)}`);
  let running = true;
  let stopping = false;
  void exited.then((code) => {
    running = false;
    // A crash in the middle of the run would otherwise show only as "connection refused" in every test.
    if (!stopping) console.error(`\n[e2e] the API server exited unexpectedly (code ${code})\n--- server output ---\n${output.slice(-6000)}`);
  });

  while (!/\[cep\] ready/.test(output) || !(await isReady(options.baseUrl))) {
    if (!running) {
      stopping = true;
      throw failed('The API server exited before it was ready');
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw failed('The API server was not ready in time');
    }
    // Poll: readiness is a state of another process, with no event to wait on.
    await new Promise<void>((resolve) => setTimeout(resolve, 100));
  }

  return {
    child,
    output: () => output,
    async stop() {
      stopping = true;
      if (running) {
        child.kill('SIGTERM');
        // The server finishes requests, closes the pool and stops its embedded PostgreSQL.
        const timeout = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(timeout);
      }
      await new Promise<void>((resolve) => log.end(() => resolve()));
    },
  };
}

async function isReady(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/readyz`);
    return response.status === 200;
  } catch {
    return false;
  }
}

/**
 * Checks that the server really serves the built web app: index.html and every script and
 * stylesheet it links. Without this, a server that answers index.html but refuses its assets shows
 * up as a blank page in every test instead of one clear message.
 */
export async function assertWebAppServed(baseUrl: string): Promise<void> {
  const index = await fetch(`${baseUrl}/`);
  const html = await index.text();
  if (index.status !== 200 || !html.includes('<div id="root">')) {
    throw new Error(`GET / did not answer the web app's index.html (status ${index.status}). Did \`npm run build\` build web/dist?`);
  }
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  if (assets.length === 0) throw new Error('index.html links no /assets/ scripts or stylesheets');
  const problems: string[] = [];
  for (const asset of assets) {
    const response = await fetch(`${baseUrl}${asset}`);
    const type = response.headers.get('content-type') ?? '';
    const expected = asset.endsWith('.js') ? 'javascript' : 'css';
    if (response.status !== 200 || !type.includes(expected)) {
      problems.push(`GET ${asset} → ${response.status} ${type}: ${(await response.text()).slice(0, 200)}`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`The server answers index.html but not the files it needs, so the browser would show a blank page:\n  ${problems.join('\n  ')}`);
  }
}
