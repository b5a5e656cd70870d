/**
 * `npm run bench:import`: the ticket-export import at the size issues #5 and #14 name, against the
 * product as users run it (`npm start`, production). Generates a 200,000-row export in our layout
 * (four priorities, 2% unanswered, 0.5% bad rows), uploads it three times as a stream, and meanwhile
 * asks `/healthz` and a badge one request after another. Prints, in one run: each import's time and
 * the server's resident memory (before, peak), and the latencies of `/healthz` and the badge at
 * rest (the baseline) and during the imports.
 * Targets: under 5 s per import, memory growing less than 100 MB, p99 < 50 ms during the import.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { startProduct } from './processes.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const RUNS = 3;
const MB = 1024 * 1024;
const PERIOD = '2026-H1';

/** A deterministic generator (mulberry32), so every run imports the same file. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeExport(file: string): Promise<void> {
  const next = random(42);
  const out = createWriteStream(file);
  const start = Date.parse('2026-01-01T00:00:00Z');
  const span = Date.parse('2026-06-30T00:00:00Z') - start;
  const priorities = ['low', 'medium', 'high', 'urgent'];
  const channels = ['email', 'chat', 'phone', 'portal'];
  out.write('id,created_at,first_response_at,priority,channel,solved_at\n');
  let chunk = '';
  for (let i = 1; i <= ROWS; i++) {
    const created = start + Math.floor(next() * span);
    const roll = next();
    const first = roll < 0.02 ? '' : new Date(created + Math.floor(next() * 6 * 3_600_000)).toISOString().replace('Z', '+00:00');
    const solved = new Date(created + Math.floor(next() * 72 * 3_600_000)).toISOString();
    const createdText = roll > 0.995 ? 'not a date' : new Date(created).toISOString();
    chunk += `T-${i},${createdText},${first},${priorities[i % 4]},${channels[i % 3]},${solved}\n`;
    if (chunk.length > 64 * 1024) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.end(chunk);
  await finished(out);
}

function upload(base: URL, vendorId: string, key: string, file: string, size: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: 'POST',
        path: `/api/v1/vendors/${vendorId}/checkpoints/${PERIOD}/tickets`,
        headers: { 'x-api-key': key, 'content-type': 'text/csv', 'content-length': size },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (c: string) => (body += c));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    createReadStream(file).pipe(request);
  });
}

/** The server's resident memory from /proc (worker threads included: they share the process). */
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function timedGet(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    http
      .get(url, { agent }, (response) => {
        response.resume();
        response.on('end', () => (response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`${url}: HTTP ${response.statusCode}`))));
      })
      .on('error', reject);
  });
}

/** One request after another, alternating /healthz and the badge, until `until` settles. */
async function probe(publicUrl: string, until: Promise<unknown>): Promise<{ health: number[]; badge: number[] }> {
  const samples = { health: [] as number[], badge: [] as number[] };
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    samples.health.push(await timedGet(`${publicUrl}/healthz`));
    samples.badge.push(await timedGet(`${publicUrl}/badge/bench.svg`));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return samples;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const describe = (values: number[]) => `p50 ${percentile(values, 50).toFixed(1)} ms, p99 ${percentile(values, 99).toFixed(1)} ms (${values.length} requests)`;

const file = path.join(tmpdir(), `cep-bench-tickets-${process.pid}.csv`);
await writeExport(file);
const size = (await stat(file)).size;
// One client samples the badge far more often than any page would: lift the per-client badge limit.
const product = await startProduct('import', { RATE_LIMIT_BADGE: '1000000' });
const db = new pg.Client({ connectionString: product.databaseUrl });
await db.connect();
let failed = false;
try {
  const weekday = [
    ['08:00', '12:00'],
    ['13:00', '18:00'],
  ];
  const calendar = { timeZone: 'Europe/Berlin', weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday }, holidays: ['2026-04-03', '2026-04-06', '2026-05-01'] };
  const vendorId = ((await db.query(`INSERT INTO vendor (name, slug, website, category, calendar) VALUES ('Bench Vendor', 'bench', 'https://bench.example', 'lms', $1) RETURNING id`, [JSON.stringify(calendar)])).rows[0] as { id: string }).id;
  await db.query(`INSERT INTO pledge (vendor_id, state, state_since, active_since) VALUES ($1, 'active', '2025-01-10', '2025-01-10')`, [vendorId]);
  const ownerId = ((await db.query(`INSERT INTO app_user (email, name, role, vendor_id) VALUES ('owner@bench.example', 'Bench Owner', 'vendor_owner', $1) RETURNING id`, [vendorId])).rows[0] as { id: string }).id;
  const key = `cep_${randomBytes(32).toString('base64url')}`;
  await db.query(`INSERT INTO api_key (name, prefix, hash, scopes, vendor_id, created_by, created_at) VALUES ('bench', $1, $2, $3, $4, $5, now())`, [
    key.slice(0, 12),
    createHash('sha256').update(key, 'utf8').digest('hex'),
    ['checkpoints:write'],
    vendorId,
    ownerId,
  ]);
  const base = new URL(product.publicUrl);
  const pid = product.serverPid();
  // The badge cache learns of the new vendor from its notification.
  for (let tries = 0; tries < 200 && (await fetch(`${product.publicUrl}/badge/bench.json`)).status !== 200; tries++) await new Promise((r) => setTimeout(r, 25));

  console.log(`import benchmark: ${ROWS.toLocaleString('en')} rows, ${(size / MB).toFixed(1)} MB, our CSV layout, Europe/Berlin calendar with a lunch break and holidays; ${RUNS} uploads`);
  console.log('targets: under 5 s per import, memory growing less than 100 MB, /healthz and badge p99 < 50 ms during the import');
  const atRest = await probe(product.publicUrl, new Promise((resolve) => setTimeout(resolve, 3000)));
  const during = { health: [] as number[], badge: [] as number[] };
  for (let run = 1; run <= RUNS; run++) {
    const before = rssOf(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 5);
    const started = performance.now();
    const uploading = upload(base, vendorId, key, file, size);
    const samples = await probe(product.publicUrl, uploading);
    const response = await uploading;
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    during.health.push(...samples.health);
    during.badge.push(...samples.badge);
    const result = JSON.parse(response.body) as { overall?: { tickets: number; shareWithinTarget: number }; errorCount?: number };
    const growth = (peak - before) / MB;
    if (response.status !== 200 || seconds >= 5 || growth >= 100) failed = true;
    console.log(
      `run ${run}: HTTP ${response.status}, ${seconds.toFixed(2)} s, ${Math.round(ROWS / seconds).toLocaleString('en')} rows/s, ` +
        `RSS before ${(before / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB, growth ${growth.toFixed(0)} MB; ` +
        `${result.overall?.tickets ?? '?'} tickets used, ${result.errorCount ?? '?'} rows rejected, ${((result.overall?.shareWithinTarget ?? 0) * 100).toFixed(1)}% within target`,
    );
  }
  console.log(`/healthz at rest (baseline): ${describe(atRest.health)}`);
  console.log(`/healthz during the imports: ${describe(during.health)}`);
  console.log(`badge at rest (baseline):    ${describe(atRest.badge)}`);
  console.log(`badge during the imports:    ${describe(during.badge)}`);
  if (percentile(during.health, 99) >= 50 || percentile(during.badge, 99) >= 50) failed = true;
  console.log(failed ? 'a target was missed (see above)' : 'targets met on every run');
} finally {
  agent.destroy();
  await db.end();
  await product.stop();
  await unlink(file);
}
