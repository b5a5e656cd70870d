import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@cep/shared';
import type { Clock } from '../clock.ts';
import { AppError } from './errors.ts';

export interface WindowCount {
  /** Hits in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends. */
  resetMs: number;
}

/**
 * Fixed-window hit counts shared by every instance, so that three instances behind a proxy allow
 * the limit once, not three times. Windows are aligned to multiples of their length on the
 * instances' clocks (NTP keeps them within far less than a window).
 */
export interface RateCounter {
  hit(bucket: string, windowMs: number): Promise<WindowCount>;
  /** The current window's hits without adding one (0 when none). */
  peek(bucket: string, windowMs: number): Promise<WindowCount>;
  close(): Promise<void>;
}

/** The window a hit falls in; a bucket counted over two window lengths keeps two counts. */
function windowOf(clock: Clock, bucket: string, windowMs: number): { key: string; start: number; resetMs: number } {
  const now = clock().getTime();
  const start = now - (now % windowMs);
  return { key: `${bucket}/${windowMs}`, start, resetMs: start + windowMs - now };
}

/** The default: one upsert per counted request in an UNLOGGED table; housekeeping drops old windows. */
export function postgresRateCounter(db: DataSource, clock: Clock): RateCounter {
  return {
    async hit(bucket, windowMs) {
      const { key, start, resetMs } = windowOf(clock, bucket, windowMs);
      const [row]: { hits: number }[] = await db.query(
        `INSERT INTO rate_limit_window (bucket, window_start, expires_at, hits) VALUES ($1, $2, $3, 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_window.hits + 1
         RETURNING hits`,
        [key, new Date(start), new Date(start + windowMs)],
      );
      // An upsert with RETURNING always returns its row.
      return { count: row?.hits ?? 1, resetMs };
    },
    async peek(bucket, windowMs) {
      const { key, start, resetMs } = windowOf(clock, bucket, windowMs);
      const [row]: { hits: number }[] = await db.query(`SELECT hits FROM rate_limit_window WHERE bucket = $1 AND window_start = $2`, [key, new Date(start)]);
      return { count: row?.hits ?? 0, resetMs };
    },
    close: async () => undefined,
  };
}

/** With `REDIS_URL`: INCR on a key per window that expires with it. */
export function redisRateCounter(url: string, clock: Clock): RateCounter {
  // Fail fast while Redis is away (the request answers 503) rather than queueing commands. Closing
  // while it is away, the half-open socket is destroyed at once instead of after ioredis's 2 s
  // timer, which would hold the process open past its shutdown.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, disconnectTimeout: 50 });
  // A limit that cannot be counted is not waived: the request waits for Redis, like one that needs PostgreSQL.
  const unreachable = () => new AppError(ErrorCode.DatabaseUnavailable, 'The rate-limit store is unreachable; try again shortly', undefined, { 'retry-after': '5' });
  return {
    async hit(bucket, windowMs) {
      const { key, start, resetMs } = windowOf(clock, bucket, windowMs);
      const redisKey = `cep:rate:${key}:${start}`;
      try {
        const results = await redis.multi().incr(redisKey).pexpireat(redisKey, start + windowMs).exec();
        const [error, count] = results?.[0] ?? [new Error('Redis answered no result'), 0];
        if (error) throw error;
        return { count: Number(count), resetMs };
      } catch {
        throw unreachable();
      }
    },
    async peek(bucket, windowMs) {
      const { key, start, resetMs } = windowOf(clock, bucket, windowMs);
      try {
        return { count: Number((await redis.get(`cep:rate:${key}:${start}`)) ?? 0), resetMs };
      } catch {
        throw unreachable();
      }
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

export function createRateCounter(options: { redisUrl: string | undefined; db: DataSource; clock: Clock }): RateCounter {
  return options.redisUrl ? redisRateCounter(options.redisUrl, options.clock) : postgresRateCounter(options.db, options.clock);
}

/**
 * `@fastify/rate-limit`'s store over a shared counter: each route's limit gets its own bucket
 * (method and path), each client its own count in it.
 */
export function rateLimitStore(counter: RateCounter): FastifyRateLimitStoreCtor {
  function storeFor(prefix: string): FastifyRateLimitStore {
    return {
      incr(key, callback, timeWindow) {
        counter.hit(`${prefix}${key}`, timeWindow).then(
          ({ count, resetMs }) => callback(null, { current: count, ttl: resetMs }),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      },
      // The plugin passes the route's merged limit settings with the route under `routeInfo`
      // (its types say the route itself).
      child: (settings) => {
        const route = (settings as unknown as { routeInfo: { method: string | string[]; url: string } }).routeInfo;
        return storeFor(`${String(route.method)}:${route.url}:`);
      },
    };
  }
  return class {
    constructor() {
      return storeFor('global:');
    }
  } as unknown as FastifyRateLimitStoreCtor;
}
