import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  ApplicationList,
  ApplicationReceipt,
  ApplicationSchema,
  ApproveApplicationBody,
  CreateApplicationBody,
  IdParams,
  ListApplicationsQuery,
  RejectApplicationBody,
  Role,
  VendorSchema, ApiScope, AcceptedNotice, ConfirmJoinRequestBody, JoinRequestBody, JoinRequestConfirmed, RequestedVendors } from '@cep/shared';
import { problemResponses } from '../../plugins/openapi.ts';
import { actorOf } from '../audit/index.ts';
import { approveApplication, listApplications, rejectApplication, submitApplication } from './applications.service.ts';
import { confirmJoinRequest, requestedVendors, requestJoin } from './join-requests.service.ts';

export const applicationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { config } = app.ctx;

  app.post(
    '/directory/requests',
    {
      config: { public: true, idempotent: true, rateLimit: { max: config.rateLimits.publicForms, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: 'Ask a vendor that is not a member to join',
        description:
          'Honours `Idempotency-Key`. Sends you a link to confirm (7 days); once confirmed the registry invites the vendor to apply, at most once per vendor (its web site’s domain) in 30 days, however many ask. A vendor already a member is a 409 naming `website`.',
        security: [],
        body: JoinRequestBody,
        response: { 202: AcceptedNotice, ...problemResponses(400, 409, 429) },
      },
    },
    async (request, reply) => reply.code(202).send(await requestJoin(app.ctx, request.body)),
  );

  app.post(
    '/directory/requests/confirm',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.publicForms, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: 'Confirm a request that a vendor join, with the e-mailed link’s token',
        description: 'The link works once. Says whether this confirmation e-mailed the vendor.',
        security: [],
        body: ConfirmJoinRequestBody,
        response: { 200: JoinRequestConfirmed, ...problemResponses(400, 410, 429) },
      },
    },
    async (request) => confirmJoinRequest(app.ctx, request.body),
  );

  app.get(
    '/directory/requests',
    {
      config: { roles: [Role.Admin] },
      schema: {
        tags: ['applications'],
        summary: 'The vendors buyers asked to join, most asked first (admin)',
        description: 'Confirmed requests only, grouped by the vendor’s web site domain; the 200 most asked for.',
        response: { 200: RequestedVendors, ...problemResponses(401, 403) },
      },
    },
    async () => requestedVendors(app.ctx),
  );

  app.post(
    '/applications',
    {
      config: { public: true, idempotent: true, rateLimit: { max: config.rateLimits.publicForms, timeWindow: '1 minute' } },
      schema: {
        tags: ['applications'],
        summary: 'Apply for a vendor to join the program',
        description: 'Public. Honours `Idempotency-Key`: a retry with the same key returns the first answer and creates nothing twice.',
        security: [],
        body: CreateApplicationBody,
        response: { 201: ApplicationReceipt, ...problemResponses(400, 409, 422, 429) },
      },
    },
    async (request, reply) => reply.code(201).send(await submitApplication(app.ctx, request.body, actorOf(request))),
  );

  app.get(
    '/applications',
    {
      config: { roles: [Role.Admin], scopes: [ApiScope.AdminRead] },
      schema: {
        tags: ['applications'],
        summary: 'List applications, newest first',
        querystring: ListApplicationsQuery,
        response: { 200: ApplicationList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listApplications(app.ctx, request.query),
  );

  app.post(
    '/applications/:id/approve',
    {
      config: { roles: [Role.Admin] },
      schema: {
        tags: ['applications'],
        summary: 'Approve: create the vendor and invite its owner',
        description: 'Creates the vendor (slug from the company name unless given) and e-mails the contact a one-time invitation valid 7 days.',
        params: IdParams,
        body: ApproveApplicationBody,
        response: { 200: Type.Object({ application: ApplicationSchema, vendor: VendorSchema }), ...problemResponses(400, 401, 403, 404, 409) },
      },
      // The body is optional: a POST without one approves with the slug made from the name. A body
      // that is there must be an object: `null` is refused like any other wrong type.
      preValidation: async (request) => {
        if (request.body === undefined) request.body = {};
      },
    },
    async (request) => approveApplication(app.ctx, request.params.id, request.body.slug, actorOf(request)),
  );

  app.post(
    '/applications/:id/reject',
    {
      config: { roles: [Role.Admin] },
      schema: {
        tags: ['applications'],
        summary: 'Reject with a reason; the applicant is told by e-mail',
        params: IdParams,
        body: RejectApplicationBody,
        response: { 200: ApplicationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => rejectApplication(app.ctx, request.params.id, request.body.reason, actorOf(request)),
  );
};
