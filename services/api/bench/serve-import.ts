/**
 * Bench helper for `npm run bench:import`: the registry on a fresh database with one vendor whose
 * pledge has been active since 2025 (Europe/Berlin calendar, Mon–Fri 08:00–12:00 and 13:00–18:00),
 * and its owner. Prints `READY <port> <vendorId> <token>`, then samples its own resident memory
 * every 5 ms: `SIGUSR1` starts a measurement, `SIGUSR2` prints `RSS <before> <peak>` in bytes.
 */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Role } from '@cep/shared';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDataSource } from '../src/db/data-source.ts';
import { ensureDatabase, startEmbeddedPostgres } from '../src/db/embedded.ts';
import { toPrincipal, User } from '../src/modules/accounts/index.ts';

const external = process.env.BENCH_DATABASE_URL;
const embedded = external ? null : await startEmbeddedPostgres({ dataDir: path.join(tmpdir(), `cep-bench-${randomBytes(4).toString('hex')}`), persistent: false });
const adminUrl = external ?? embedded?.adminUrl ?? '';
const name = `cep_bench_${randomBytes(4).toString('hex')}`;
await ensureDatabase(adminUrl, name);
const url = new URL(adminUrl);
url.pathname = `/${name}`;

const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'bench-secret-bench-secret-bench-secret!', PUBLIC_URL: 'http://localhost', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false' });
const db = createDataSource({ url: url.toString(), ...config.db });
await db.initialize();
await db.runMigrations();
const weekday = [
  ['08:00', '12:00'],
  ['13:00', '18:00'],
];
const calendar = { timeZone: 'Europe/Berlin', weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday }, holidays: ['2026-04-03', '2026-04-06', '2026-05-01'] };
const [vendor] = (await db.query(`INSERT INTO vendor (name, slug, website, category, calendar) VALUES ('Bench Vendor', 'bench', 'https://bench.example', 'lms', $1) RETURNING id`, [
  JSON.stringify(calendar),
])) as { id: string }[];
const vendorId = vendor?.id ?? '';
await db.query(`INSERT INTO pledge (vendor_id, state, state_since, active_since) VALUES ($1, 'active', '2025-01-10', '2025-01-10')`, [vendorId]);
const owner = await db.getRepository(User).save(db.getRepository(User).create({ email: 'owner@bench.example', name: 'Bench Owner', role: Role.VendorOwner, vendorId, passwordHash: null }));

const app = await buildApp({ config, db, databaseUrl: url.toString() });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
console.log(`READY ${typeof address === 'object' && address ? address.port : 0} ${vendorId} ${app.signAccessToken(toPrincipal(owner))}`);

let before = 0;
let peak = 0;
setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 5).unref();
process.on('SIGUSR1', () => {
  global.gc?.();
  before = process.memoryUsage.rss();
  peak = before;
});
process.on('SIGUSR2', () => console.log(`RSS ${before} ${peak}`));
process.once('SIGTERM', () => {
  void (async () => {
    await app.close();
    await db.destroy();
    await embedded?.stop();
    process.exit(0);
  })();
});
