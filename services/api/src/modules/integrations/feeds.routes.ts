import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { ApiScope, BulkStatusBody, BulkStatusList, DirectoryChangeList, DirectoryChangesQuery } from '@cep/shared';
import { ALL_ROLES } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import type { BadgeCache } from '../badges/index.ts';
import { atomFeed, bulkStatus, directoryChanges, etagOfBody, jsonFeed, latestChanges } from './feeds.service.ts';

/** How many changes the public feeds carry. */
const FEED_ENTRIES = 50;
/** Feed readers poll; five minutes in any cache is fresh enough for a blog page. */
const FEED_CACHE_CONTROL = 'public, max-age=300';
const NOT_MODIFIED = { 304: Type.Null({ description: 'Not modified: the If-None-Match tag is still current' }) };

/**
 * Answers a body with its ETag, or 304 when the client already has it. For the bulk status POST
 * too: it is a query that changes nothing (a GET with a body too long for a URL), so a poller that
 * sends back the tag it was given gets the same short answer a GET would.
 */
function withEtag(request: FastifyRequest, reply: FastifyReply, body: string, contentType: string, cacheControl = 'private, no-cache'): FastifyReply {
  const etag = etagOfBody(body);
  void reply.header('etag', etag).header('cache-control', cacheControl);
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.type(contentType).send(body);
}

/** What marketplaces and the program's own pages read: bulk status, the change feed, the public feeds. */
export const feedsRoutes: FastifyPluginAsyncTypebox<{ cache: BadgeCache }> = async (app, { cache }) => {
  const tags = ['integrations'];
  const { publicUrl } = app.ctx.config;

  app.post(
    '/badges/status',
    {
      config: { roles: ALL_ROLES, scopes: [ApiScope.StatusRead, ApiScope.AdminRead] },
      schema: {
        tags,
        summary: 'The standing of up to 1,000 vendors at once, by slug or id',
        description: 'Each answer says `status` (`not_member` for anything unknown), member since, the last period checked and the page that verifies it. Send back the ETag in If-None-Match to get 304 while nothing changed.',
        body: BulkStatusBody,
        response: { 200: BulkStatusList, ...NOT_MODIFIED, ...problemResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => withEtag(request, reply, JSON.stringify(bulkStatus(cache, publicUrl, request.body.vendors)), 'application/json'),
  );

  app.get(
    '/directory/changes',
    {
      config: { roles: ALL_ROLES, scopes: [ApiScope.StatusRead, ApiScope.AdminRead] },
      schema: {
        tags,
        summary: 'Every change of a vendor’s standing, in order, from a cursor',
        description:
          'Start without `after`, then pass the `next` you were given. Changes come in the order they were committed; none is ever skipped, so a copy kept by replaying them stays exact. The admin’s reasons are never included.',
        querystring: DirectoryChangesQuery,
        response: { 200: DirectoryChangeList, ...NOT_MODIFIED, ...problemResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => withEtag(request, reply, JSON.stringify(await directoryChanges(app.ctx, request.query)), 'application/json'),
  );

  app.get(
    '/directory/changes.atom',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'The latest 50 changes of the directory as an Atom feed (public)',
        security: [],
        response: { 200: { description: 'An Atom 1.0 feed', content: { 'application/atom+xml': { schema: Type.String() } } }, ...NOT_MODIFIED },
      },
    },
    async (request, reply) => withEtag(request, reply, atomFeed(publicUrl, await latestChanges(app.ctx.db.manager, publicUrl, FEED_ENTRIES), app.ctx.clock()), 'application/atom+xml; charset=utf-8', FEED_CACHE_CONTROL),
  );

  app.get(
    '/directory/changes.json',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'The latest 50 changes of the directory as a JSON Feed 1.1 (public)',
        security: [],
        response: { 200: { description: 'A JSON Feed', content: { 'application/feed+json': { schema: Type.Object({}, { additionalProperties: true }) } } }, ...NOT_MODIFIED },
      },
    },
    async (request, reply) => withEtag(request, reply, JSON.stringify(jsonFeed(publicUrl, await latestChanges(app.ctx.db.manager, publicUrl, FEED_ENTRIES))), 'application/feed+json; charset=utf-8', FEED_CACHE_CONTROL),
  );
};
