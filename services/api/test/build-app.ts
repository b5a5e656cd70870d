import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import type { DataSource } from 'typeorm';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config } from '../src/config.ts';
import type { AppContext, Clock } from '../src/context.ts';
import { createDataSource } from '../src/db/data-source.ts';
import { createTestDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  db: DataSource;
  ctx: AppContext;
  config: Config;
  databaseUrl: string;
  http: () => ReturnType<typeof supertest>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  clock?: Clock;
  /** Share an existing database (to run two instances against one) instead of a fresh clone. */
  databaseUrl?: string;
}

/** A test configuration: generous rate limits and no background polling unless a test asks. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'test-secret-that-is-at-least-32-characters-long',
    PUBLIC_URL: 'http://registry.test',
    RATE_LIMIT_LOGIN: '1000',
    RATE_LIMIT_PUBLIC_FORMS: '1000',
    JOBS_ENABLED: 'false',
    // Tests close their apps with no client left to drain.
    SHUTDOWN_GRACE_MS: '0',
    ...env,
  });
}

/** Builds the app on its own database cloned from the migrated template. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const config = testConfig(options.env);
  const db = createDataSource({ url: database.url, ...config.db, poolSize: 5 });
  await db.initialize();
  const app = await buildApp({ config, db, databaseUrl: database.url, ...(options.clock ? { clock: options.clock } : {}) });
  await app.ready();
  return {
    app,
    db,
    ctx: app.ctx,
    config,
    databaseUrl: database.url,
    http: () => supertest(app.server),
    async close() {
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
}
