import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import { type BadgeStatus, type BadgeStyle, type BadgeTheme, type ShieldsEndpoint, type Verification } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { BADGE_LABEL, badgeLook, shieldsColor } from './badge-look.ts';
import { badgeJsonOf, readStandings, type StandingRow, verificationOf } from './badge-read.ts';
import { renderSeal } from './badge-seal.ts';
import { renderBadge } from './badge-svg.ts';

/** A response body ready to send, with its ETag and every header its 200 and 304 answers carry. */
export interface Rendered {
  body: string;
  etag: string;
  headers: Readonly<Record<string, string>>;
  /** A 304 repeats the validators and caching headers but no content headers. */
  notModifiedHeaders: Readonly<Record<string, string>>;
}

export interface BadgeEntry {
  vendorId: string;
  slug: string;
  status: BadgeStatus;
  domains: readonly string[];
  /** What the verification page shows, from the same read as the badge. */
  verification: Verification;
  svg: Rendered;
  unverifiedSvg: Rendered;
  json: Rendered;
  shields: Rendered;
  /** The SVG in another look (seal, dark), rendered on its first request and kept with the entry. */
  look(style: BadgeStyle, theme: BadgeTheme, unverified: boolean): Rendered;
}

export interface BadgeCache {
  get(slug: string): BadgeEntry | undefined;
  byId(vendorId: string): BadgeEntry | undefined;
  /** The grey 404 body for an unknown slug. */
  readonly unknown: Rendered;
  reloadAll(): Promise<void>;
  refreshVendor(vendorId: string): Promise<void>;
  /** Starts listening for changes (and reloads everything on each (re)connection). */
  start(): Promise<void>;
  /** For /metrics: vendors held, whole reloads (start, reconnection, the 10-minute resync) and single refreshes so far, and whether it listens now. */
  stats(): { vendors: number; reloads: number; refreshes: number; listening: boolean };
  stop(): Promise<void>;
}

export const BADGE_CHANNEL = 'cep_badge';

/**
 * Browsers keep a badge but ask again on every view (`no-cache`): one conditional request, a 304
 * while nothing changed, so a change shows on the next view. A deployment behind a CDN may let the
 * CDN keep it `sharedMaxAge` seconds (`s-maxage`), which is then the longest a change takes to show.
 */
export function badgeCacheControl(sharedMaxAge: number | undefined): string {
  return sharedMaxAge ? `public, max-age=0, must-revalidate, s-maxage=${sharedMaxAge}` : 'public, no-cache';
}

/**
 * shields.io refuses to cache an endpoint badge for less than 300 s, whatever we ask: a badge shown
 * through shields.io follows a change within five minutes, and the docs say so.
 */
export const SHIELDS_CACHE_SECONDS = 300;

const SVG = 'image/svg+xml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The headers are built once per body, not per request: other sites show the badge (CORS, CORP),
 * caches revalidate it by ETag on every view, and the SVG depends on the Referer.
 */
function rendered(body: string, contentType: string, cacheControl: string): Rendered {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const common = {
    'access-control-allow-origin': '*',
    'cross-origin-resource-policy': 'cross-origin',
    etag,
    'cache-control': cacheControl,
    vary: 'Referer',
  };
  return {
    body,
    etag,
    // nosniff: an SVG is shown as an image and never sniffed into something a browser would run.
    headers: { ...common, 'content-type': contentType, 'x-content-type-options': 'nosniff', 'content-length': String(Buffer.byteLength(body)) },
    notModifiedHeaders: common,
  };
}

/**
 * Every badge of the registry, rendered ahead of time and kept in memory, so a badge request is a
 * map lookup and a string write. Each instance LISTENs on `cep_badge`: the database triggers
 * notify it of any change to a vendor, its pledge or its checkpoints as the change commits, and it
 * re-renders that vendor within milliseconds. A full reload runs on every (re)connection, so
 * notifications missed while disconnected are caught up, and every ten minutes, so the next due
 * date follows the calendar.
 */
