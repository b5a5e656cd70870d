/**
 * Bench helper: the registry on a seeded database (1,000 vendors with active pledges), started as
 * `npm start` would start it but in a child process of the benchmark. Prints `READY <port> <slug>`.
 */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDataSource } from '../src/db/data-source.ts';
import { ensureDatabase, startEmbeddedPostgres } from '../src/db/embedded.ts';

const VENDORS = 1000;
const external = process.env.BENCH_DATABASE_URL;
const embedded = external ? null : await startEmbeddedPostgres({ dataDir: path.join(tmpdir(), `cep-bench-${randomBytes(4).toString('hex')}`), persistent: false });
const adminUrl = external ?? embedded?.adminUrl ?? '';
const name = `cep_bench_${randomBytes(4).toString('hex')}`;
await ensureDatabase(adminUrl, name);
const url = new URL(adminUrl);
url.pathname = `/${name}`;

const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'bench-secret-bench-secret-bench-secret!', PUBLIC_URL: 'http://localhost', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', RATE_LIMIT_BADGE: '1000000000' });
const db = createDataSource({ url: url.toString(), ...config.db });
await db.initialize();
await db.runMigrations();
await db.query(`
  WITH v AS (
    INSERT INTO vendor (name, slug, website, category, calendar, badge_domains)
    SELECT 'Bench Vendor ' || n, 'bench-' || n, 'https://bench-' || n || '.example', 'lms',
           '{"timeZone":"UTC","weekly":{},"holidays":[]}', ARRAY['bench-' || n || '.example']
      FROM generate_series(1, ${VENDORS}) AS n
    RETURNING id)
  INSERT INTO pledge (vendor_id, state, state_since, active_since) SELECT id, 'active', now(), now() FROM v`);

const app = await buildApp({ config, db, databaseUrl: url.toString() });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
console.log(`READY ${typeof address === 'object' && address ? address.port : 0} bench-500`);

process.once('SIGTERM', () => {
  void (async () => {
    await app.close();
    await db.destroy();
    await embedded?.stop();
    process.exit(0);
  })();
});
