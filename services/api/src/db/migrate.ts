/**
 * `npm run migrate -w @cep/api`: applies pending migrations (to DATABASE_URL, or the embedded
 * database) and exits non-zero on failure. `npm start` runs the same step itself.
 */
import { loadConfig } from '../config.ts';
import { connectAndMigrate } from './bootstrap.ts';
import { resolveDatabase } from './database.ts';

const config = loadConfig();
const database = await resolveDatabase(config, console.error);
try {
  const db = await connectAndMigrate(config, database.url, console.error);
  const applied = await db.query(`SELECT name FROM migrations ORDER BY id`);
  console.log(`Migrations applied: ${applied.map((m: { name: string }) => m.name).join(', ')}`);
  await db.destroy();
} catch (error) {
  console.error('Migration failed:', error);
  process.exitCode = 1;
} finally {
  await database.stop();
}
