import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { API_KEY_HEADER, type ApiScope, ErrorCode, Role } from '@cep/shared';
import type { Config } from '../config.ts';
import { AppError, notFound } from './errors.ts';
import { createKeyLimiter } from './key-limit.ts';
import type { RateCounter } from './rate-counter.ts';

/** The key a machine called with. */
export interface KeyIdentity {
  id: string;
  prefix: string;
  scopes: readonly ApiScope[];
}

/**
 * Who is calling: a person from a verified access token, or a machine from an API key. A key acts
 * as the person who created it (the audit log names both) with the role of its kind — a member of
 * its vendor, or a read-only admin for a program key — and only within its scopes.
 */
export interface Principal {
  userId: string;
  email: string;
  role: Role;
  vendorId: string | null;
  apiKey: KeyIdentity | null;
}

/**
 * The signed-in person as they are now, or null when they were removed from their team: a role or
 * a team can change while an access token lives (15 minutes), and that change counts at once.
 */
export type PersonFinder = (userId: string) => Promise<(Pick<Principal, 'email' | 'role' | 'vendorId'> & { secondFactor: boolean }) | null>;

/** Looks up a presented API key; throws 401 for an unknown, revoked or expired one. */
export type KeyAuthenticator = (key: string, ip: string) => Promise<Principal>;

interface AccessClaims {
  sub: string;
  email: string;
  role: Role;
  vid: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Anyone may call: no credentials needed (a valid token is still read). */
    public?: boolean;
    /** Only these roles may call; others get 403. */
    roles?: Role[];
    /** API keys with one of these scopes may call (in place of `roles`); without it no key may. */
    scopes?: ApiScope[];
    /** The route honours `Idempotency-Key` (see plugins/idempotency.ts). */
    idempotent?: boolean;
    /** An admin without a second factor may call it (reading the account, setting one up). */
    beforeTwoFactor?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims;
    user: AccessClaims;
  }
}

export const ALL_ROLES: Role[] = [Role.Admin, Role.VendorOwner, Role.VendorMember];
export const VENDOR_ROLES: Role[] = [Role.VendorOwner, Role.VendorMember];

/** The caller, on a route that is not public (the onRequest hook has already refused anonymous calls). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError(ErrorCode.Unauthenticated);
  return request.principal;
}

/**
 * The one gate for vendor-scoped resources: the admin sees every vendor, a vendor's people see
 * only their own, and anything else answers 404 — never 403, which would confirm it exists.
 */
export function assertVendorAccess(principal: Principal, vendorId: string, what = 'Vendor'): void {
  if (principal.role === Role.Admin) return;
  if (principal.vendorId !== vendorId) throw notFound(what);
}

