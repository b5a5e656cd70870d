import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { BadgeJsonSchema, BadgeParams, BadgeStatsSchema, ErrorCode, IdParams, ShieldsEndpointSchema } from '@cep/shared';
import { assertVendorAccess, principalOf } from '../../plugins/auth.ts';
import { AppError, notFound, sendProblem } from '../../plugins/errors.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { Vendor } from '../vendors/vendor.entity.ts';
import { BADGE_MAX_AGE, type BadgeCache, type BadgeEntry, type Rendered } from './badge-cache.ts';
import { createWindowLimiter } from './badge-limit.ts';
import { type BadgeViews, badgeStats } from './badge-views.ts';

type BadgeKind = 'svg' | 'json' | 'shields';

/** The referring page's host, lower case; null without a (readable) Referer. */
export function refererHost(referer: string | undefined): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** A listed domain covers itself and its subdomains (`acme.example` covers `www.acme.example`). */
export function isListedHost(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

// Other sites show the badge: allow them to load it and to read the JSON (answers from the cache
// carry these among their prepared headers; problems add them here).
const EMBEDDABLE = { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' };

export const badgesRoutes: FastifyPluginAsyncTypebox<{ cache: BadgeCache; views: BadgeViews }> = async (app, { cache, views }) => {
  const registryHost = new URL(app.ctx.config.publicUrl).hostname.toLowerCase();

  /**
   * The hot path: a map lookup and a cached string. The SVG for a page on a domain the vendor has
   * not listed says "unverified site", so a badge copied elsewhere gives itself away.
   */
  const limit = createWindowLimiter(app.ctx.config.rateLimits.badge, 60_000);

  function serve(kind: BadgeKind) {
    return async (request: FastifyRequest<{ Params: BadgeParams }>, reply: FastifyReply) => {
      const retryAfter = limit(request.ip);
      if (retryAfter > 0) {
        return sendProblem(reply.headers(EMBEDDABLE), new AppError(ErrorCode.RateLimited, `Too many badge requests; try again in ${retryAfter} s`, undefined, { 'retry-after': String(retryAfter) }));
      }
      const entry: BadgeEntry | undefined = cache.get(request.params.slug);
      if (!entry) {
        if (kind !== 'svg') return sendProblem(reply.headers(EMBEDDABLE), new AppError(ErrorCode.NotFound, `No vendor with the slug "${request.params.slug}"`));
        return reply.code(404).headers(cache.unknown.headers).send(cache.unknown.body);
      }
      const host = refererHost(request.headers.referer);
      const unverified = host !== null && host !== registryHost && !isListedHost(host, entry.domains);
      views.count(entry.vendorId, host ?? '', unverified);
      const body: Rendered = kind === 'svg' ? (unverified ? entry.unverifiedSvg : entry.svg) : kind === 'json' ? entry.json : entry.shields;
      void reply.headers(body.headers);
      if (request.headers['if-none-match'] === body.etag) return reply.code(304).send();
      return reply.send(body.body);
    };
  }

  const common = { config: { public: true }, logLevel: 'warn' as const };
  const notModified = { 304: { description: 'Not modified (If-None-Match matched the ETag)', type: 'null' } } as const;

  app.get(
    '/badge/:slug.svg',
    {
      ...common,
      schema: {
        tags: ['badge'],
        summary: 'The live badge as SVG',
        description:
          'Green "active", amber "lapsed", red "suspended", grey "not a member"; grey "unverified site" when the Referer is a page on a domain the vendor has not listed. ' +
          `Unknown slug: 404 with a grey SVG. Cached up to ${BADGE_MAX_AGE} s (ETag; 304 on If-None-Match).`,
        security: [],
        params: BadgeParams,
        response: {
          200: { description: 'image/svg+xml', content: { 'image/svg+xml': { schema: Type.String() } } },
          ...notModified,
          404: { description: 'Unknown vendor: a grey badge', content: { 'image/svg+xml': { schema: Type.String() } } },
          ...problemResponses(400, 429),
        },
      },
    },
    serve('svg'),
  );

  app.get(
    '/badge/:slug.json',
    {
      ...common,
      schema: {
        tags: ['badge'],
        summary: 'The badge status as JSON: status, vendor, since, last checked period, next due date, verification URL',
        security: [],
        params: BadgeParams,
        response: { 200: BadgeJsonSchema, ...notModified, ...problemResponses(400, 404, 429) },
      },
    },
    serve('json'),
  );

  app.get(
    '/badge/:slug/shields.json',
    {
      ...common,
      schema: {
        tags: ['badge'],
        summary: 'The badge for shields.io’s endpoint badge',
        description: 'Use https://img.shields.io/endpoint?url=<this URL>.',
        security: [],
        params: BadgeParams,
        response: { 200: ShieldsEndpointSchema, ...notModified, ...problemResponses(400, 404, 429) },
      },
    },
    serve('shields'),
  );

};

/** The vendor's dashboard figures (under /api/v1, with the rest of the API). */
export const badgeStatsRoutes: FastifyPluginAsyncTypebox<{ views: BadgeViews }> = async (app, { views }) => {
  app.get(
    '/vendors/:id/badge-stats',
    {
      schema: {
        tags: ['badge'],
        summary: 'Badge views and “unverified site” requests by referring domain',
        params: IdParams,
        querystring: Type.Object({ days: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, default: 30 })) }),
        response: { 200: BadgeStatsSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      assertVendorAccess(principalOf(request), request.params.id);
      if (!(await app.ctx.db.getRepository(Vendor).existsBy({ id: request.params.id }))) throw notFound('Vendor');
      await views.flush();
      return badgeStats(app.ctx, request.params.id, request.query.days ?? 30);
    },
  );
};
