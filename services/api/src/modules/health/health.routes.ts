import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { HealthSchema, ReadinessSchema } from '@cep/shared';
import type { RequestCounts } from '../../plugins/request-counts.ts';

/** Liveness says the process answers; readiness says it can reach PostgreSQL; metrics count the hot routes. */
export const healthRoutes: FastifyPluginAsyncTypebox<{ counts: RequestCounts }> = async (app, { counts }) => {
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
        summary: 'Prometheus counters of this process: answers of the badge and credential-status routes by status',
        security: [],
        response: { 200: { description: 'Prometheus text format 0.0.4', content: { 'text/plain': { schema: Type.String() } } } },
      },
    },
    async (_request, reply) => reply.type('text/plain; version=0.0.4; charset=utf-8').header('cache-control', 'no-store').send(counts.exposition()),
  );
};
