import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TokenResponse } from '@cep/shared';
import { type SignedIn, type SignInClient, toMe, toPrincipal } from './accounts.service.ts';

export const REFRESH_COOKIE = 'cep_refresh';
export const COOKIE_PATH = '/api/v1/auth';

/** Where a sign-in comes from, for the sessions list. */
export const clientOf = (request: FastifyRequest): SignInClient => ({ ip: request.ip, userAgent: request.headers['user-agent'] ?? null });

/**
 * Hands a finished sign-in to the client: the refresh token only in an HttpOnly, SameSite=Strict
 * cookie scoped to /api/v1/auth, the access token in the body.
 */
export function startSession(app: FastifyInstance, reply: FastifyReply, session: SignedIn): TokenResponse {
  const { config } = app.ctx;
  void reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.cookieSecure,
    path: COOKIE_PATH,
    maxAge: config.refreshTtlDays * 24 * 60 * 60,
  });
  return {
    accessToken: app.signAccessToken(toPrincipal(session.user)),
    tokenType: 'Bearer',
    expiresIn: config.jwt.accessTtlSeconds,
    user: toMe(session.user, session.secondFactor),
  };
}
