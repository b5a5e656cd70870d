import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ListOutboxQuery, OutboxList, Role } from '@cep/shared';
import { problemResponses } from '../../plugins/openapi.ts';
import { listOutbox } from './mail.service.ts';

export const mailRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/outbox',
    {
      config: { roles: [Role.Admin] },
      schema: {
        tags: ['mail'],
        summary: 'Read the e-mail outbox',
        description: 'Every message the registry sent or holds. Without SMTP_URL, messages stay `held` here.',
        querystring: ListOutboxQuery,
        response: { 200: OutboxList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => listOutbox(app.ctx, request.query),
  );
};
