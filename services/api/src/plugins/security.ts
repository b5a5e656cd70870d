import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ErrorCode } from '@cep/shared';
import type { Config } from '../config.ts';
import { AppError } from './errors.ts';

/** Security headers, CORS for the web app's origins, and cookies: for the site and the API, not the badge. */
export const securityPlugin = fp(
  async (app: FastifyInstance, opts: { config: Config }) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Swagger UI at /docs uses inline styles and loads its own bundle from the same origin.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          // Only ask browsers to upgrade to https when we are served over https.
          upgradeInsecureRequests: opts.config.publicUrl.startsWith('https://') ? [] : null,
        },
      },
    });
    await app.register(cors, {
      origin: opts.config.webOrigins,
      credentials: true,
      exposedHeaders: ['etag', 'retry-after', 'idempotent-replayed'],
      // A bare OPTIONS (no Origin) gets 204 rather than the plugin's text/plain 400: every error
      // we send is problem+json, and a browser's preflight always carries Origin anyway.
      strictPreflight: false,
    });
    await app.register(cookie);
  },
  { name: 'security', dependencies: ['errors'] },
);

/**
 * Rate limits, declared per route (`config: { rateLimit }`) and counted in the shared store;
 * 429 problem+json with Retry-After.
 */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance, opts: { store: FastifyRateLimitStoreCtor }) => {
    await app.register(rateLimit, {
      global: false,
      store: opts.store,
      errorResponseBuilder: (_request, context) =>
        new AppError(ErrorCode.RateLimited, `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} s`, undefined, {
          'retry-after': String(Math.ceil(context.ttl / 1000)),
        }),
    });
  },
  { name: 'rate-limit', dependencies: ['errors'] },
);
