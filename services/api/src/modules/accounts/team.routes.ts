import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, InviteMemberBody, MemberList, MemberSchema, Role } from '@cep/shared';
import { principalOf } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { actorOf } from '../audit/index.ts';
import { inviteMember, listMembers } from './team.service.ts';

export const teamRoutes: FastifyPluginAsyncTypebox = async (app) => {
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
};
