import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  BadgeParams,
  CategoryList,
  VerificationSchema,
  DirectoryList,
  DirectoryQuery,
  IdParams,
  InviteMemberBody,
  ListVendorsQuery,
  MemberList,
  MemberSchema,
  Role,
  UpdateVendorBody,
  VendorList,
  VendorSchema,
} from '@cep/shared';
import { ALL_ROLES, principalOf } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { actorOf } from '../audit/audit.service.ts';
import { getVendor, getVerification, inviteMember, listCategories, listDirectory, listMembers, listVendors, updateVendor, vendorEtag } from './vendors.service.ts';

const IfMatchHeaders = Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 100, description: 'The ETag from GET /vendors/{id}' })) });

export const vendorsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/vendors',
    {
      config: { roles: ALL_ROLES },
      schema: {
        tags: ['vendors'],
        summary: 'List vendors (the admin sees all, a vendor its own)',
        querystring: ListVendorsQuery,
        response: { 200: VendorList, ...problemResponses(400, 401) },
      },
    },
    async (request) => listVendors(app.ctx, principalOf(request), request.query),
  );

  app.get(
    '/vendors/:id',
    {
      schema: {
        tags: ['vendors'],
        summary: 'Read a vendor profile; the ETag header carries its version',
        params: IdParams,
        response: { 200: VendorSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const vendor = await getVendor(app.ctx, principalOf(request), request.params.id);
      return reply.header('etag', vendorEtag(vendor.version)).send(vendor);
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
      const vendor = await updateVendor(app.ctx, principalOf(request), request.params.id, request.headers['if-match'], request.body, actorOf(request));
      return reply.header('etag', vendorEtag(vendor.version)).send(vendor);
    },
  );

  app.get(
    '/vendors/:id/members',
    {
      schema: {
        tags: ['vendors'],
        summary: 'The vendor’s people, including pending invitations',
        params: IdParams,
        response: { 200: MemberList, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => listMembers(app.ctx, principalOf(request), request.params.id),
  );

  app.post(
    '/vendors/:id/members',
    {
      config: { roles: [Role.Admin, Role.VendorOwner], idempotent: true },
      schema: {
        tags: ['vendors'],
        summary: 'Invite a person to the vendor (owner or admin)',
        description: 'Creates the account and e-mails a one-time invitation link valid 7 days. Honours `Idempotency-Key`.',
        params: IdParams,
        body: InviteMemberBody,
        response: { 201: MemberSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await inviteMember(app.ctx, principalOf(request), request.params.id, request.body, actorOf(request))),
  );

  app.get(
    '/categories',
    { config: { public: true }, schema: { tags: ['public'], summary: 'Vendor categories', security: [], response: { 200: CategoryList } } },
    async () => listCategories(app.ctx),
  );

  app.get(
    '/directory',
    {
      config: { public: true },
      schema: {
        tags: ['public'],
        summary: 'The public directory of vendors, searchable by name',
        security: [],
        querystring: DirectoryQuery,
        response: { 200: DirectoryList, ...problemResponses(400) },
      },
    },
    async (request) => listDirectory(app.ctx, request.query),
  );

  app.get(
    '/directory/:slug',
    {
      config: { public: true },
      schema: {
        tags: ['public'],
        summary: 'Verify a vendor: its pledge text and version, state, last period checked, next due date, badge domains',
        security: [],
        params: BadgeParams,
        response: { 200: VerificationSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => getVerification(app.ctx, request.params.slug),
  );
};
