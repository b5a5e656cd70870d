import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  AcceptedNotice,
  AcceptInvitationBody,
  ChangeEmailBody,
  ChangePasswordBody,
  InvitationSummary,
  LinkTokenParams,
  LoginBody,
  MeSchema,
  PasswordResetBody,
  PasswordResetRequestBody,
  PasswordResetSummary,
  SecondFactorChallenge,
  IdParams,
  SessionList,
  SessionsEnded,
  TokenResponse,
} from '@cep/shared';
import { principalOf } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { actorOf } from '../audit/index.ts';
import { acceptInvitation, describeInvitation, getMe, login, logout, refresh } from './accounts.service.ts';
import { clientOf, COOKIE_PATH, REFRESH_COOKIE, startSession } from './session-cookie.ts';
import { endOtherSessions, endSession, listSessions } from './sessions.service.ts';
import type { SignInGuard } from './sign-in-guard.ts';
import { changePassword, confirmEmailChange, describePasswordReset, requestEmailChange, requestPasswordReset, resetPassword, RESET_TTL_MINUTES } from './recovery.service.ts';

export const accountsRoutes: FastifyPluginAsyncTypebox<{ signInGuard: SignInGuard }> = async (app, { signInGuard }) => {
  const { config } = app.ctx;

  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.login, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        description:
          'Returns a 15-minute access token and sets the refresh token as an HttpOnly cookie. An account with two-step sign-in gets 202 instead: finish with `POST /auth/login/second-factor` within five minutes. Besides the per-client limit, an address with 10 failed sign-ins in 15 minutes gets 429 until the window ends (`RATE_LIMIT_FAILED_SIGN_INS`), whether or not it has an account.',
        security: [],
        body: LoginBody,
        response: { 200: TokenResponse, 202: SecondFactorChallenge, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const outcome = await login(app.ctx, signInGuard, request.body, clientOf(request));
      return outcome.kind === 'signed_in' ? startSession(app, reply, outcome.session) : reply.code(202).send(outcome.step);
    },
  );

  app.post(
    '/auth/refresh',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Exchange the refresh cookie for a new access token',
        description: 'Rotates the refresh token. Presenting an already-used token revokes every token of its session.',
        security: [],
        response: { 200: TokenResponse, ...problemResponses(401) },
      },
    },
    async (request, reply) => {
      try {
        return startSession(app, reply, await refresh(app.ctx, request.cookies[REFRESH_COOKIE], clientOf(request), actorOf(request)));
      } catch (error) {
        void reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
        throw error;
      }
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: 'Sign out: revoke the refresh token and clear its cookie', security: [], response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await logout(app.ctx, request.cookies[REFRESH_COOKIE]);
      return reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH }).code(204).send(null);
    },
  );

  app.get(
    '/me',
    { config: { beforeTwoFactor: true }, schema: { tags: ['auth'], summary: 'The signed-in account: role and vendor', response: { 200: MeSchema, ...problemResponses(401) } } },
    async (request) => getMe(app.ctx, principalOf(request)),
  );

  app.get(
    '/invitations/:token',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Describe an open invitation',
        security: [],
        params: LinkTokenParams,
        response: { 200: InvitationSummary, ...problemResponses(400, 410) },
      },
    },
    async (request) => describeInvitation(app.ctx, request.params.token),
  );

  app.post(
    '/invitations/:token/accept',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.publicForms, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Accept an invitation: set name and password',
        description: 'The link works once and for 7 days; afterwards sign in with the e-mail and the new password.',
        security: [],
        params: LinkTokenParams,
        body: AcceptInvitationBody,
        response: { 200: MeSchema, ...problemResponses(400, 410, 429) },
      },
    },
    async (request) => acceptInvitation(app.ctx, request.params.token, request.body, actorOf(request)),
  );

  // Account recovery and changes. Under /auth so the refresh cookie (scoped to it) comes along:
  // a new password signs out every other device, not the one asking.

  app.post(
    '/auth/password-resets',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.publicForms, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Forgot password: e-mail a one-time link to choose a new one',
        description: `Always answers 202 with the same message, whether or not the address has an account. The link works once, for ${RESET_TTL_MINUTES} minutes; an account receives at most 3 links an hour.`,
        security: [],
        body: PasswordResetRequestBody,
        response: { 202: AcceptedNotice, ...problemResponses(400, 429) },
      },
    },
    async (request, reply) => reply.code(202).send(await requestPasswordReset(app.ctx, request.body.email, actorOf(request))),
  );

  app.get(
    '/auth/password-resets/:token',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: 'Describe an open password-reset link', security: [], params: LinkTokenParams, response: { 200: PasswordResetSummary, ...problemResponses(400, 410) } },
    },
    async (request) => describePasswordReset(app.ctx, request.params.token),
  );

  app.post(
    '/auth/password-resets/:token',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.publicForms, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Choose a new password through a reset link',
        description: 'Spends the link (and any other open one of the account) and signs the account out on every device; sign in with the new password afterwards.',
        security: [],
        params: LinkTokenParams,
        body: PasswordResetBody,
        response: { 204: Type.Null(), ...problemResponses(400, 410, 429) },
      },
    },
    async (request, reply) => {
      await resetPassword(app.ctx, request.params.token, request.body.password, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      config: { rateLimit: { max: config.rateLimits.login, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Change the password (the current one required)',
        description: 'Signs out every other device; this one stays signed in. A wrong current password is a 400 naming `currentPassword`.',
        body: ChangePasswordBody,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      await changePassword(app.ctx, principalOf(request), request.body, request.cookies[REFRESH_COOKIE], actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/email',
    {
      config: { rateLimit: { max: config.rateLimits.login, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Change the e-mail address (the current password required)',
        description: 'Sends a one-time link to the new address (valid 24 hours) and tells the current one. Nothing changes until the link is opened. The answer is the same whether or not the new address already has an account.',
        body: ChangeEmailBody,
        response: { 202: AcceptedNotice, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => reply.code(202).send(await requestEmailChange(app.ctx, principalOf(request), request.body, actorOf(request))),
  );

  app.post(
    '/auth/email-changes/:token',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.publicForms, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Confirm a new e-mail address through the link sent to it',
        description: 'From then on the account signs in with the new address; the old one is told.',
        security: [],
        params: LinkTokenParams,
        response: { 200: MeSchema, ...problemResponses(400, 409, 410, 429) },
      },
    },
    async (request) => confirmEmailChange(app.ctx, request.params.token, actorOf(request)),
  );

  app.get(
    '/auth/sessions',
    {
      config: { beforeTwoFactor: true },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in devices of this account',
        description: 'One per sign-in still alive: when it signed in, when it last refreshed, from which address and browser; `current` marks the one asking.',
        response: { 200: SessionList, ...problemResponses(401) },
      },
    },
    async (request) => listSessions(app.ctx, principalOf(request), request.cookies[REFRESH_COOKIE]),
  );

  app.delete(
    '/auth/sessions/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign one device out',
        description: 'Its refresh token stops working at once; its access token, if any, ends within 15 minutes. Another account’s session, or one already ended, is a 404.',
        params: IdParams,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await endSession(app.ctx, principalOf(request), request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/auth/sessions',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out every other device',
        description: 'Keeps the session whose refresh cookie comes with the request (409 without one).',
        response: { 200: SessionsEnded, ...problemResponses(401, 409) },
      },
    },
    async (request) => endOtherSessions(app.ctx, principalOf(request), request.cookies[REFRESH_COOKIE], actorOf(request)),
  );
};
