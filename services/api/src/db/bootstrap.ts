import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import type { Config } from '../config.ts';
import { createDataSource } from './data-source.ts';
import { isDatabaseUnavailable } from '../plugins/errors.ts';

/**
 * Connects and migrates. An external PostgreSQL that is still starting (docker compose, a restart)
 * is waited for, up to `attempts` tries two seconds apart; any other error stops the start.
 */
export async function connectAndMigrate(config: Config, url: string, log: (line: string) => void, attempts = 30): Promise<DataSource> {
  for (let attempt = 1; ; attempt++) {
    const db = createDataSource({ url, ...config.db });
    try {
      await db.initialize();
      await db.runMigrations({ transaction: 'each' });
      return db;
    } catch (error) {
      if (db.isInitialized) await db.destroy();
      if (!isDatabaseUnavailable(error) || attempt >= attempts) throw error;
      log(`PostgreSQL is not reachable yet (${(error as Error).message}); retrying in 2 s (${attempt}/${attempts})`);
      await sleep(2000);
    }
  }
}
