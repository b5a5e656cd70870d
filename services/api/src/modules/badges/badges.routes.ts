import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { BadgeJsonSchema, BadgeParams, BadgeStatsSchema, BadgeSvgQuery, ErrorCode, IdParams, ShieldsEndpointSchema, ApiScope } from '@cep/shared';
import { assertVendorAccess, principalOf } from '../../plugins/auth.ts';
import { AppError, notFound, sendProblem } from '../../plugins/errors.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { Vendor } from '../vendors/index.ts';
import type { RequestCounts } from '../../plugins/request-counts.ts';
import type { BadgeCache } from './badge-cache.ts';
import type { BadgeKind, BadgeServing } from './badge-front-door.ts';
import { type BadgeViews, badgeStats } from './badge-views.ts';

// Other sites show the badge: allow them to load it and to read the JSON (answers from the cache
// carry these among their prepared headers; problems add them here).
const EMBEDDABLE = { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' };

/**
 * The badge routes as Fastify sees them: the contract in the OpenAPI document, and the answers the
 * front door (badge-front-door.ts) leaves to Fastify — unknown slugs, malformed ones, the 429 —
 * plus every request that reaches the app without passing the HTTP server (`inject`).
 */
export const badgesRoutes: FastifyPluginAsyncTypebox<{ cache: BadgeCache; serving: BadgeServing; counts: RequestCounts }> = async (app, { cache, serving, counts }) => {
  function serve(kind: BadgeKind) {
    const route = `badge.${kind}`;
    return async (request: FastifyRequest<{ Params: BadgeParams; Querystring: BadgeSvgQuery }>, reply: FastifyReply) => {
      const retryAfter = serving.limit(request.ip);
      if (retryAfter > 0) {
        counts.add(route, 429);
        return sendProblem(reply.headers(EMBEDDABLE), new AppError(ErrorCode.RateLimited, `Too many badge requests; try again in ${retryAfter} s`, undefined, { 'retry-after': String(retryAfter) }));
      }
      const entry = cache.get(request.params.slug);
      if (!entry) {
        counts.add(route, 404);
        if (kind !== 'svg') return sendProblem(reply.headers(EMBEDDABLE), new AppError(ErrorCode.NotFound, `No vendor with the slug "${request.params.slug}"`));
        return reply.code(404).headers(cache.unknown.headers).send(cache.unknown.body);
      }
      const look = { style: request.query.style ?? 'flat', theme: request.query.theme ?? 'light' } as const;
      const out = serving.respond(entry, { kind, ...look }, request.headers.referer, request.headers['if-none-match']);
      return reply.code(out.status).headers(out.headers).send(out.body);
    };
  }

  const common = { config: { public: true } };
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
          'Unknown slug: 404 with a grey SVG. `Cache-Control: public, no-cache` with an ETag: browsers ask again on every view and get 304 while nothing changed, so a change shows on the next view (behind a CDN, within `BADGE_SHARED_MAX_AGE` seconds when that is set).',
        security: [],
        params: BadgeParams,
        querystring: BadgeSvgQuery,
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
        description: 'Use https://img.shields.io/endpoint?url=<this URL>. shields.io keeps an endpoint badge at least 300 s (its own minimum), so a change shows there within five minutes.',
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
      config: { scopes: [ApiScope.StatusRead, ApiScope.AdminRead] },
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