export function createBadgeCache(
  ctx: AppContext,
  databaseUrl: string,
  log: FastifyBaseLogger,
  /** Told after each refresh which vendors changed (null: all of them), e.g. the credential status lists. */
  onChange: (vendorIds: string[] | null) => Promise<void> = async () => undefined,
): BadgeCache {
  const bySlug = new Map<string, BadgeEntry>();
  const slugById = new Map<string, string>();
  let listener: pg.Client | null = null;
  let stopped = true;
  let retryTimer: NodeJS.Timeout | undefined;
  let reloadTimer: NodeJS.Timeout | undefined;
  let retryMs = 500;

  const cacheControl = badgeCacheControl(ctx.config.badgeSharedMaxAge);
  // Agreement texts are few and long: keep one copy of each, not one per vendor.
  const texts = new Map<string, string>();

  function build(row: StandingRow): BadgeEntry {
    if (row.text_sha256 && row.agreement_text) {
      const known = texts.get(row.text_sha256);
      if (known) row.agreement_text = known;
      else texts.set(row.text_sha256, row.agreement_text);
    }
    const verification = verificationOf(row);
    const status = verification.status;
    const shields: ShieldsEndpoint = { schemaVersion: 1, label: BADGE_LABEL, message: badgeLook(status, null).message, color: shieldsColor(status), cacheSeconds: SHIELDS_CACHE_SECONDS };
    const svg = rendered(renderBadge(badgeLook(status, row.name)), SVG, cacheControl);
    const unverifiedSvg = rendered(renderBadge(badgeLook('unverified', row.name)), SVG, cacheControl);
    const looks = new Map<string, Rendered>();
    const look = (style: BadgeStyle, theme: BadgeTheme, unverified: boolean): Rendered => {
      if (style === 'flat' && theme === 'light') return unverified ? unverifiedSvg : svg;
      const key = `${style}.${theme}.${unverified}`;
      let answer = looks.get(key);
      if (!answer) {
        const shown = badgeLook(unverified ? 'unverified' : status, row.name);
        // The seal vouches for nothing where the badge is not genuine, nor for a non-member.
        const facts = unverified || status === 'not_member' ? null : verification;
        answer = rendered(style === 'seal' ? renderSeal(shown, row.name, facts, theme) : renderBadge(shown, theme), SVG, cacheControl);
        looks.set(key, answer);
      }
      return answer;
    };
    return {
      vendorId: row.id,
      slug: row.slug,
      status,
      domains: row.badge_domains,
      verification,
      svg,
      unverifiedSvg,
      look,
      json: rendered(JSON.stringify(badgeJsonOf(verification, ctx.config.publicUrl)), JSON_TYPE, cacheControl),
      shields: rendered(JSON.stringify(shields), JSON_TYPE, cacheControl),
    };
  }

  function put(row: StandingRow): void {
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

  const counted = { reloads: 0, refreshes: 0 };
  const reloadAll = () => inOrder(async () => {
    const rows = await readStandings(ctx.db.manager, 'all');
    counted.reloads += 1;
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
    await onChange(null).catch((error: unknown) => log.warn({ err: error }, 'badge change listener failed'));
  });

  const refreshVendor = (vendorId: string) => inOrder(async () => {
    const [row] = await readStandings(ctx.db.manager, { vendorId });
    counted.refreshes += 1;
    if (row) put(row);
    await onChange([vendorId]).catch((error: unknown) => log.warn({ err: error }, 'badge change listener failed'));
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
    try {
      await reloadAll();
    } catch (error) {
      // Listening without having caught up would miss what changed while away: start over.
      listener = null;
      await client.end().catch(() => undefined);
      throw error;
    }
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
    byId: (vendorId) => {
      const slug = slugById.get(vendorId);
      return slug === undefined ? undefined : bySlug.get(slug);
    },
    unknown: rendered(renderBadge(badgeLook('not_member', null)), SVG, cacheControl),
    reloadAll,
    refreshVendor,
    stats: () => ({ vendors: bySlug.size, ...counted, listening: listener !== null }),
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
