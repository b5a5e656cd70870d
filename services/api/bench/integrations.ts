/**
 * `npm run bench:integrations`: what integrators load the registry with, on the product as users
 * run it — `npm start` at the repository root, production mode, its embedded PostgreSQL in a
 * fresh data folder, default settings but one (below).
 *
 * 1. Bulk status: 1,000 active vendors; POST /api/v1/badges/status with all 1,000 slugs, one
 *    request at a time, with a program API key. Goal: p95 < 50 ms.
 * 2. Webhook dispatch: 10,000 events for a program endpoint whose receiver is an HTTP server on
 *    loopback, delivered by the product's own job queue. The events and their deliveries are
 *    written as the event fanout writes them, in one statement, so what is timed is the dispatch.
 *    Goal: all 10,000 delivered (2xx, verified signature headers present) in < 60 s.
 * 3. Meanwhile the API keeps serving: the public directory's first page under 10 connections for
 *    10 s at rest, then again during the dispatch. Goal: p99 during dispatch ≤ 2 × p99 at rest.
 *
 * The one setting that differs from the defaults: WEBHOOK_ALLOWED_HOSTS=127.0.0.1, because in
 * production webhooks go to public addresses only and the receiver here is on loopback (the
 * allowlist is the setting on-premises receivers use).
 */
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { start, startProduct, stop } from './processes.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const VENDORS = 1000;
const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const STATUS_REQUESTS = 200;
const LOAD_SECONDS = 10;


