import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AnswerBody, AskBody, ComplaintSchema, IdParams, QuestionLookupBody, QuestionView, Role, VendorMessageBody } from '@cep/shared';
import { principalOf } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { actorOf } from '../audit/index.ts';
import { answerQuestion, askForDetails, lookUpQuestion, vendorMessage } from './conversation.service.ts';

/** A complaint's conversation over HTTP: the admin's questions, the vendor's messages, the complainant's answers. */
export const conversationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { config } = app.ctx;

  app.post(
    '/complaints/:id/questions',
    {
      config: { roles: [Role.Admin], idempotent: true },
      schema: {
        tags: ['complaints'],
        summary: 'Ask the complainant or the vendor for details (admin)',
        description:
          'The complainant is e-mailed a link to answer (it works once; the answer comes to the registry only); the vendor’s owner is e-mailed and answers on the complaint’s page. The complainant may be asked while the complaint is open, the vendor once it was forwarded (409 otherwise). Honours `Idempotency-Key`.',
        params: IdParams,
        body: AskBody,
        response: { 200: ComplaintSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => askForDetails(app.ctx, principalOf(request), request.params.id, request.body, actorOf(request)),
  );

  app.post(
    '/complaints/:id/messages',
    {
      config: { roles: [Role.VendorOwner, Role.VendorMember], idempotent: true },
      schema: {
        tags: ['complaints'],
        summary: 'Write about a complaint forwarded to your vendor',
        description:
          '`to: registry` answers the registry’s questions (while the complaint is open); `to: complainant` adds to your response, by e-mail and on the customer’s outcome page, after you responded and until your response deadline (409 otherwise). Honours `Idempotency-Key`.',
        params: IdParams,
        body: VendorMessageBody,
        response: { 200: ComplaintSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => vendorMessage(app.ctx, principalOf(request), request.params.id, request.body, actorOf(request)),
  );

  app.post(
    '/complaints/questions/view',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.publicForms, timeWindow: '1 minute' } },
      schema: {
        tags: ['complaints'],
        summary: 'Read the registry’s question with the link’s token (public)',
        description: 'Does not spend the link. 410 once it was answered or when it is unknown.',
        security: [],
        body: QuestionLookupBody,
        response: { 200: QuestionView, ...problemResponses(400, 410, 429) },
      },
    },
    async (request) => lookUpQuestion(app.ctx, request.body.token),
  );

  app.post(
    '/complaints/questions/answer',
    {
      config: { public: true, rateLimit: { max: config.rateLimits.publicForms, timeWindow: '1 minute' } },
      schema: {
        tags: ['complaints'],
        summary: 'Answer the registry’s question about your complaint (public, the link’s token)',
        description: 'The answer goes to the registry, not to the vendor. The link works once.',
        security: [],
        body: AnswerBody,
        response: { 200: Type.Object({ reference: Type.String() }), ...problemResponses(400, 409, 410, 429) },
      },
    },
    async (request) => answerQuestion(app.ctx, request.body),
  );
};
