import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiKeyList, ApiKeyParams, ApiKeySchema, CreateApiKeyBody, CreatedApiKeySchema, IdParams, Role, VendorApiKeyParams } from '@cep/shared';
import { principalOf } from '../../plugins/auth.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import { actorOf } from '../audit/index.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys.service.ts';

const KEY_DESCRIPTION =
  'The key is returned in `key` once: store it then. Send it as `X-API-Key: cep_…`. A vendor’s key acts only for that vendor and within its scopes; a missing scope answers 403 naming it, a revoked or expired key 401. At most 25 keys may be active at once (409 beyond).';

/** API keys: a vendor's (its owner or the admin) and the program's (the admin). Keys never manage keys. */
export const apiKeysRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const managers = { roles: [Role.Admin, Role.VendorOwner] };

  app.get(
    '/vendors/:id/api-keys',
    { config: managers, schema: { tags: ['integrations'], summary: 'The vendor’s API keys (never the keys themselves)', params: IdParams, response: { 200: ApiKeyList, ...problemResponses(400, 401, 403, 404) } } },
    async (request) => listApiKeys(app.ctx, principalOf(request), { vendorId: request.params.id }),
  );

  app.post(
    '/vendors/:id/api-keys',
    {
      config: { ...managers, idempotent: true },
      schema: {
        tags: ['integrations'],
        summary: 'Create an API key for the vendor (owner or admin)',
        description: KEY_DESCRIPTION,
        params: IdParams,
        body: CreateApiKeyBody,
        response: { 201: CreatedApiKeySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await createApiKey(app.ctx, principalOf(request), { vendorId: request.params.id }, request.body, actorOf(request))),
  );

  app.delete(
    '/vendors/:id/api-keys/:keyId',
    {
      config: managers,
      schema: { tags: ['integrations'], summary: 'Revoke one of the vendor’s API keys, at once', params: VendorApiKeyParams, response: { 200: ApiKeySchema, ...problemResponses(400, 401, 403, 404) } },
    },
    async (request) => revokeApiKey(app.ctx, principalOf(request), { vendorId: request.params.id }, request.params.keyId, actorOf(request)),
  );

  const admin = { roles: [Role.Admin] };
  app.get(
    '/api-keys',
    { config: admin, schema: { tags: ['integrations'], summary: 'The program-wide API keys (admin)', response: { 200: ApiKeyList, ...problemResponses(401, 403) } } },
    async (request) => listApiKeys(app.ctx, principalOf(request), { vendorId: null }),
  );

  app.post(
    '/api-keys',
    {
      config: { ...admin, idempotent: true },
      schema: {
        tags: ['integrations'],
        summary: 'Create a program-wide API key (admin): every vendor’s status, read only',
        description: KEY_DESCRIPTION,
        body: CreateApiKeyBody,
        response: { 201: CreatedApiKeySchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await createApiKey(app.ctx, principalOf(request), { vendorId: null }, request.body, actorOf(request))),
  );

  app.delete(
    '/api-keys/:keyId',
    { config: admin, schema: { tags: ['integrations'], summary: 'Revoke a program-wide API key', params: ApiKeyParams, response: { 200: ApiKeySchema, ...problemResponses(400, 401, 403, 404) } } },
    async (request) => revokeApiKey(app.ctx, principalOf(request), { vendorId: null }, request.params.keyId, actorOf(request)),
  );
};
