import type { DataSource } from 'typeorm';
import type { Config } from './config.ts';
import type { JobQueue } from './plugins/jobs.ts';

/** Time comes from here, so tests can move it (lapses, reminders, token expiry). */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** What services need from the running app; built once in app.ts and passed explicitly. */
export interface AppContext {
  db: DataSource;
  config: Config;
  clock: Clock;
  jobs: JobQueue;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}
