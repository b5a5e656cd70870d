import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AcceptedNotice, IdParams, InviteMemberBody, MemberList, MemberParams, MemberSchema, Role, TransferOwnershipBody } from '@cep/shared';
import { principalOf } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { actorOf } from '../audit/index.ts';
import { inviteMember, listMembers, removeMember, resendInvitation, resetMemberTwoFactor, transferOwnership } from './team.service.ts';

const MANAGERS = [Role.Admin, Role.VendorOwner];

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
      config: { roles: MANAGERS, idempotent: true },
      schema: {
        tags: ['vendors'],
        summary: 'Invite a person to the vendor as a member (owner or admin)',
        description:
          'Creates the account and e-mails a one-time invitation link valid 7 days. An address that already has an account elsewhere is told so by e-mail instead, with the same answer here, so the form reveals nobody’s account. An address already on this team is a 409. Honours `Idempotency-Key`.',
        params: IdParams,
        body: InviteMemberBody,
        response: { 202: AcceptedNotice, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(202).send(await inviteMember(app.ctx, principalOf(request), request.params.id, request.body, actorOf(request))),
  );

  app.delete(
    '/vendors/:id/members/:userId',
    {
      config: { roles: MANAGERS },
      schema: {
        tags: ['vendors'],
        summary: 'Remove a person from the team, or withdraw a pending invitation (owner or admin)',
        description: 'The person is signed out everywhere and told by e-mail. The owner cannot be removed: transfer the ownership first (409).',
        params: MemberParams,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeMember(app.ctx, principalOf(request), request.params.id, request.params.userId, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/vendors/:id/members/:userId/invitation',
    {
      config: { roles: MANAGERS },
      schema: {
        tags: ['vendors'],
        summary: 'Send a pending invitation again, with a new link (owner or admin)',
        description: 'The earlier link stops working. A person who has already joined is a 409.',
        params: MemberParams,
        response: { 200: MemberSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => resendInvitation(app.ctx, principalOf(request), request.params.id, request.params.userId, actorOf(request)),
  );

  app.delete(
    '/vendors/:id/members/:userId/two-factor',
    {
      config: { roles: [Role.Admin] },
      schema: {
        tags: ['vendors'],
        summary: 'Reset a person’s two-step sign-in (admin)',
        description:
          'For a person who lost the authenticator app, passkeys and recovery codes, once the admin has checked who they are another way: every second factor goes, every session ends, and the person is told by e-mail. They sign in with the password and may set it up again. 409 when they have none.',
        params: MemberParams,
        response: { 200: MemberSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => resetMemberTwoFactor(app.ctx, request.params.id, request.params.userId, actorOf(request)),
  );

  app.post(
    '/vendors/:id/owner',
    {
      config: { roles: MANAGERS },
      schema: {
        tags: ['vendors'],
        summary: 'Transfer the ownership to a member who has joined (owner or admin)',
        description: 'The vendor always has exactly one owner: the new owner steps up, the former one becomes a member; both are told by e-mail. Answers the team as it is afterwards.',
        params: IdParams,
        body: TransferOwnershipBody,
        response: { 200: MemberList, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => transferOwnership(app.ctx, principalOf(request), request.params.id, request.body.userId, actorOf(request)),
  );
};
