import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ErrorCode, Role } from '@cep/shared';
import type { Config } from '../config.ts';
import { AppError, notFound } from './errors.ts';

/** Who is calling, from a verified access token. */
export interface Principal {
  userId: string;
  email: string;
  role: Role;
  vendorId: string | null;
}

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
    /** The route honours `Idempotency-Key` (see plugins/idempotency.ts). */
    idempotent?: boolean;
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
  async (app: FastifyInstance, opts: { config: Config }) => {
    const { secret, issuer, audience, accessTtlSeconds } = opts.config.jwt;
    await app.register(fastifyJwt, {
      secret,
      sign: { algorithm: 'HS256', iss: issuer, aud: audience, expiresIn: `${accessTtlSeconds}s` },
      // fast-jwt checks iss/aud/exp only when the token carries them: require them, or a token
      // without them would pass (and one without `exp` would never expire).
      verify: { algorithms: ['HS256'], allowedIss: issuer, allowedAud: audience, requiredClaims: ['iss', 'aud', 'exp', 'iat', 'sub'] },
    });
    app.decorateRequest('principal', null);

    app.decorate('signAccessToken', (principal: Principal) =>
      app.jwt.sign({ sub: principal.userId, email: principal.email, role: principal.role, vid: principal.vendorId }),
    );

    // Callback style, not async, and the only hook every request runs (the badge's included): it
    // also echoes the request id, so the hot path pays for one hook, not two.
    app.addHook('onRequest', (request, reply, done) => {
      void reply.header('x-request-id', request.id);
      const header = request.headers.authorization;
      if (header?.startsWith('Bearer ')) {
        try {
          const claims = app.jwt.verify<AccessClaims>(header.slice(7).trim());
          request.principal = { userId: claims.sub, email: claims.email, role: claims.role, vendorId: claims.vid };
        } catch {
          // A bad token on a public route is simply anonymous; elsewhere it is a 401 below.
          request.principal = null;
        }
      }
      // Unknown URLs have no route config: let the 404 handler answer. CORS preflights never carry
      // credentials (the CORS plugin answers them).
      if (!request.routeOptions.url || request.method === 'OPTIONS') return done();
      const { public: isPublic, roles } = request.routeOptions.config;
      if (isPublic) return done();
      if (!request.principal) {
        return done(
          new AppError(ErrorCode.Unauthenticated, header ? 'The access token is invalid or expired' : 'Send an access token: Authorization: Bearer <token>', undefined, {
            'www-authenticate': 'Bearer',
          }),
        );
      }
      if (roles && !roles.includes(request.principal.role)) return done(new AppError(ErrorCode.Forbidden, 'Your role may not do this'));
      done();
    });
  },
  { name: 'auth', dependencies: ['errors'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    signAccessToken(principal: Principal): string;
  }
}
