import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  CategoryList,
  IdParams,
  ListVendorsQuery,
  UpdateVendorBody,
  VendorList,
  VendorSchema, ApiScope } from '@cep/shared';
import { ALL_ROLES, principalOf } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { etagOf } from '../../plugins/preconditions.ts';
import { actorOf } from '../audit/index.ts';
import { getVendor, listCategories, listVendors, type PledgeSummaries, updateVendor } from './vendors.service.ts';

const IfMatchHeaders = Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 100, description: 'The ETag from GET /vendors/{id}' })) });

export const vendorsRoutes: FastifyPluginAsyncTypebox<{ pledgeSummaries: PledgeSummaries }> = async (app, { pledgeSummaries }) => {
  app.get(
    '/vendors',
    {
      config: { roles: ALL_ROLES, scopes: [ApiScope.AdminRead] },
      schema: {
        tags: ['vendors'],
        summary: 'List vendors (the admin sees all, a vendor its own)',
        querystring: ListVendorsQuery,
        response: { 200: VendorList, ...problemResponses(400, 401) },
      },
    },
    async (request) => listVendors(app.ctx, pledgeSummaries, principalOf(request), request.query),
  );

  app.get(
    '/vendors/:id',
    {
      config: { scopes: [ApiScope.StatusRead, ApiScope.AdminRead] },
      schema: {
        tags: ['vendors'],
        summary: 'Read a vendor profile; the ETag header carries its version',
        params: IdParams,
        response: { 200: VendorSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const vendor = await getVendor(app.ctx, pledgeSummaries, principalOf(request), request.params.id);
      return reply.header('etag', etagOf(vendor.version)).send(vendor);
    },
  );

  app.patch(
    '/vendors/:id',
    {
      schema: {
        tags: ['vendors'],
        summary: 'Update a vendor profile (If-Match required)',
        description: 'Send only the fields to change. `If-Match` must carry the ETag you read; a stale one answers 412 and nothing changes.',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateVendorBody,
        response: { 200: VendorSchema, ...problemResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const vendor = await updateVendor(app.ctx, pledgeSummaries, principalOf(request), request.params.id, request.headers['if-match'], request.body, actorOf(request));
      return reply.header('etag', etagOf(vendor.version)).send(vendor);
    },
  );

  app.get(
    '/categories',
    { config: { public: true }, schema: { tags: ['public'], summary: 'Vendor categories', security: [], response: { 200: CategoryList } } },
    async () => listCategories(app.ctx),
  );
};
