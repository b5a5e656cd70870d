/**
 * `npm run bench:badge`: how fast the live badge is, next to the fastest thing Fastify can do on
 * this machine. Starts the registry on a seeded database and a bare Fastify server returning a
 * constant SVG of the same size, each in its own process, then loads them with autocannon
 * (50 connections, 10 s each, alternated, twice) and prints requests/s, p50 and p99 latency.
 * Targets (issue #4): cached SVG ≥ 0.8 × the baseline's requests/s, p99 ≤ 25 ms, no errors.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = path.dirname(fileURLToPath(import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

function start(script: string, args: string[] = []): Promise<{ child: ChildProcess; words: string[] }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', path.join(here, script), ...args], { stdio: ['ignore', 'pipe', 'inherit'], cwd: path.join(here, '..') });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('READY '));
      if (line) resolve({ child, words: line.trim().split(' ').slice(1) });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  unexpected: number;
}

async function load(name: string, url: string, headers: Record<string, string>, expected: number): Promise<Result> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  const byStatus = result.statusCodeStats as Record<string, { count: number }> | undefined;
  const total = Object.values(byStatus ?? {}).reduce((n, s) => n + s.count, 0);
  const unexpected = total - (byStatus?.[String(expected)]?.count ?? 0);
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, unexpected };
}

const registry = await start('serve-registry.ts');
const [registryPort, slug] = registry.words;
const base = `http://127.0.0.1:${registryPort}`;
const probe = await fetch(`${base}/badge/${slug}.svg`);
const etag = probe.headers.get('etag') ?? '';
const size = (await probe.text()).length;
const baseline = await start('serve-baseline.ts', [String(size)]);
const baselineUrl = `http://127.0.0.1:${baseline.words[0]}/badge.svg`;

console.log(`badge benchmark: ${CONNECTIONS} connections, ${SECONDS} s per run, alternated, twice; SVG of ${size} bytes; 1,000 vendors`);
const runs: Result[] = [];
for (let round = 1; round <= 2; round++) {
  runs.push(await load('bare Fastify baseline (constant SVG)', baselineUrl, {}, 200));
  runs.push(await load('badge SVG (cache hit)', `${base}/badge/${slug}.svg`, {}, 200));
  runs.push(await load('badge SVG, If-None-Match (304)', `${base}/badge/${slug}.svg`, { 'if-none-match': etag }, 304));
  runs.push(await load('badge JSON', `${base}/badge/${slug}.json`, {}, 200));
}
registry.child.kill('SIGTERM');
baseline.child.kill('SIGTERM');

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`\n${'run'.padEnd(40)}${pad('req/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('errors', 8)}${pad('non-2xx/304', 13)}`);
for (const r of runs) console.log(`${r.name.padEnd(40)}${pad(Math.round(r.rps), 10)}${pad(r.p50, 9)}${pad(r.p99, 9)}${pad(r.errors, 8)}${pad(r.unexpected, 13)}`);

const mean = (name: string) => {
  const of = runs.filter((r) => r.name === name);
  return { rps: of.reduce((n, r) => n + r.rps, 0) / of.length, p99: Math.max(...of.map((r) => r.p99)) };
};
const badge = mean('badge SVG (cache hit)');
const bare = mean('bare Fastify baseline (constant SVG)');
const ratio = badge.rps / bare.rps;
const failures = runs.reduce((n, r) => n + r.errors + r.unexpected, 0);
console.log(`\nbadge SVG / baseline: ${ratio.toFixed(2)} (target ≥ 0.80); badge p99 ${badge.p99} ms (target ≤ 25 ms); errors and unexpected statuses: ${failures} (target 0)`);
console.log(ratio >= 0.8 && badge.p99 <= 25 && failures === 0 ? 'targets met' : 'targets NOT met');
