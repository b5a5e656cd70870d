import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  ApiScope,
  CreateWebhookBody,
  DeliveryListQuery,
  RedeliverBody,
  RedeliverResult,
  Role,
  UpdateWebhookBody,
  WebhookDeliveryList,
  WebhookList,
  WebhookParams,
  WebhookSchema,
  WebhookWithSecretSchema,
} from '@cep/shared';
import { principalOf } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { etagOf } from '../../plugins/preconditions.ts';
import { actorOf } from '../audit/index.ts';
import { createWebhook, deleteWebhook, getWebhook, listDeliveries, listWebhooks, redeliver, rotateSecret, sendTestEvent, updateWebhook } from './webhooks.service.ts';

const IfMatchHeaders = Type.Object({ 'if-match': Type.Optional(Type.String({ maxLength: 100, description: 'The ETag from GET /webhooks/{id}' })) });
const SIGNING =
  'Each delivery is a POST of the event as JSON, signed by the Standard Webhooks scheme: `webhook-id` (the event id: deduplicate by it), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,<base64 HMAC-SHA256 of id.timestamp.body>`; two signatures for 24 h after a secret rotation). Any 2xx within 10 s is success; otherwise it is retried for about three days. At most 10 endpoints per vendor, and for the program (409 beyond).';

/**
 * Webhook endpoints. A vendor's owner (or a vendor key with `webhooks:manage`) manages the vendor's
 * endpoints, which receive its own events; the admin (or a program key) manages program-wide ones,
 * which receive every vendor's.
 */
export const webhooksRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const config = { roles: [Role.Admin, Role.VendorOwner], scopes: [ApiScope.WebhooksManage] };
  const tags = ['integrations'];

  app.get('/webhooks', { config, schema: { tags, summary: 'Your webhook endpoints (a vendor’s, or the program’s for the admin)', response: { 200: WebhookList, ...problemResponses(401, 403) } } }, async (request) =>
    listWebhooks(app.ctx, principalOf(request)),
  );

  app.post(
    '/webhooks',
    {
      config: { ...config, idempotent: true },
      schema: { tags, summary: 'Register an endpoint; the answer carries its signing secret', description: SIGNING, body: CreateWebhookBody, response: { 201: WebhookWithSecretSchema, ...problemResponses(400, 401, 403, 409) } },
    },
    async (request, reply) => reply.code(201).send(await createWebhook(app.ctx, principalOf(request), request.body, actorOf(request))),
  );

  app.get(
    '/webhooks/:id',
    { config, schema: { tags, summary: 'One endpoint; the ETag header carries its version', params: WebhookParams, response: { 200: WebhookSchema, ...problemResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      const endpoint = await getWebhook(app.ctx, principalOf(request), request.params.id);
      return reply.header('etag', etagOf(endpoint.version)).send(endpoint);
    },
  );

  app.patch(
    '/webhooks/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Change an endpoint’s URL, event types or description; pause or re-enable it (If-Match)',
        params: WebhookParams,
        headers: IfMatchHeaders,
        body: UpdateWebhookBody,
        response: { 200: WebhookSchema, ...problemResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const endpoint = await updateWebhook(app.ctx, principalOf(request), request.params.id, request.headers['if-match'], request.body, actorOf(request));
      return reply.header('etag', etagOf(endpoint.version)).send(endpoint);
    },
  );

  app.delete(
    '/webhooks/:id',
    { config, schema: { tags, summary: 'Delete an endpoint with its delivery log', params: WebhookParams, response: { 204: Type.Null(), ...problemResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      await deleteWebhook(app.ctx, principalOf(request), request.params.id, actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/webhooks/:id/rotate-secret',
    {
      config,
      schema: { tags, summary: 'A new signing secret; the old one also signs for 24 hours', params: WebhookParams, response: { 200: WebhookWithSecretSchema, ...problemResponses(400, 401, 403, 404) } },
    },
    async (request) => rotateSecret(app.ctx, principalOf(request), request.params.id, actorOf(request)),
  );

  app.post(
    '/webhooks/:id/test',
    {
      config,
      schema: {
        tags,
        summary: 'Send a test event (`webhook.test`) to this endpoint; it appears in the delivery log',
        params: WebhookParams,
        response: { 202: Type.Object({ deliveryId: Type.String({ format: 'uuid' }) }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(202).send(await sendTestEvent(app.ctx, principalOf(request), request.params.id)),
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      config,
      schema: {
        tags,
        summary: 'The delivery log: each message with its attempts, status codes, latencies and next attempt',
        params: WebhookParams,
        querystring: DeliveryListQuery,
        response: { 200: WebhookDeliveryList, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => listDeliveries(app.ctx, principalOf(request), request.params.id, request.query),
  );

  app.post(
    '/webhooks/:id/redeliver',
    {
      config,
      schema: {
        tags,
        summary: 'Send one event again (`eventId`), or every subscribed event since a time (`since`, at most 1,000)',
        description: 'Redelivered messages keep their `webhook-id`, so a receiver that already has one can skip it.',
        params: WebhookParams,
        body: RedeliverBody,
        response: { 202: RedeliverResult, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(202).send(await redeliver(app.ctx, principalOf(request), request.params.id, request.body)),
  );
};
