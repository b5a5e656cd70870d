/**
 * `npm run backup [-- <file>]` and `npm run restore -- <file> [--replace]`: a backup of the
 * configured database (DATABASE_URL) or of the embedded one, and its restore (db/backup.ts).
 * A backup runs beside a running registry (one consistent snapshot); a restore into the embedded
 * database needs the registry stopped, and `--replace` to drop the data that is there.
 */
import { statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { loadConfig, type Config } from '../config.ts';
import { backupDatabase, restoreDatabase, type TableCount } from './backup.ts';
import { ensureDatabase } from './embedded.ts';
import { withDatabaseName, withEmbedded } from './embedded-access.ts';

const DATABASE = 'cep';

function report(verb: string, file: string, counts: TableCount[]): void {
  const rows = counts.reduce((sum, c) => sum + c.rows, 0);
  console.log(`${verb} ${file} (${(statSync(file).size / 1024).toFixed(0)} KB): ${rows} rows in ${counts.length} tables`);
  for (const c of counts.filter((c) => c.rows > 0)) console.log(`  ${c.table.padEnd(24)} ${c.rows}`);
}

async function backup(config: Config, target: string | undefined): Promise<void> {
  const file = path.resolve(target ?? path.join(config.dataDir, 'backups', `cep-${new Date().toISOString().replace(/[:.]/g, '-')}.sql.gz`));
  await mkdir(path.dirname(file), { recursive: true });
  const counts = config.databaseUrl
    ? await backupDatabase(config.databaseUrl, file)
    : await withEmbedded(config, (adminUrl) => backupDatabase(withDatabaseName(adminUrl, DATABASE), file), { registryMayRun: true });
  report('wrote', file, counts);
}

async function restore(config: Config, source: string | undefined, replace: boolean): Promise<void> {
  if (!source) throw new Error('name the backup to restore: npm run restore -- <file> [--replace]');
  const file = path.resolve(source);
  const counts = config.databaseUrl
    ? await restoreDatabase(config.databaseUrl, file)
    : await withEmbedded(
        config,
        async (adminUrl) => {
          const target = withDatabaseName(adminUrl, DATABASE);
          if (replace) {
            const admin = new pg.Client({ connectionString: adminUrl });
            await admin.connect();
            await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`).finally(() => admin.end());
          }
          await ensureDatabase(adminUrl, DATABASE);
          return restoreDatabase(target, file);
        },
        { registryMayRun: false },
      );
  report('restored', file, counts);
}

const config = loadConfig();
const [command, ...args] = process.argv.slice(2);
try {
  if (command === 'backup') await backup(config, args[0]);
  else if (command === 'restore') await restore(config, args.find((a) => !a.startsWith('--')), args.includes('--replace'));
  else throw new Error('usage: backup [file] | restore <file> [--replace]');
} catch (error) {
  console.error(`${command ?? 'backup'} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
