/**
 * The process entry: read the configuration, start (or reach) PostgreSQL, migrate, seed, listen,
 * and shut down gracefully. Everything else lives in app.ts.
 */
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { connectAndMigrate } from './db/bootstrap.ts';
import { resolveDatabase } from './db/database.ts';
import { takeBackSignals } from './db/embedded.ts';
import { lockDataDir } from './db/instance-lock.ts';
import { seed } from './db/seed/seed.ts';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const say = (line: string) => console.log(`[cep] ${line}`);

// The embedded PostgreSQL's folder serves one registry at a time.
const claimed = config.databaseUrl ? null : lockDataDir(config.dataDir);
if (claimed && 'runningElsewhere' in claimed) {
  console.error(`[cep] ${claimed.runningElsewhere}`);
  process.exit(1);
}
// Narrowed once here: the shutdown closure below would not see the narrowing of `claimed`.
const lock = claimed;

const database = await resolveDatabase(config, (line) => console.error(`[postgres] ${line}`));
// This process shuts down in its own order (below), the embedded PostgreSQL last.
takeBackSignals();
if (database.embeddedDataDir) {
  say(`embedded PostgreSQL, data in ${database.embeddedDataDir}`);
  lock?.databaseAt(Number(new URL(database.url).port));
} else say('using PostgreSQL from DATABASE_URL');

const db = await connectAndMigrate(config, database.url, say);
const report = await seed(db, config);
const app = await buildApp({ config, db, databaseUrl: database.url, serveWeb: true });

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  say(`${signal}: not ready any more; finishing in-flight requests, then stopping`);
  const force = setTimeout(() => process.exit(1), 15000).unref();
  try {
    await app.close();
    await db.destroy();
    await database.stop();
    lock?.release();
  } finally {
    clearTimeout(force);
    process.exit(0);
  }
}
// A stray rejection is a bug to fix, not a reason to drop every in-flight request.
process.on('unhandledRejection', (reason) => app.log.error({ err: reason }, 'unhandled promise rejection'));
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ host: config.host, port: config.port });
lock?.listening(config.port);
say(`ready`);
say(`  web app      ${config.publicUrl}/`);
say(`  API          ${config.publicUrl}/api/v1`);
say(`  API docs     ${config.publicUrl}/docs`);
say(`  admin        ${report.adminEmail}`);
for (const account of report.printed) {
  say(`  ${account.role}: ${account.email}  ${account.secretName ?? 'password'}: ${account.password}  (shown once)`);
}
for (const notice of report.notices) say(`  note: ${notice}`);
if (!config.smtpUrl) say('  e-mail       no SMTP_URL: messages are kept in the outbox (admin → Outbox)');
