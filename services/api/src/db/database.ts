import path from 'node:path';
import type { Config } from '../config.ts';
import { ensureDatabase, startEmbeddedPostgres } from './embedded.ts';

export interface ResolvedDatabase {
  url: string;
  /** Where the embedded server keeps its data, when it is the embedded one. */
  embeddedDataDir: string | undefined;
  stop(): Promise<void>;
}

/** `DATABASE_URL` when set; otherwise the embedded server, started on a free port. */
export async function resolveDatabase(config: Config, log: (line: string) => void): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embeddedDataDir: undefined, stop: async () => undefined };
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres'), port: config.embeddedPgPort, log });
  await ensureDatabase(embedded.adminUrl, 'cep');
  return { url: embedded.urlFor('cep'), embeddedDataDir: embedded.dataDir, stop: embedded.stop };
}
