import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import { type BadgeJson, type BadgeStatus, type PledgeState, type ShieldsEndpoint } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { nextDueOf } from '../pledges/pledges.service.ts';
import { BADGE_LABEL, badgeLook, badgeStatusOf, shieldsColor } from './badge-look.ts';
import { renderBadge } from './badge-svg.ts';

/** A response body ready to send, with its ETag and every header its answer carries. */
export interface Rendered {
  body: string;
  etag: string;
  headers: Readonly<Record<string, string>>;
}

export interface BadgeEntry {
  vendorId: string;
  slug: string;
  status: BadgeStatus;
  domains: readonly string[];
  svg: Rendered;
  unverifiedSvg: Rendered;
  json: Rendered;
  shields: Rendered;
}

export interface BadgeCache {
  get(slug: string): BadgeEntry | undefined;
  /** The grey 404 body for an unknown slug. */
  readonly unknown: Rendered;
  reloadAll(): Promise<void>;
  refreshVendor(vendorId: string): Promise<void>;
  /** Starts listening for changes (and reloads everything on each (re)connection). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export const BADGE_CHANNEL = 'cep_badge';
/** Shields.io and our own Cache-Control agree: a change shows through caches within a minute. */
export const BADGE_MAX_AGE = 60;

export const BADGE_CACHE_CONTROL = `public, max-age=${BADGE_MAX_AGE}, stale-while-revalidate=300`;
const SVG = 'image/svg+xml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The headers are built once per body, not per request: other sites show the badge (CORS, CORP),
 * caches keep it a minute and revalidate by ETag, and the SVG depends on the Referer.
 */
function rendered(body: string, contentType: string): Rendered {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  return {
    body,
    etag,
    headers: {
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      etag,
      'cache-control': BADGE_CACHE_CONTROL,
      vary: 'Referer',
      'content-type': contentType,
    },
  };
}

interface BadgeRow {
  id: string;
  slug: string;
  name: string;
  badge_domains: string[];
  state: PledgeState;
  state_since: Date;
  active_since: Date | null;
  last_checked: string | null;
  delivered: string[];
}

const BADGE_QUERY = `
  SELECT v.id, v.slug, v.name, v.badge_domains, p.state, p.state_since, p.active_since,
         (SELECT max(c.period) FROM checkpoint c WHERE c.vendor_id = v.id AND c.status = 'accepted') AS last_checked,
         ARRAY(SELECT c.period FROM checkpoint c WHERE c.vendor_id = v.id AND c.status IN ('submitted', 'accepted')) AS delivered
    FROM vendor v JOIN pledge p ON p.vendor_id = v.id`;

/**
 * Every badge of the registry, rendered ahead of time and kept in memory, so a badge request is a
 * map lookup and a string write. Each instance LISTENs on `cep_badge`: the database triggers
 * notify it of any change to a vendor, its pledge or its checkpoints as the change commits, and it
 * re-renders that vendor within milliseconds. A full reload runs on every (re)connection, so
 * notifications missed while disconnected are caught up, and every ten minutes, so the next due
 * date follows the calendar.
 */
export function createBadgeCache(ctx: AppContext, databaseUrl: string, log: FastifyBaseLogger): BadgeCache {
  const bySlug = new Map<string, BadgeEntry>();
  const slugById = new Map<string, string>();
  let listener: pg.Client | null = null;
  let stopped = true;
  let retryTimer: NodeJS.Timeout | undefined;
  let reloadTimer: NodeJS.Timeout | undefined;
  let retryMs = 500;

  function build(row: BadgeRow): BadgeEntry {
    const status = badgeStatusOf(row.state);
    const now = ctx.clock();
    const member = status !== 'not_member';
    const json: BadgeJson = {
      status,
      vendorName: row.name,
      slug: row.slug,
      since: member ? row.state_since.toISOString() : null,
      lastCheckedPeriod: member ? row.last_checked : null,
      nextDueDate: member ? (nextDueOf({ state: row.state, activeSince: row.active_since }, new Set(row.delivered), now)?.dueDate ?? null) : null,
      verificationUrl: `${ctx.config.publicUrl}/verify/${row.slug}`,
    };
    const shields: ShieldsEndpoint = { schemaVersion: 1, label: BADGE_LABEL, message: badgeLook(status, null).message, color: shieldsColor(status), cacheSeconds: BADGE_MAX_AGE };
    return {
      vendorId: row.id,
      slug: row.slug,
      status,
      domains: row.badge_domains,
      svg: rendered(renderBadge(badgeLook(status, row.name)), SVG),
      unverifiedSvg: rendered(renderBadge(badgeLook('unverified', row.name)), SVG),
      json: rendered(JSON.stringify(json), JSON_TYPE),
      shields: rendered(JSON.stringify(shields), JSON_TYPE),
    };
  }

  function put(row: BadgeRow): void {
    const previous = slugById.get(row.id);
    if (previous && previous !== row.slug) bySlug.delete(previous);
    bySlug.set(row.slug, build(row));
    slugById.set(row.id, row.slug);
  }

  // Reads of the database run one after another, in the order the changes were notified: a slow
  // early read can never land after a later one and put stale data back in the cache.
  let serial: Promise<unknown> = Promise.resolve();
  function inOrder(read: () => Promise<void>): Promise<void> {
    const next = serial.then(read);
    serial = next.catch(() => undefined);
    return next;
  }

  const reloadAll = () => inOrder(async () => {
    const rows = (await ctx.db.query(BADGE_QUERY)) as BadgeRow[];
    const seen = new Set<string>();
    for (const row of rows) {
      put(row);
      seen.add(row.id);
    }
    for (const [id, slug] of slugById) {
      if (!seen.has(id)) {
        slugById.delete(id);
        bySlug.delete(slug);
      }
    }
  });

  const refreshVendor = (vendorId: string) => inOrder(async () => {
    const [row] = (await ctx.db.query(`${BADGE_QUERY} WHERE v.id = $1`, [vendorId])) as BadgeRow[];
    if (row) put(row);
  });

  async function connect(): Promise<void> {
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: ctx.config.db.connectTimeoutMs, application_name: 'cep-badge-listener' });
    client.on('notification', (message) => {
      if (message.channel === BADGE_CHANNEL && message.payload) {
        refreshVendor(message.payload).catch((error: unknown) => log.warn({ err: error }, 'badge refresh failed'));
      }
    });
    const lost = (error?: unknown) => {
      if (listener !== client) return;
      listener = null;
      if (error) log.warn({ err: error }, 'badge listener lost its connection; reconnecting');
      client.end().catch(() => undefined);
      scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    await client.connect();
    await client.query(`LISTEN ${BADGE_CHANNEL}`);
    listener = client;
    retryMs = 500;
    await reloadAll();
  }

  function scheduleReconnect(): void {
    if (stopped) return;
    retryTimer = setTimeout(() => {
      connect().catch((error: unknown) => {
        log.warn({ err: error }, 'badge listener could not connect');
        retryMs = Math.min(retryMs * 2, 30_000);
        scheduleReconnect();
      });
    }, retryMs);
    retryTimer.unref();
  }

  return {
    get: (slug) => bySlug.get(slug),
    unknown: rendered(renderBadge(badgeLook('not_member', null)), SVG),
    reloadAll,
    refreshVendor,
    async start() {
      stopped = false;
      try {
        await connect();
      } catch (error) {
        // The database may come up after us: serve 404s until the listener connects.
        log.warn({ err: error }, 'badge listener could not connect; retrying');
        scheduleReconnect();
      }
      reloadTimer = setInterval(() => {
        reloadAll().catch((error: unknown) => log.warn({ err: error }, 'badge reload failed'));
      }, 10 * 60_000);
      reloadTimer.unref();
    },
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      clearInterval(reloadTimer);
      const client = listener;
      listener = null;
      await client?.end().catch(() => undefined);
    },
  };
}
