/**
 * `npm run bench:badge`: the live badge as deployed, next to the fastest thing Fastify does here.
 *
 * Starts the product exactly as a user runs it — `npm start` at the repository root, in production
 * mode, with its embedded PostgreSQL in a fresh data folder — adds 1,000 active vendors to its
 * database, and in the same run starts a bare Fastify process answering the same bytes with the
 * same headers (200, and 304 on a matching If-None-Match). autocannon loads each in turn (50
 * connections, 10 s, three rounds, alternated) and the ratios are printed beside the goals of
 * issue #13: badge 200 ≥ 0.9 × bare 200, badge 304 ≥ 1.0 × bare 304, and the badge's 304 path at
 * least as fast as its 200 path.
 *
 * One setting differs from the defaults, and the run says so: RATE_LIMIT_BADGE, because every
 * request of the load comes from one address (127.0.0.1) and the default 600 a minute would turn
 * all but the first 600 into 429s. The limiter still runs on every request.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { start, startProduct, stop } from './processes.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 50;
const VENDORS = 1000;


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

// Every request of the load comes from one address: without this the limiter would answer 429s.
const product = await startProduct('badge', { RATE_LIMIT_BADGE: '1000000000' });
const { publicUrl } = product;

const db = new pg.Client({ connectionString: product.databaseUrl });
await db.connect();
await db.query(
  `WITH v AS (
     INSERT INTO vendor (name, slug, website, category, calendar, badge_domains)
     SELECT 'Bench Vendor ' || n, 'bench-' || n, 'https://bench-' || n || '.example', 'lms',
            '{"timeZone":"UTC","weekly":{},"holidays":[]}', ARRAY['bench-' || n || '.example']
       FROM generate_series(1, $1::int) AS n
     RETURNING id)
   INSERT INTO pledge (vendor_id, state, state_since, active_since) SELECT id, 'active', now(), now() FROM v`,
  [VENDORS],
);
await db.end();

const slug = 'bench-500';
const badgeUrl = `${publicUrl}/badge/${slug}.svg`;
let probe = await fetch(badgeUrl);
for (let tries = 0; tries < 100 && !(probe.status === 200 && (await probe.clone().text()).includes('>active<')); tries++) {
  await new Promise((r) => setTimeout(r, 100));
  probe = await fetch(badgeUrl);
}
const body = await probe.text();
// The baseline answers with the very bytes the badge sends: its 200 and its 304, headers included.
const ownHeaders = (response: Response) =>
  Object.fromEntries([...response.headers.entries()].filter(([name]) => !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)));
const headers = ownHeaders(probe);
const etag = probe.headers.get('etag') ?? '';
const notModified = await fetch(badgeUrl, { headers: { 'if-none-match': etag } });
if (notModified.status !== 304) throw new Error(`expected a 304 for the badge's own ETag, got ${notModified.status}`);

const baseline = await start(
  process.execPath,
  ['--import', 'tsx', path.join(here, 'serve-baseline.ts')],
  { ...process.env, BASELINE_BODY: body, BASELINE_HEADERS: JSON.stringify(headers), BASELINE_304_HEADERS: JSON.stringify(ownHeaders(notModified)) },
  /^READY \d+/,
  path.join(here, '..'),
);
const baselineUrl = `http://127.0.0.1:${baseline.line.trim().split(' ')[1]}/badge.svg`;

console.log(`${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds alternated; SVG of ${Buffer.byteLength(body)} bytes; ${VENDORS} vendors; default settings but RATE_LIMIT_BADGE`);
const runs: Result[] = [];
try {
  for (let round = 1; round <= ROUNDS; round++) {
    runs.push(await load('bare Fastify 200 (same bytes)', baselineUrl, {}, 200));
    runs.push(await load('badge SVG 200', badgeUrl, {}, 200));
    runs.push(await load('bare Fastify 304', baselineUrl, { 'if-none-match': etag }, 304));
    runs.push(await load('badge SVG 304 (If-None-Match)', badgeUrl, { 'if-none-match': etag }, 304));
    runs.push(await load('badge JSON 200', `${publicUrl}/badge/${slug}.json`, {}, 200));
  }
} finally {
  await stop(baseline.child);
  await product.stop();
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`\n${'run'.padEnd(34)}${pad('req/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('errors', 8)}${pad('unexpected', 12)}`);
for (const r of runs) console.log(`${r.name.padEnd(34)}${pad(Math.round(r.rps), 10)}${pad(r.p50, 9)}${pad(r.p99, 9)}${pad(r.errors, 8)}${pad(r.unexpected, 12)}`);

const mean = (name: string) => {
  const of = runs.filter((r) => r.name === name);
  return of.reduce((n, r) => n + r.rps, 0) / of.length;
};
const ok200 = mean('badge SVG 200') / mean('bare Fastify 200 (same bytes)');
const ok304 = mean('badge SVG 304 (If-None-Match)') / mean('bare Fastify 304');
const paths = mean('badge SVG 304 (If-None-Match)') / mean('badge SVG 200');
const failures = runs.reduce((n, r) => n + r.errors + r.unexpected, 0);
console.log(`
badge 200 / bare 200: ${ok200.toFixed(2)} (goal ≥ 0.90)
badge 304 / bare 304: ${ok304.toFixed(2)} (goal ≥ 1.00)
badge 304 / badge 200: ${paths.toFixed(2)} (goal ≥ 1.00)
errors and unexpected statuses: ${failures} (goal 0)`);
console.log(ok200 >= 0.9 && ok304 >= 1 && paths >= 1 && failures === 0 ? 'goals met' : 'goals NOT met');
