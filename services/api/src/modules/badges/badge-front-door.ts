import type { IncomingMessage, ServerResponse } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import { isListedHost, SLUG_PATTERN } from '@cep/shared';
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
  respond(entry: BadgeEntry, kind: BadgeKind, referer: string | undefined, ifNoneMatch: string | undefined): BadgeAnswer;
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

/** `/badge/acme.svg` → { slug: 'acme', kind: 'svg' }; null for anything the front door does not serve. */
export function parseBadgePath(url: string): { slug: string; kind: BadgeKind } | null {
  if (!url.startsWith(PREFIX)) return null;
  for (const [suffix, kind] of KINDS) {
    if (url.endsWith(suffix)) {
      const slug = url.slice(PREFIX.length, url.length - suffix.length);
      return SLUG.test(slug) ? { slug, kind } : null;
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
 * The badge is the one route the whole world hits. A cache hit (a GET of a known slug's badge,
 * within the client's limit) is answered here with the prepared bytes and headers, before Fastify
 * routes the request; everything else (unknown slugs, malformed paths, query strings, the 429) goes
 * on to the Fastify routes in badges.routes.ts, which give the same answers through `respond` and
 * describe them in the OpenAPI document.
 */
export function createBadgeServing(options: BadgeServingOptions): BadgeServing {
  const { cache, views, counts } = options;
  const registryHost = new URL(options.publicUrl).hostname.toLowerCase();
  const limit = createWindowLimiter(options.perMinute, 60_000);
  const trusted = options.trustProxy.length > 0 ? proxyAddr.compile(options.trustProxy) : null;
  const clientOf = (req: IncomingMessage): string => (trusted ? proxyAddr(req, trusted) : (req.socket.remoteAddress ?? ''));

  function respond(entry: BadgeEntry, kind: BadgeKind, referer: string | undefined, ifNoneMatch: string | undefined): BadgeAnswer {
    const host = refererHost(referer);
    const unverified = host !== null && host !== registryHost && !isListedHost(host, entry.domains);
    views.count(entry.vendorId, host ?? '', unverified);
    const rendered: Rendered = kind === 'svg' ? (unverified ? entry.unverifiedSvg : entry.svg) : kind === 'json' ? entry.json : entry.shields;
    const fresh = ifNoneMatch === rendered.etag;
    counts.add(`badge.${kind}`, fresh ? 304 : 200);
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
      const out = respond(entry, target.kind, req.headers.referer, req.headers['if-none-match']);
      res.writeHead(out.status, out.headers);
      res.end(method === 'HEAD' ? undefined : out.body);
      return true;
    },
  };
}