const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const product = await startProduct('integrations', { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
const { publicUrl } = product;

// The loopback receiver an integrator would run, in its own process; it reports what it got.
const receiver = await start(process.execPath, ['--import', 'tsx', path.join(here, 'receive-webhooks.ts')], { ...process.env }, /^READY \d+/, path.join(here, '..'));
const receiverUrl = `http://127.0.0.1:${receiver.line.trim().split(' ')[1]}/hooks`;
const received = { signed: 0, unsigned: 0 };
receiver.child.stdout?.on('data', (chunk: Buffer) => {
  const last = chunk.toString().trim().split('\n').at(-1)?.split(' ');
  if (last?.[0] === 'COUNT') Object.assign(received, { signed: Number(last[1]), unsigned: Number(last[2]) });
});

const db = new pg.Client({ connectionString: product.databaseUrl });
await db.connect();
const key = `cep_${randomBytes(32).toString('base64url')}`;
const results: string[] = [];
let goalsMet = true;
try {
  await db.query(
    `WITH v AS (
       INSERT INTO vendor (name, slug, website, category, calendar)
       SELECT 'Bench Vendor ' || n, 'bench-' || n, 'https://bench-' || n || '.example', 'lms', '{"timeZone":"UTC","weekly":{},"holidays":[]}'
         FROM generate_series(1, $1::int) AS n
       RETURNING id)
     INSERT INTO pledge (vendor_id, state, state_since, active_since) SELECT id, 'active', now(), now() FROM v`,
    [VENDORS],
  );
  const [admin] = (await db.query(`INSERT INTO app_user (email, name, role) VALUES ('bench-admin@bench.example', 'Bench admin', 'admin') RETURNING id`)).rows as { id: string }[];
  await db.query(`INSERT INTO api_key (name, prefix, hash, scopes, created_by, created_at) VALUES ('bench', $1, $2, $3, $4, now())`, [
    key.slice(0, 12),
    createHash('sha256').update(key, 'utf8').digest('hex'),
    ['status:read', 'webhooks:manage'],
    admin?.id,
  ]);
  const headers = { 'x-api-key': key, 'content-type': 'application/json' };

  // 1. Bulk status, once the badge cache holds every vendor.
  const slugs = Array.from({ length: VENDORS }, (_, i) => `bench-${i + 1}`);
  const ask = () => fetch(`${publicUrl}/api/v1/badges/status`, { method: 'POST', headers, body: JSON.stringify({ vendors: slugs }) });
  for (let tries = 0; tries < 200; tries++) {
    const items = ((await (await ask()).json()) as { items: { status: string }[] }).items;
    if (items.every((i) => i.status === 'active')) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const times: number[] = [];
  for (let i = 0; i < STATUS_REQUESTS; i++) {
    const started = performance.now();
    const res = await ask();
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`bulk status answered ${res.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 95);
  goalsMet &&= p95 < 50;
  results.push(`bulk status, ${VENDORS} slugs, ${STATUS_REQUESTS} requests one at a time: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (goal p95 < 50 ms)`);

  // 3a. The API at rest.
  const directory = `${publicUrl}/api/v1/directory?limit=20`;
  const serve = async () => {
    const r = await autocannon({ url: directory, connections: 10, duration: LOAD_SECONDS });
    return { p99: r.latency.p99, rps: r.requests.average, errors: r.errors + r.timeouts + r.non2xx };
  };
  const rest = await serve();

  // 2. The dispatch: an endpoint, then EVENTS events with their deliveries and jobs, as the fanout writes them.
  const created = await fetch(`${publicUrl}/api/v1/webhooks`, { method: 'POST', headers, body: JSON.stringify({ url: receiverUrl, eventTypes: ['pledge.state_changed'] }) });
  if (created.status !== 201) throw new Error(`registering the endpoint answered ${created.status}: ${await created.text()}`);
  const endpointId = ((await created.json()) as { id: string }).id;
  await db.query(
    `WITH v AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM vendor),
          e AS (
            INSERT INTO domain_event (id, tx_id, type, vendor_id, sequence, occurred_at, data)
            SELECT gen_random_uuid(), pg_current_xact_id()::text::bigint, 'pledge.state_changed', v.id, 1000 + g, now(),
                   '{"action":"suspend","from":"active","to":"suspended","reason":null}'
              FROM generate_series(1, $1::int) AS g JOIN v ON v.n = 1 + (g % ${VENDORS})
            RETURNING id),
          d AS (
            INSERT INTO webhook_delivery (endpoint_id, event_id, message_id, event_type, status, created_at, next_attempt_at)
            SELECT $2, e.id, e.id, 'pledge.state_changed', 'pending', now(), now() FROM e
            RETURNING id)
     INSERT INTO job (kind, payload, run_at, max_attempts) SELECT 'webhook.deliver', jsonb_build_object('deliveryId', d.id), now(), 10 FROM d`,
    [EVENTS, endpointId],
  );
  const dispatchStart = performance.now();
  const during = serve();
  while (received.signed < EVENTS && performance.now() - dispatchStart < 300_000) await new Promise((r) => setTimeout(r, 50));
  const dispatchSeconds = (performance.now() - dispatchStart) / 1000;
  const loaded = await during;
  goalsMet &&= received.signed === EVENTS && dispatchSeconds < 60 && received.unsigned === 0;
  results.push(
    `webhook dispatch: ${received.signed.toLocaleString('en-GB')} of ${EVENTS.toLocaleString('en-GB')} events delivered in ${dispatchSeconds.toFixed(1)} s (${Math.round(received.signed / dispatchSeconds)}/s), ${received.unsigned} unsigned (goal: all, signed, < 60 s)`,
  );
  const ratio = loaded.p99 / Math.max(rest.p99, 1);
  goalsMet &&= ratio <= 2 && loaded.errors === 0;
  results.push(`directory page, 10 connections, ${LOAD_SECONDS} s: at rest p99 ${rest.p99} ms (${Math.round(rest.rps)} req/s); during dispatch p99 ${loaded.p99} ms (${Math.round(loaded.rps)} req/s), ${loaded.errors} errors; ratio ${ratio.toFixed(2)} (goal ≤ 2)`);
} finally {
  await db.end();
  await stop(receiver.child);
  await product.stop();
}
console.log(`\n${results.join('\n')}\n${goalsMet ? 'goals met' : 'goals NOT met'}`);
