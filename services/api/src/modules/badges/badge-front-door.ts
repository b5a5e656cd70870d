import type { IncomingMessage, ServerResponse } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import { BADGE_STYLES, BADGE_THEMES, type BadgeStyle, type BadgeTheme, isListedHost, SLUG_PATTERN } from '@cep/shared';
import type { RequestCounts } from '../../plugins/request-counts.ts';
import type { BadgeCache, BadgeEntry, Rendered } from './badge-cache.ts';
import { createWindowLimiter } from './badge-limit.ts';
import type { BadgeViews } from './badge-views.ts';

export type BadgeKind = 'svg' | 'json' | 'shields';

/** The referring page's host, lower case; null without a (readable) Referer. */
export function refererHost(referer: string | undefined): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** What to send: the prepared body and headers, or a bodyless 304 when the client holds them already. */
export interface BadgeAnswer {
  status: 200 | 304;
  headers: Readonly<Record<string, string>>;
  body: string | undefined;
}

export interface BadgeServing {
  /** Seconds until the client may ask again, or 0 when it may pass (counts the request). */
  limit(client: string): number;
  /**
   * The answer for a known vendor: the SVG for a page on a domain the vendor has not listed says
   * "unverified site", so a badge copied elsewhere gives itself away. Counts the view and the answer.
   */
  respond(entry: BadgeEntry, target: Omit<BadgeTarget, 'slug'>, referer: string | undefined, ifNoneMatch: string | undefined): BadgeAnswer;
  /** Serves a cache hit straight from the HTTP server, before Fastify; false hands the request on. */
  frontDoor(req: IncomingMessage, res: ServerResponse): boolean;
}

const SLUG = new RegExp(SLUG_PATTERN);
const PREFIX = '/badge/';
const KINDS: [suffix: string, kind: BadgeKind][] = [
  ['/shields.json', 'shields'],
  ['.svg', 'svg'],
  ['.json', 'json'],
];

export interface BadgeTarget {
  slug: string;
  kind: BadgeKind;
  style: BadgeStyle;
  theme: BadgeTheme;
}

/** The SVG's look from its query string (`style=seal&theme=dark`); null for anything else, which Fastify then validates. */
function lookOf(query: string): { style: BadgeStyle; theme: BadgeTheme } | null {
  const found: { style: BadgeStyle; theme: BadgeTheme } = { style: 'flat', theme: 'light' };
  for (const pair of query.split('&')) {
    const [name, value] = pair.split('=');
    if (name === 'style' && (BADGE_STYLES as readonly string[]).includes(value ?? '')) found.style = value as BadgeStyle;
    else if (name === 'theme' && (BADGE_THEMES as readonly string[]).includes(value ?? '')) found.theme = value as BadgeTheme;
    else return null;
  }
  return found;
}

/** `/badge/acme.svg?style=seal` → { slug: 'acme', kind: 'svg', style: 'seal', theme: 'light' }; null for anything the front door does not serve. */
export function parseBadgePath(url: string): BadgeTarget | null {
  if (!url.startsWith(PREFIX)) return null;
  const mark = url.indexOf('?');
  const path = mark === -1 ? url : url.slice(0, mark);
  for (const [suffix, kind] of KINDS) {
    if (path.endsWith(suffix)) {
      const slug = path.slice(PREFIX.length, path.length - suffix.length);
      if (!SLUG.test(slug)) return null;
      if (mark === -1) return { slug, kind, style: 'flat', theme: 'light' };
      const look = kind === 'svg' ? lookOf(url.slice(mark + 1)) : null;
      return look ? { slug, kind, ...look } : null;
    }
  }
  return null;
}

export interface BadgeServingOptions {
  cache: BadgeCache;
  views: BadgeViews;
  counts: RequestCounts;
  perMinute: number;
  publicUrl: string;
  /** Proxies whose X-Forwarded-For names the client (the app's TRUST_PROXY). */
  trustProxy: string[];
}

/**
 * The badge is the one route the whole world hits. A cache hit (a GET of a known slug's badge in
 * one of its looks, within the client's limit) is answered here with the prepared bytes and headers, before Fastify
 * routes the request; everything else (unknown slugs, malformed paths, other query strings, the 429) goes
 * on to the Fastify routes in badges.routes.ts, which give the same answers through `respond` and
 * describe them in the OpenAPI document.
 */
export function createBadgeServing(options: BadgeServingOptions): BadgeServing {
  const { cache, views, counts } = options;
  const registryHost = new URL(options.publicUrl).hostname.toLowerCase();
  const limit = createWindowLimiter(options.perMinute, 60_000);
  const trusted = options.trustProxy.length > 0 ? proxyAddr.compile(options.trustProxy) : null;
  const clientOf = (req: IncomingMessage): string => (trusted ? proxyAddr(req, trusted) : (req.socket.remoteAddress ?? ''));

  const served = Object.fromEntries((['svg', 'json', 'shields'] as const).map((kind) => [kind, { ok: counts.counter(`badge.${kind}`, 200), same: counts.counter(`badge.${kind}`, 304) }])) as Record<
    BadgeKind,
    { ok: () => void; same: () => void }
  >;

  function respond(entry: BadgeEntry, { kind, style, theme }: Omit<BadgeTarget, 'slug'>, referer: string | undefined, ifNoneMatch: string | undefined): BadgeAnswer {
    const host = refererHost(referer);
    const unverified = host !== null && host !== registryHost && !isListedHost(host, entry.domains);
    views.count(entry.vendorId, host ?? '', unverified);
    const rendered: Rendered = kind === 'svg' ? entry.look(style, theme, unverified) : kind === 'json' ? entry.json : entry.shields;
    const fresh = ifNoneMatch === rendered.etag;
    if (fresh) served[kind].same();
    else served[kind].ok();
    return fresh ? { status: 304, headers: rendered.notModifiedHeaders, body: undefined } : { status: 200, headers: rendered.headers, body: rendered.body };
  }

  return {
    limit,
    respond,
    frontDoor(req, res) {
      const method = req.method;
      if (method !== 'GET' && method !== 'HEAD') return false;
      const url = req.url ?? '';
      const target = parseBadgePath(url);
      if (!target) return false;
      const entry = cache.get(target.slug);
      if (!entry || limit(clientOf(req)) > 0) return false;
      const out = respond(entry, target, req.headers.referer, req.headers['if-none-match']);
      res.writeHead(out.status, out.headers);
      res.end(method === 'HEAD' ? undefined : out.body);
      return true;
    },
  };
}
