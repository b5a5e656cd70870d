import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { ErrorCode, type PublicPageData } from '@cep/shared';
import type { Config } from './config.ts';
import { type AppContext, type Clock, systemClock } from './context.ts';
import { homeRoutes } from './modules/home/index.ts';
import { accountsRoutes, createPersonFinder, createSignInGuard, teamRoutes, twoFactorRoutes } from './modules/accounts/index.ts';
import { applicationsRoutes, registerApplicationNotices } from './modules/applications/index.ts';
import { createEventBus } from './modules/events/index.ts';
import { healthRoutes } from './modules/health/index.ts';
import { apiKeysRoutes, createKeyAuthenticator, feedsRoutes, registerWebhookDelivery, registerWebhookFanout, webhooksRoutes } from './modules/integrations/index.ts';
import { mailRoutes, registerMailDelivery } from './modules/mail/index.ts';
import { guardConnectionErrors } from './db/data-source.ts';
import { registerHousekeeping } from './db/housekeeping.ts';
import { listCategories, vendorsRoutes } from './modules/vendors/index.ts';
import { pledgeSummaries, pledgesRoutes, registerPledgeJobs, registerPledgeNotices } from './modules/pledges/index.ts';
import { checkpointsRoutes, registerCheckpointNotices, registerProgramFiguresJob } from './modules/checkpoints/index.ts';
import { complaintsRoutes, conversationRoutes, registerComplaintJobs, registerComplaintNotices } from './modules/complaints/index.ts';
import { badgesRoutes, badgeStatsRoutes, createBadgeCache, createBadgeServing, createBadgeViews, directoryRoutes, findVerification, listDirectory } from './modules/badges/index.ts';
import { createStatusLists, credentialApiRoutes, credentialPublicRoutes, type Issuer, loadIssuer, registerCredentialJobs } from './modules/credentials/index.ts';
import { authPlugin } from './plugins/auth.ts';
import { AppError, errorsPlugin, sendProblem, toAppError } from './plugins/errors.ts';
import { idempotencyPlugin } from './plugins/idempotency.ts';
import { createJobQueue } from './plugins/jobs.ts';
import { openApiDocsRoutes, openApiPlugin } from './plugins/openapi.ts';
import { registerMetrics } from './plugins/metrics.ts';
import { createRequestCounts } from './plugins/request-counts.ts';
import { createRateCounter, rateLimitStore } from './plugins/rate-counter.ts';
import { responseCheckPlugin } from './plugins/response-check.ts';
import { rateLimitPlugin, securityPlugin } from './plugins/security.ts';
import { validatorCompiler } from './plugins/validation.ts';
import { webPlugin } from './plugins/web.ts';

export interface BuildAppOptions {
  config: Config;
  /** An initialised DataSource; the caller owns its lifetime. */
  db: DataSource;
  /** The same database, for the badge cache's LISTEN connection (outside the pool). */
  databaseUrl: string;
  clock?: Clock;
  /** Serve the built web app (server.ts does; API tests need not). */
  serveWeb?: boolean;
  /** Where log lines go (default stdout); tests read them to prove secrets are redacted. */
  logStream?: NodeJS.WritableStream;
  /**
   * Only describe the API (scripts/openapi.ts prints its contract): the routes are built, nothing
   * starts — no database connection, no listener, no jobs.
   */
  describeOnly?: boolean;
}

/**
 * Never log secrets: tokens, cookies and passwords are replaced before a line is written, and so
 * are the parameters of a failed SQL statement (they can hold a complainant's e-mail address).
 */
const REDACT = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.refreshToken', '*.accessToken', '*.token', 'err.parameters', '*.parameters'];

/** One-time links carry their token in the path (invitations, complaint confirmations and outcomes): log the path without it. */
const TOKEN_IN_PATH = /(\/(?:invitations|complaints\/confirm|complaints\/outcome)\/)[A-Za-z0-9_-]{16,}/g;
export const maskTokens = (url: string): string => url.replace(TOKEN_IN_PATH, '$1[redacted]');

/**
 * The hot public routes — the badge and the credential status lists — write no line per request
 * (they are counted in `/metrics` instead): at the rate the world views badges, two info lines a
 * view would be most of the work and most of the log. Warnings and errors are still written.
 */
