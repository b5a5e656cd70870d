import type { DataSource } from 'typeorm';
import type { Config } from './config.ts';
import type { Clock } from './clock.ts';
import type { EventBus } from './modules/events/index.ts';
import type { JobQueue } from './plugins/jobs.ts';

export { type Clock, systemClock } from './clock.ts';

/** What services need from the running app; built once in app.ts and passed explicitly. */
export interface AppContext {
  db: DataSource;
  config: Config;
  clock: Clock;
  jobs: JobQueue;
  /** Records domain events in the caller's transaction and runs their subscribers (modules/events). */
  events: EventBus;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}
