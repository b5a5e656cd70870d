import path from 'node:path';
import type { Config } from '../config.ts';
import { embeddedUrl, startEmbeddedPostgres } from './embedded.ts';
import { lockDataDir, runningRegistry } from './instance-lock.ts';

/**
 * For the command-line tools (backup, restore, seed:scale): the embedded PostgreSQL of the data
 * folder, whether the registry runs (then its server is used, found through `registry.pid`) or
 * not (then it is started for the tool, under the folder's lock, and stopped after). `work` gets
 * the maintenance database's URL.
 */
export async function withEmbedded<T>(config: Config, work: (adminUrl: string) => Promise<T>, options: { registryMayRun: boolean }): Promise<T> {
  const running = runningRegistry(config.dataDir);
  if (running) {
    if (!options.registryMayRun) throw new Error(`the registry is running on ${config.dataDir} (pid ${running.pid}); stop it first`);
    if (!running.databasePort) throw new Error(`the registry on ${config.dataDir} (pid ${running.pid}) is still starting; try again in a moment`);
    return work(embeddedUrl(running.databasePort, 'postgres'));
  }
  const lock = lockDataDir(config.dataDir);
  if ('runningElsewhere' in lock) throw new Error(lock.runningElsewhere);
  const server = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres'), log: console.error });
  try {
    return await work(server.adminUrl);
  } finally {
    await server.stop();
    lock.release();
  }
}

export const withDatabaseName = (adminUrl: string, name: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

