import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CheckpointCalendar, IdParams } from '@cep/shared';
import { principalOf } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { checkpointCalendar } from './checkpoints.service.ts';

export const checkpointsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/vendors/:id/checkpoints',
    {
      schema: {
        tags: ['checkpoints'],
        summary: 'The checkpoint calendar: periods, due dates and status',
        description: 'Periods are YYYY-H1 / YYYY-H2, from the one in which the pledge became active; data is due 30 days after a period ends.',
        params: IdParams,
        response: { 200: CheckpointCalendar, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => checkpointCalendar(app.ctx, principalOf(request), request.params.id),
  );
};
