import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HealthSchema, ReadinessSchema } from '@cep/shared';

/** Liveness says the process answers; readiness says it can reach PostgreSQL. */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
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
      try {
        await app.ctx.db.query('SELECT 1');
        return { status: 'ready' as const, database: 'up' as const };
      } catch {
        return reply.code(503).header('retry-after', '5').send({ status: 'unavailable' as const, database: 'down' as const });
      }
    },
  );
};