const QUIET_PREFIXES = ['/badge/', '/credentials/status/'];
const isQuiet = (url: string | undefined): boolean => url !== undefined && QUIET_PREFIXES.some((prefix) => url.startsWith(prefix));

function requestIds(): () => string {
  const prefix = randomUUID().slice(0, 8);
  let n = 0;
  return () => `${prefix}-${(++n).toString(36)}`;
}

/** The whole product as a Fastify instance; only server.ts listens. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  // Filled in once the badge cache exists (below); the server is created before it.
  const front: { door?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean } = {};
  const drain = { active: false, closeIdle: () => undefined as void };
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: {
        req: (req: FastifyRequest) => ({ method: req.method, url: maskTokens(req.url), host: req.host, remoteAddress: req.ip, remotePort: req.socket?.remotePort }),
      },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    // Unique across instances and restarts (a random prefix per process) and cheaper than a UUID
    // per request, which the badge's throughput notices.
    genReqId: requestIds(),
    disableRequestLogging: (request) => isQuiet(request.url),
    // Every request gets a child logger bound to its id — except the hot routes': creating a child
    // per request was a tenth of the badge's cost.
    childLoggerFactory: (logger, bindings, childOptions, rawRequest) => (isQuiet(rawRequest.url) ? logger : logger.child(bindings, childOptions)),
    // The badge's cache hits are answered before Fastify routes them (badge-front-door.ts).
    serverFactory: (handler) => {
      const server = http.createServer((req, res) => {
        // Draining: answer, then close the connection, so the client's next request opens a new one elsewhere.
        if (drain.active) res.shouldKeepAlive = false;
        if (!front.door?.(req, res)) handler(req, res);
      });
      server.keepAliveTimeout = 72_000; // what Fastify sets on a server it creates itself
      // Node closes idle keep-alive connections the moment the server closes, racing a client that
      // is sending on one (it sees a reset). They are closed by the drain instead (preClose below).
      drain.closeIdle = server.closeIdleConnections.bind(server);
      server.closeIdleConnections = () => undefined;
      return server;
    },
    forceCloseConnections: false,
    requestIdHeader: 'x-request-id',
    // A path Fastify cannot decode (`/vendors/%ZZ`) or an over-long parameter fails before any hook:
    // answer it as problem+json like every other error.
    frameworkErrors: (error, _request, reply) => sendProblem(reply, toAppError(error)),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // While it closes, an instance still answers the requests that reach it on open connections
    // (/readyz already says it is going): no request is refused mid-drain.
    return503OnClosing: false,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);

  const clock = options.clock ?? systemClock;
  const ctx: AppContext = { db, config, clock, jobs: createJobQueue(db, clock, app.log as FastifyBaseLogger, config.jobs.pollMs), events: createEventBus(clock) };
  guardConnectionErrors(db, (error) => app.log.warn({ err: error }, 'a database connection failed while in use'));
  app.decorate('ctx', ctx);

  // Shutdown, first step: /readyz answers 503 (health routes) and every answer closes its
  // connection; the listener stays open for the grace so a proxy can stop routing here. Then the
  // server closes: idle connections after as long again (a busy client has sent its next request
  // by then, and is answered with the close), any left after 10 s by force.
  app.addHook('preClose', async () => {
    drain.active = true;
    await new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs));
    setTimeout(() => drain.closeIdle(), config.shutdownGraceMs).unref();
    setTimeout(() => app.server.closeAllConnections(), 10_000).unref();
  });

  await app.register(errorsPlugin);
  if (config.env === 'test') await app.register(responseCheckPlugin);
  // Limits are counted where every instance sees them: PostgreSQL, or Redis with REDIS_URL.
  const rateCounter = createRateCounter({ redisUrl: config.redisUrl, db, clock });
  app.addHook('onClose', async () => rateCounter.close());
  await app.register(rateLimitPlugin, { store: rateLimitStore(rateCounter) });
  await app.register(authPlugin, { config, rateCounter, authenticateKey: createKeyAuthenticator(ctx), findPerson: createPersonFinder(ctx) });
  await app.register(openApiPlugin, { publicUrl: config.publicUrl });

  // The badge is the hot path the whole world hits: it lives outside the site's scope, so none of
  // the site's per-request work (security headers, CORS negotiation, idempotency) runs for it.
  // Membership credentials: the issuer's keys load from the database or configuration when the
  // app starts; the status lists follow the badge cache's change feed.
  const credentials: { issuer?: Issuer } = {};
  const issuer = (): Issuer => {
    if (!credentials.issuer) throw new AppError(ErrorCode.DatabaseUnavailable, 'The credential issuer is starting; try again shortly');
    return credentials.issuer;
  };
  const statusLists = createStatusLists(ctx, () => credentials.issuer, app.log as FastifyBaseLogger);
  const badgeCache = createBadgeCache(ctx, options.databaseUrl, app.log as FastifyBaseLogger, (vendorIds) => statusLists.refresh(vendorIds));
  const badgeViews = createBadgeViews(ctx, app.log as FastifyBaseLogger);
  const requestCounts = createRequestCounts();
  const badgeServing = createBadgeServing({
    cache: badgeCache,
    views: badgeViews,
    counts: requestCounts,
    perMinute: config.rateLimits.badge,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
  });
  front.door = badgeServing.frontDoor;
  // Before any route, so each one's durations are recorded.
  const metrics = await registerMetrics(app, { db, badgeCache: () => badgeCache.stats(), warn: (error, what) => app.log.warn({ err: error }, what) });
  if (!options.describeOnly) {
    app.addHook('onReady', async () => {
      credentials.issuer = await loadIssuer(db, config.publicUrl, config.credentials);
      await badgeCache.start();
      badgeViews.start();
    });
    app.addHook('onClose', async () => {
      await badgeCache.stop();
      await badgeViews.stop();
    });
  }
  await app.register(badgesRoutes, { cache: badgeCache, serving: badgeServing, counts: requestCounts });
  await app.register(credentialPublicRoutes, { issuer, lists: statusLists, counts: requestCounts });

  // The site: the API under /api/v1, operations endpoints, and the web app.
  await app.register(async (site) => {
    await site.register(securityPlugin, { config });
    await site.register(idempotencyPlugin, { db });
    await site.register(healthRoutes, { counts: requestCounts, metrics });
    await site.register(openApiDocsRoutes);
    await site.register(
      async (api) => {
        const signInGuard = createSignInGuard(rateCounter, config.rateLimits.failedSignIns);
        await api.register(accountsRoutes, { signInGuard });
        await api.register(twoFactorRoutes, { signInGuard });
        await api.register(teamRoutes);
        await api.register(applicationsRoutes);
        await api.register(vendorsRoutes, { pledgeSummaries });
        await api.register(directoryRoutes);
        await api.register(pledgesRoutes);
        await api.register(checkpointsRoutes);
        await api.register(complaintsRoutes);
        await api.register(conversationRoutes);
        await api.register(badgeStatsRoutes, { views: badgeViews });
        await api.register(credentialApiRoutes, { issuer, lists: statusLists });
        await api.register(mailRoutes);
        await api.register(apiKeysRoutes);
        await api.register(webhooksRoutes);
        await api.register(feedsRoutes, { cache: badgeCache });
        await api.register(homeRoutes);
      },
      { prefix: '/api/v1' },
    );
    if (options.serveWeb) {
      // Public pages are rendered from the data their API routes answer with.
      const pages: PublicPageData = {
        verification: async (slug) => (await findVerification(ctx, slug)) ?? undefined,
        directory: (query) => listDirectory(ctx, query),
        categories: () => listCategories(ctx),
      };
      await site.register(webPlugin, { webDist: config.webDist, ssrEntry: config.webSsrEntry, publicUrl: config.publicUrl, pages });
    }
  });

  // Who is told what happened: each module's e-mail notices subscribe to the domain events.
  registerPledgeNotices(ctx);
  registerCheckpointNotices(ctx);
  registerComplaintNotices(ctx);
  registerApplicationNotices(ctx);
  // …and the webhooks, which deliver them to integrators' endpoints through the job queue.
  registerWebhookFanout(ctx);

  // Background work, run through the shared queue so each job runs once across instances.
  registerMailDelivery(ctx);
  registerHousekeeping(ctx);
  registerPledgeJobs(ctx);
  registerProgramFiguresJob(ctx);
  registerComplaintJobs(ctx);
  registerCredentialJobs(ctx, issuer);
  registerWebhookDelivery(ctx);
  if (config.jobs.enabled && !options.describeOnly) {
    app.addHook('onReady', async () => ctx.jobs.start());
  }
  app.addHook('onClose', async () => ctx.jobs.stop());

  return app;
}
