import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import Type from 'typebox';
import { AcceptInvitationBody, InvitationParams, InvitationSummary, LoginBody, MeSchema, TokenResponse } from '@cep/shared';
import { principalOf } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { actorOf } from '../audit/index.ts';
import { acceptInvitation, describeInvitation, getMe, login, logout, refresh, type Session, toMe, toPrincipal } from './accounts.service.ts';

export const REFRESH_COOKIE = 'cep_refresh';
const COOKIE_PATH = '/api/v1/auth';

export const accountsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { config } = app.ctx;

  /** The refresh token lives only in an HttpOnly, SameSite=Strict cookie scoped to /api/v1/auth. */
  function startSession(reply: FastifyReply, session: Session) {
    void reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: config.cookieSecure,
      path: COOKIE_PATH,
      maxAge: config.refreshTtlDays * 24 * 60 * 60,
    });
    return {
      accessToken: app.signAccessToken(toPrincipal(session.user)),
      tokenType: 'Bearer' as const,
      expiresIn: config.jwt.accessTtlSeconds,
      user: toMe(session.user),
    };
  }

  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.login, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        description: 'Returns a 15-minute access token and sets the refresh token as an HttpOnly cookie.',
        security: [],
        body: LoginBody,
        response: { 200: TokenResponse, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => startSession(reply, await login(app.ctx, request.body.email, request.body.password)),
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
        return startSession(reply, await refresh(app.ctx, request.cookies[REFRESH_COOKIE], actorOf(request)));
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
    { schema: { tags: ['auth'], summary: 'The signed-in account: role and vendor', response: { 200: MeSchema, ...problemResponses(401) } } },
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
        params: InvitationParams,
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
        params: InvitationParams,
        body: AcceptInvitationBody,
        response: { 200: MeSchema, ...problemResponses(400, 410, 429) },
      },
    },
    async (request) => acceptInvitation(app.ctx, request.params.token, request.body, actorOf(request)),
  );
};