/** Access tokens: HS256 only, issuer and audience pinned on signing and checked on verifying. */
export const authPlugin = fp(
  async (app: FastifyInstance, opts: { config: Config; rateCounter: RateCounter; authenticateKey: KeyAuthenticator; findPerson: PersonFinder }) => {
    const { secret, issuer, audience, accessTtlSeconds } = opts.config.jwt;
    await app.register(fastifyJwt, {
      secret,
      sign: { algorithm: 'HS256', iss: issuer, aud: audience, expiresIn: `${accessTtlSeconds}s` },
      // fast-jwt checks iss/aud/exp only when the token carries them: require them, or a token
      // without them would pass (and one without `exp` would never expire).
      verify: { algorithms: ['HS256'], allowedIss: issuer, allowedAud: audience, requiredClaims: ['iss', 'aud', 'exp', 'iat', 'sub'] },
    });
    app.decorateRequest('principal', null);

    const keyLimiter = createKeyLimiter(opts.config.rateLimits.apiKey, opts.rateCounter);

    app.decorate('signAccessToken', (principal: Principal) =>
      app.jwt.sign({ sub: principal.userId, email: principal.email, role: principal.role, vid: principal.vendorId }),
    );

    /** What a route demands of a person, once known. */
    function admitPerson(request: FastifyRequest): AppError | undefined {
      const { roles } = request.routeOptions.config;
      const principal = request.principal;
      if (principal && roles && !roles.includes(principal.role)) return new AppError(ErrorCode.Forbidden, 'Your role may not do this');
      return undefined;
    }

    /** An API key's quota (shared by every instance), then what the route demands of it. */
    async function admitKey(request: FastifyRequest, reply: FastifyReply, apiKey: NonNullable<Principal['apiKey']>): Promise<AppError | undefined> {
      const limit = await keyLimiter.hit(apiKey.id);
      void reply.header('ratelimit-policy', limit.policy).header('ratelimit', limit.state);
      if (limit.retryAfterSeconds !== null) {
        return new AppError(ErrorCode.RateLimited, `This API key made more than ${opts.config.rateLimits.apiKey} requests in a minute; try again in ${limit.retryAfterSeconds} s`, undefined, {
          'retry-after': String(limit.retryAfterSeconds),
        });
      }
      const { scopes, public: isPublic } = request.routeOptions.config;
      if (isPublic) return undefined;
      if (!scopes) return new AppError(ErrorCode.Forbidden, 'API keys cannot call this route; it is for people signed in to the registry');
      if (!scopes.some((scope) => apiKey.scopes.includes(scope))) {
        return new AppError(ErrorCode.Forbidden, `This API key lacks the scope ${scopes.join(' or ')}`, [{ field: 'scope', message: `needs ${scopes.join(' or ')}` }]);
      }
      return undefined;
    }

    // Callback style, not async, and the only hook every request runs (the badge's included): it
    // also echoes the request id, so the hot path pays for one hook, not two. Public routes never
    // wait for the database here; a person's request reads their current role and team (one
    // primary-key lookup), so a removed member or a former owner loses their rights at once.
    app.addHook('onRequest', (request, reply, done) => {
      void reply.header('x-request-id', request.id);
      const header = request.headers.authorization;
      if (header?.startsWith('Bearer ')) {
        try {
          const claims = app.jwt.verify<AccessClaims>(header.slice(7).trim());
          request.principal = { userId: claims.sub, email: claims.email, role: claims.role, vendorId: claims.vid, apiKey: null };
        } catch {
          // A bad token on a public route is simply anonymous; elsewhere it is a 401 below.
          request.principal = null;
        }
      }
      // Unknown URLs have no route config: let the 404 handler answer. CORS preflights never carry
      // credentials (the CORS plugin answers them).
      if (!request.routeOptions.url || request.method === 'OPTIONS') return done();
      const key = request.headers[API_KEY_HEADER];
      if (typeof key === 'string' && !request.principal) {
        opts
          .authenticateKey(key.trim(), request.ip)
          .then((principal) => {
            request.principal = principal;
            return principal.apiKey ? admitKey(request, reply, principal.apiKey) : undefined;
          })
          .then(
            (refusal) => done(refusal),
            (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
          );
        return;
      }
      if (request.routeOptions.config.public) return done();
      if (!request.principal) {
        return done(
          new AppError(ErrorCode.Unauthenticated, header ? 'The access token is invalid or expired' : 'Send an access token (Authorization: Bearer <token>) or an API key (X-API-Key: cep_…)', undefined, {
            'www-authenticate': 'Bearer',
          }),
        );
      }
      const token = request.principal;
      opts.findPerson(token.userId).then(
        (person) => {
          if (!person) {
            return done(new AppError(ErrorCode.Unauthenticated, 'This account was removed from its team; sign in again', undefined, { 'www-authenticate': 'Bearer' }));
          }
          const { secondFactor, ...current } = person;
          request.principal = { ...token, ...current };
          if (current.role === Role.Admin && !secondFactor && !request.routeOptions.config.beforeTwoFactor) {
            return done(new AppError(ErrorCode.TwoFactorRequired, 'An admin account signs in with two steps: set up an authenticator app or a passkey first (Account → Two-step sign-in)'));
          }
          done(admitPerson(request));
        },
        (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
      );
    });
  },
  { name: 'auth', dependencies: ['errors'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    signAccessToken(principal: Principal): string;
  }
}
