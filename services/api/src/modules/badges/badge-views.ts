import type { FastifyBaseLogger } from 'fastify';
import { type BadgeStats, addDays, dateOf } from '@cep/shared';
import type { AppContext } from '../../context.ts';

export interface BadgeViews {
  /** Counts one badge request in memory; `domain` is the referring host ('' without a Referer). */
  count(vendorId: string, domain: string, unverified: boolean): void;
  /** Adds the counts gathered so far to the database. */
  flush(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

/**
 * Badge views are counted in memory and added to `badge_view` in one statement every few seconds:
 * the hot path never waits on the database, and several instances' increments simply add up.
 */
export function createBadgeViews(ctx: AppContext, log: FastifyBaseLogger, flushMs = 5000): BadgeViews {
  interface Tally {
    views: number;
    unverified: number;
  }
  // By vendor, then by referring domain: counting a view builds no key.
  let pending = new Map<string, Map<string, Tally>>();
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> = Promise.resolve();

  function add(vendorId: string, domain: string, views: number, unverified: number): void {
    let byDomain = pending.get(vendorId);
    if (!byDomain) {
      byDomain = new Map();
      pending.set(vendorId, byDomain);
    }
    const tally = byDomain.get(domain);
    if (tally) {
      tally.views += views;
      tally.unverified += unverified;
    } else byDomain.set(domain, { views, unverified });
  }

  async function write(): Promise<void> {
    if (pending.size === 0) return;
    const batch = [...pending].flatMap(([vendorId, byDomain]) => [...byDomain].map(([domain, t]) => ({ vendorId, domain, views: t.views, unverified: t.unverified })));
    pending = new Map();
    const day = dateOf(ctx.clock());
    try {
      await ctx.db.query(
        `INSERT INTO badge_view (vendor_id, day, domain, views, unverified)
         SELECT vendor_id, $1::date, domain, views, unverified
           FROM unnest($2::uuid[], $3::text[], $4::int[], $5::int[]) AS t(vendor_id, domain, views, unverified)
          WHERE EXISTS (SELECT 1 FROM vendor v WHERE v.id = t.vendor_id)
         ON CONFLICT (vendor_id, day, domain)
         DO UPDATE SET views = badge_view.views + EXCLUDED.views, unverified = badge_view.unverified + EXCLUDED.unverified`,
        [day, batch.map((b) => b.vendorId), batch.map((b) => b.domain), batch.map((b) => b.views), batch.map((b) => b.unverified)],
      );
    } catch (error) {
      // Keep the counts for the next flush rather than lose them while the database is away.
      for (const b of batch) add(b.vendorId, b.domain, b.views, b.unverified);
      log.warn({ err: error }, 'badge view counts not written; kept for the next flush');
    }
  }

  return {
    count(vendorId, domain, unverified) {
      add(vendorId, domain, unverified ? 0 : 1, unverified ? 1 : 0);
    },
    flush() {
      flushing = flushing.then(write);
      return flushing;
    },
    start() {
      timer = setInterval(() => void this.flush(), flushMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await this.flush();
    },
  };
}

/** Views and "unverified site" requests over the last `days` days, by referring domain. */
export async function badgeStats(ctx: AppContext, vendorId: string, days: number): Promise<BadgeStats> {
  const since = addDays(dateOf(ctx.clock()), -(days - 1));
  const rows = (await ctx.db.query(
    `SELECT domain, sum(views)::int AS views, sum(unverified)::int AS unverified
       FROM badge_view WHERE vendor_id = $1 AND day >= $2 GROUP BY domain ORDER BY sum(views + unverified) DESC, domain`,
    [vendorId, since],
  )) as { domain: string; views: number; unverified: number }[];
  return {
    days,
    views: rows.reduce((n, r) => n + r.views, 0),
    unverified: rows.reduce((n, r) => n + r.unverified, 0),
    byDomain: rows.map((r) => ({ domain: r.domain || '(no referrer)', views: r.views, unverified: r.unverified })),
    sharedMaxAge: ctx.config.badgeSharedMaxAge ?? null,
  };
}
