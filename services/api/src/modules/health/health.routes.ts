import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ErrorCode, HealthSchema, ReadinessSchema } from '@cep/shared';
import { AppError } from '../../plugins/errors.ts';
import type { MetricsRegistry } from '../../plugins/metrics.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import type { RequestCounts } from '../../plugins/request-counts.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Liveness says the process answers; readiness says it can reach PostgreSQL; metrics are for the operator's Prometheus. */
export const healthRoutes: FastifyPluginAsyncTypebox<{ counts: RequestCounts; metrics: MetricsRegistry }> = async (app, { counts, metrics }) => {
  const { token, open } = app.ctx.config.metrics;
  const expected = token === undefined ? null : digest(`Bearer ${token}`);
  // From the moment the instance starts closing it is not ready: whatever routes to it should stop.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });

  app.get(
    '/healthz',
    { config: { public: true }, logLevel: 'warn', schema: { tags: ['operations'], summary: 'Liveness', security: [], response: { 200: HealthSchema } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { public: true },
      logLevel: 'warn',
      schema: { tags: ['operations'], summary: 'Readiness: is the database reachable?', security: [], response: { 200: ReadinessSchema, 503: ReadinessSchema } },
    },
    async (_request, reply) => {
      if (closing) return reply.code(503).header('retry-after', '5').send({ status: 'unavailable' as const, database: 'up' as const });
      try {
        await app.ctx.db.query('SELECT 1');
        return { status: 'ready' as const, database: 'up' as const };
      } catch {
        return reply.code(503).header('retry-after', '5').send({ status: 'unavailable' as const, database: 'down' as const });
      }
    },
  );

  app.get(
    '/metrics',
    {
      config: { public: true },
      logLevel: 'warn',
      schema: {
        tags: ['operations'],
        summary: 'Prometheus metrics of this process: request durations by route, the job queue, the outbox, the badge cache, the database pool',
        description:
          'With METRICS_TOKEN set, send `Authorization: Bearer <token>`; without it the endpoint is open outside production and off (404) in production. README "Monitoring" lists the metrics and what to alert on.',
        security: [],
        response: { 200: { description: 'Prometheus text format 0.0.4', content: { 'text/plain': { schema: Type.String() } } }, ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      if (expected) {
        // Hashed first so the comparison takes the same time whatever was sent.
        if (!timingSafeEqual(digest(request.headers.authorization ?? ''), expected)) throw new AppError(ErrorCode.Unauthenticated, 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>');
      } else if (!open) {
        throw new AppError(ErrorCode.NotFound, 'Metrics are off in production until METRICS_TOKEN is set');
      }
      const text = `${await metrics.metrics()}\n${counts.exposition()}`;
      return reply.type('text/plain; version=0.0.4; charset=utf-8').header('cache-control', 'no-store').send(text);
    },
  );
};
