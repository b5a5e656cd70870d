import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AgreementList,
  AgreementSchema,
  AppealBody,
  AuditList,
  AuditQuery,
  IdParams,
  PledgeSchema,
  PublishAgreementBody,
  ReasonBody,
  Role,
  SignPledgeBody,
  WithdrawBody, ApiScope } from '@cep/shared';
import { principalOf } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { actorOf } from '../audit/index.ts';
import { getCurrentAgreement, listAgreements, publishAgreement } from './agreements.service.ts';
import { type AdminAction, adminTransition, appealPledge, getPledge, listAudit, signPledge, withdrawPledge } from './pledges.service.ts';

const ADMIN_ACTIONS: { action: AdminAction; summary: string }[] = [
  { action: 'suspend', summary: 'Suspend an active or lapsed pledge (admin, reason required; the vendor is e-mailed the reason)' },
  { action: 'reinstate', summary: 'Reinstate a suspended pledge (admin, reason required)' },
  { action: 'revoke', summary: 'Revoke a pledge for good (admin, reason required; final)' },
];

export const pledgesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/agreements/current',
    {
      config: { public: true },
      schema: { tags: ['pledge'], summary: 'The agreement version in effect, with its full text', security: [], response: { 200: AgreementSchema, ...problemResponses(404) } },
    },
    async () => getCurrentAgreement(app.ctx),
  );

  app.get(
    '/agreements',
    { config: { roles: [Role.Admin], scopes: [ApiScope.AdminRead] }, schema: { tags: ['pledge'], summary: 'Every agreement version, newest first', response: { 200: AgreementList, ...problemResponses(401, 403) } } },
    async () => listAgreements(app.ctx),
  );

  app.post(
    '/agreements',
    {
      config: { roles: [Role.Admin], idempotent: true },
      schema: {
        tags: ['pledge'],
        summary: 'Publish a new agreement version (admin)',
        description: 'Vendors signed on an older version are e-mailed and keep their standing for 60 days after it takes effect; then the pledge needs signing again.',
        body: PublishAgreementBody,
        response: { 201: AgreementSchema, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await publishAgreement(app.ctx, request.body, actorOf(request))),
  );

  app.get(
    '/vendors/:id/pledge',
    {
      config: { scopes: [ApiScope.StatusRead, ApiScope.AdminRead] },
      schema: {
        tags: ['pledge'],
        summary: 'The pledge: state, since when, signed record, next due date, history and appeals',
        params: IdParams,
        response: { 200: PledgeSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => getPledge(app.ctx, principalOf(request), request.params.id),
  );

  app.post(
    '/vendors/:id/pledge/sign',
    {
      config: { roles: [Role.VendorOwner], idempotent: true },
      schema: {
        tags: ['pledge'],
        summary: 'Sign the agreement in effect (the vendor’s owner)',
        description: 'Send the version you read; a stale version is 409. Stores signer, account, time, client IP, the exact text and its SHA-256, forever.',
        params: IdParams,
        body: SignPledgeBody,
        response: { 200: PledgeSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => signPledge(app.ctx, principalOf(request), request.params.id, request.body, request.ip, actorOf(request)),
  );

  for (const { action, summary } of ADMIN_ACTIONS) {
    app.post(
      `/vendors/:id/pledge/${action}`,
      {
        config: { roles: [Role.Admin] },
        schema: { tags: ['pledge'], summary, params: IdParams, body: ReasonBody, response: { 200: PledgeSchema, ...problemResponses(400, 401, 403, 404, 409) } },
        // A request without a body is missing its reason: name that field, not "(root)".
        preValidation: async (request) => {
          if (request.body === undefined) request.body = {} as ReasonBody;
        },
      },
      async (request) => {
        await adminTransition(app.ctx, request.params.id, action, request.body, actorOf(request));
        return getPledge(app.ctx, principalOf(request), request.params.id);
      },
    );
  }

  app.post(
    '/vendors/:id/pledge/withdraw',
    {
      config: { roles: [Role.VendorOwner] },
      schema: {
        tags: ['pledge'],
        summary: 'Withdraw from the pledge (the vendor’s owner; final)',
        params: IdParams,
        body: WithdrawBody,
        response: { 200: PledgeSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
      // No body: withdrawing without a reason. A `null` body is a wrong type, refused.
      preValidation: async (request) => {
        if (request.body === undefined) request.body = {};
      },
    },
    async (request) => {
      await withdrawPledge(app.ctx, principalOf(request), request.params.id, request.body.reason, actorOf(request));
      return getPledge(app.ctx, principalOf(request), request.params.id);
    },
  );

  app.post(
    '/vendors/:id/pledge/appeal',
    {
      config: { roles: [Role.VendorOwner], idempotent: true },
      schema: {
        tags: ['pledge'],
        summary: 'Appeal a suspension or revocation in writing (the vendor’s owner)',
        params: IdParams,
        body: AppealBody,
        response: { 201: PledgeSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      await appealPledge(app.ctx, principalOf(request), request.params.id, request.body.text, actorOf(request));
      return reply.code(201).send(await getPledge(app.ctx, principalOf(request), request.params.id));
    },
  );

  app.get(
    '/vendors/:id/audit',
    {
      config: { scopes: [ApiScope.AdminRead] },
      schema: {
        tags: ['pledge'],
        summary: 'The vendor’s audit log, newest first (the admin; a vendor sees its own)',
        params: IdParams,
        querystring: AuditQuery,
        response: { 200: AuditList, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => listAudit(app.ctx, principalOf(request), request.params.id, request.query),
  );
};

