import type { EntityManager } from 'typeorm';
import { DAY_MS, EventType, type WatchList, type WatchListQuery, watchVerdict } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { vendorsWithRecentComplaints, type WatchFigures, watchEntries, watchFiguresOf } from './complaints.queries.ts';
import { WatchEntry } from './watch-entry.entity.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/index.ts';

/**
 * The watch list (SPEC §6). Re-evaluated for a vendor whenever one of its complaints changes state
 * and by the periodic scan (complaints age out of the windows; a new checkpoint changes the client
 * count). A `watch_entry` row is one crossing: inserting it records the crossing's event, so the
 * vendor and the admins hear of it once however often the rule is evaluated; falling below deletes
 * it, and a later crossing is a new one.
 */


/** Complaint writes for one vendor take this lock first, so counts and crossings never race. */
export async function lockVendorComplaints(manager: EntityManager, vendorId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('complaints:' || $1))`, [vendorId]);
}

async function figuresOf(ctx: AppContext, manager: EntityManager, vendorIds: string[] | null): Promise<Map<string, WatchFigures>> {
  const now = ctx.clock().getTime();
  const { countDays, rateDays } = ctx.config.complaints.watch;
  return watchFiguresOf(manager, vendorIds, new Date(now - countDays * DAY_MS), new Date(now - rateDays * DAY_MS));
}

/** Puts the vendor on the watch list or takes it off, as its figures now say. Call under the vendor's complaints lock. */
export async function evaluateWatch(ctx: AppContext, manager: EntityManager, vendorId: string): Promise<void> {
  const figures = (await figuresOf(ctx, manager, [vendorId])).get(vendorId);
  if (!figures) return;
  const { reasons, ratePer100 } = watchVerdict(figures, ctx.config.complaints.watch);
  const now = ctx.clock();
  if (reasons.length === 0) {
    const { affected } = await manager.getRepository(WatchEntry).delete({ vendorId });
    if ((affected ?? 0) > 0) {
      const summary = describe(figures, ratePer100);
      await recordAudit(manager, SYSTEM_ACTOR, { action: 'watchlist.removed', entityType: 'vendor', entityId: vendorId, from: 'watched', to: null, reason: summary }, now);
      await ctx.events.record(manager, { type: EventType.WatchlistLeft, vendorId, data: { summary } });
    }
    return;
  }
  const inserted = (await manager.query(
    `INSERT INTO watch_entry (vendor_id, since, reasons) VALUES ($1, $2, $3)
     ON CONFLICT (vendor_id) DO UPDATE SET reasons = EXCLUDED.reasons
     RETURNING (xmax = 0) AS inserted`,
    [vendorId, now, reasons],
  )) as { inserted: boolean }[];
  if (!inserted[0]?.inserted) return;
  const reason = describe(figures, ratePer100);
  await recordAudit(manager, SYSTEM_ACTOR, { action: 'watchlist.added', entityType: 'vendor', entityId: vendorId, from: null, to: 'watched', reason }, now);
  await ctx.events.record(manager, { type: EventType.WatchlistEntered, vendorId, data: { reasons, summary: reason } });
}

function describe(figures: WatchFigures, ratePer100: number | null): string {
  const rate = ratePer100 === null ? 'no client count yet' : `${ratePer100} per 100 clients in the longer window (${figures.clients} clients)`;
  return `${figures.recentCount} confirmed complaints in the short window, ${figures.longCount} in the longer one, ${rate}`;
}

/** Vendors whose figures may have changed with time: on the list, or with counted complaints in either window. */
export async function vendorsToReevaluate(ctx: AppContext): Promise<string[]> {
  const since = new Date(ctx.clock().getTime() - Math.max(ctx.config.complaints.watch.countDays, ctx.config.complaints.watch.rateDays) * DAY_MS - DAY_MS);
  return vendorsWithRecentComplaints(ctx.db.manager, since);
}

export async function listWatch(ctx: AppContext, query: WatchListQuery): Promise<WatchList> {
  const { rows: entries, ...page } = await watchEntries(ctx.db, query);
  const figures = await figuresOf(ctx, ctx.db.manager, entries.map((e) => e.vendor_id));
  const thresholds = ctx.config.complaints.watch;
  return {
    thresholds,
    items: entries.map((e) => {
      const f = figures.get(e.vendor_id) ?? { recentCount: 0, longCount: 0, clients: null };
      return {
        vendorId: e.vendor_id,
        vendorName: e.name,
        vendorSlug: e.slug,
        since: new Date(e.since).toISOString(),
        recentCount: f.recentCount,
        longCount: f.longCount,
        clients: f.clients,
        ratePer100: watchVerdict(f, thresholds).ratePer100,
        reasons: e.reasons,
      };
    }),
    ...page,
  };
}
