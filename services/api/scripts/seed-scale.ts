/**
 * `npm run seed:scale -- --vendors 10000`: fills the registry's database (DATABASE_URL, or the
 * embedded one of CEP_DATA_DIR, running or not) with a registry at scale, beside what is there:
 * N vendors across every category and state (half active, the rest lapsed, suspended or waiting
 * for a signature), eleven checkpoints each for the pledged ones (99,000 at 10,000 vendors, with
 * data the demo's own generator made), five complaints each in every state (~50,000), a hundred
 * audit entries each (~1,000,000), thirty days of badge views, an application each and 50,000
 * e-mails in the outbox (src/db/seed/scale-data.ts). Written with set-based SQL, step by step
 * (under a minute at 10,000 vendors); run it once per database (the vendors' slugs start with
 * `scale-`).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { ensureDatabase } from '../src/db/embedded.ts';
import { withDatabaseName, withEmbedded } from '../src/db/embedded-access.ts';
import { seedScaleData } from '../src/db/seed/scale-data.ts';

const { values } = parseArgs({ options: { vendors: { type: 'string', default: '10000' } } });
const VENDORS = Number(values.vendors);
if (!Number.isInteger(VENDORS) || VENDORS < 1 || VENDORS > 1_000_000) {
  console.error('--vendors takes a whole number from 1 to 1,000,000');
  process.exit(1);
}

const config = loadConfig();
try {
  if (config.databaseUrl) await seedScaleData(config, config.databaseUrl, { vendors: VENDORS });
  else {
    await withEmbedded(
      config,
      async (adminUrl) => {
        await ensureDatabase(adminUrl, 'cep');
        await seedScaleData(config, withDatabaseName(adminUrl, 'cep'), { vendors: VENDORS });
      },
      { registryMayRun: true },
    );
  }
} catch (error) {
  console.error(`seed:scale failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
