import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ComplaintFiled,
  ComplaintList,
  ComplaintListQuery,
  WatchListQuery,
  ComplaintSchema,
  ComplaintTokenResult,
  ConfirmComplaintBody,
  DismissBody,
  FileComplaintBody,
  ForwardBody,
  IdParams,
  OutcomeBody,
  RespondBody,
  Role,
  ResponseLookupBody,
  VendorResponseView,
  WatchList, ApiScope } from '@cep/shared';
import { principalOf } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { actorOf } from '../audit/index.ts';
import { confirmComplaint, dismissComplaint, fileComplaint, forwardComplaint, getComplaint, listComplaints, lookUpResponse, recordOutcome, respondToComplaint } from './complaints.service.ts';
import { listWatch } from './watchlist.service.ts';

const VENDOR_ROLES = [Role.VendorOwner, Role.VendorMember];

export const complaintsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { config } = app.ctx;

  app.post(
    '/complaints',
    {
      config: { public: true, idempotent: true, rateLimit: { max: config.rateLimits.complaintsPerClient, timeWindow: '1 hour' } },
      schema: {
        tags: ['complaints'],
        summary: 'File a complaint about a pledged vendor (public)',
        description:
          'The complainant is e-mailed a one-time link to confirm (POST /complaints/confirm) within 7 days; only confirmed complaints reach the admin or count. Rate-limited per client (RATE_LIMIT_COMPLAINTS per hour) and per vendor (RATE_LIMIT_COMPLAINTS_PER_VENDOR per hour). Honours `Idempotency-Key`.',
        security: [],
        body: FileComplaintBody,
        response: { 202: ComplaintFiled, ...problemResponses(400, 404, 422, 429) },
      },
    },
    async (request, reply) => reply.code(202).send(await fileComplaint(app.ctx, request.body, request.log)),
  );

  app.post(
    '/complaints/confirm',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.publicForms, timeWindow: '1 minute' } },
      schema: {
        tags: ['complaints'],
        summary: 'Confirm a complaint with the one-time link’s token (public)',
        security: [],
        body: ConfirmComplaintBody,
        response: { 200: ComplaintTokenResult, ...problemResponses(400, 410, 429) },
      },
    },
    async (request) => confirmComplaint(app.ctx, request.body),
  );

  app.post(
    '/complaints/outcome/response',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.publicForms, timeWindow: '1 minute' } },
      schema: {
        tags: ['complaints'],
        summary: 'Read the vendor’s response with the outcome link’s token, before answering (public)',
        description: 'Does not spend the link. 410 once the outcome was given or the link is unknown.',
        security: [],
        body: ResponseLookupBody,
        response: { 200: VendorResponseView, ...problemResponses(400, 410, 429) },
      },
    },
    async (request) => lookUpResponse(app.ctx, request.body.token),
  );

  app.post(
    '/complaints/outcome',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.publicForms, timeWindow: '1 minute' } },
      schema: {
        tags: ['complaints'],
        summary: 'Say whether the vendor’s response resolved the complaint, with the one-time link’s token (public)',
        security: [],
        body: OutcomeBody,
        response: { 200: ComplaintTokenResult, ...problemResponses(400, 410, 429) },
      },
    },
    async (request) => recordOutcome(app.ctx, request.body),
  );

  app.get(
    '/complaints',
    {
      config: { scopes: [ApiScope.ComplaintsRead, ApiScope.AdminRead] },
      schema: {
        tags: ['complaints'],
        summary: 'Complaints: the admin’s queue of confirmed complaints, or those forwarded to the caller’s vendor',
        description: 'Oldest confirmed first. Filters: state, vendor (admin), promise, age in days since confirmation.',
        querystring: ComplaintListQuery,
        response: { 200: ComplaintList, ...problemResponses(400, 401) },
      },
    },
    async (request) => listComplaints(app.ctx, principalOf(request), request.query),
  );

  app.get(
    '/complaints/:id',
    {
      config: { scopes: [ApiScope.ComplaintsRead, ApiScope.AdminRead] },
      schema: {
        tags: ['complaints'],
        summary: 'One complaint with its timeline',
        description: 'A vendor sees only complaints forwarded to it, and the complainant’s contact details only when they consented.',
        params: IdParams,
        response: { 200: ComplaintSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => getComplaint(app.ctx, principalOf(request), request.params.id),
  );

  app.post(
    '/complaints/:id/forward',
    {
      config: { roles: [Role.Admin], idempotent: true },
      schema: {
        tags: ['complaints'],
        summary: 'Forward a confirmed complaint to the vendor (admin)',
        description: 'Starts the vendor’s response window: 10 business days on the vendor’s own calendar.',
        params: IdParams,
        body: ForwardBody,
        response: { 200: ComplaintSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => forwardComplaint(app.ctx, principalOf(request), request.params.id, request.body, actorOf(request)),
  );

  app.post(
    '/complaints/:id/dismiss',
    {
      config: { roles: [Role.Admin], idempotent: true },
      schema: {
        tags: ['complaints'],
        summary: 'Dismiss a confirmed complaint with a reason (admin)',
        params: IdParams,
        body: DismissBody,
        response: { 200: ComplaintSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => dismissComplaint(app.ctx, principalOf(request), request.params.id, request.body, actorOf(request)),
  );

  app.post(
    '/complaints/:id/respond',
    {
      config: { roles: VENDOR_ROLES, idempotent: true },
      schema: {
        tags: ['complaints'],
        summary: 'Respond to a complaint forwarded to your vendor',
        description: 'The complainant is e-mailed the response and a one-time link to say whether it resolved the matter.',
        params: IdParams,
        body: RespondBody,
        response: { 200: ComplaintSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => respondToComplaint(app.ctx, principalOf(request), request.params.id, request.body, actorOf(request)),
  );

  app.get(
    '/watchlist',
    {
      config: { roles: [Role.Admin], scopes: [ApiScope.AdminRead] },
      schema: {
        tags: ['complaints'],
        summary: 'Vendors with a high level of complaints, newest on the list first, with the figures that put them there (admin)',
        querystring: WatchListQuery,
        response: { 200: WatchList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listWatch(app.ctx, request.query),
  );
};
