import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { CredentialIdParams, CredentialSchema, CredentialVerdictSchema, IdParams, Role, StatusListParams, VerifyCredentialBody, ApiScope } from '@cep/shared';
import { principalOf } from '../../plugins/auth.ts';
import { notFound } from '../../plugins/errors.ts';
import { problemResponses } from '../../plugins/openapi.ts';
import type { RequestCounts } from '../../plugins/request-counts.ts';
import { getCredentialJwt, getVendorCredential, verifyCredential } from './credentials.service.ts';
import { didDocument, type Issuer } from './issuer.ts';
import type { StatusLists } from './status-lists.ts';

export interface CredentialsOptions {
  issuer: () => Issuer;
  lists: StatusLists;
}

// Verifiers fetch these from anywhere: any origin may read them.
const OPEN = { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' };
const jwtResponse = (description: string) => ({ description, content: { 'application/vc+jwt': { schema: Type.String() } } });

/**
 * What lets anyone check a credential without trusting our pages: the issuer's keys (JWKS and the
 * did:web document), the status lists, and each credential at its own address. Outside /api/v1 and
 * outside the site's scope, like the badge: verifiers and wallets call them from anywhere.
 */
export const credentialPublicRoutes: FastifyPluginAsyncTypebox<CredentialsOptions & { counts: RequestCounts }> = async (app, { issuer, lists, counts }) => {
  app.get(
    '/.well-known/jwks.json',
    { config: { public: true }, schema: { tags: ['credentials'], summary: 'The keys that sign credentials: the current one first, then retired ones', security: [], response: { 200: Type.Object({ keys: Type.Array(Type.Record(Type.String(), Type.String())) }) } } },
    async (_request, reply) => reply.headers({ ...OPEN, 'cache-control': 'public, max-age=300' }).send({ keys: issuer().publicKeys.map((k) => ({ ...k, alg: 'EdDSA', use: 'sig' })) }),
  );

  app.get(
    '/.well-known/did.json',
    { config: { public: true }, schema: { tags: ['credentials'], summary: 'The registry’s did:web document (the issuer of credentials)', security: [], response: { 200: Type.Record(Type.String(), Type.Unknown()) } } },
    async (_request, reply) => reply.headers({ ...OPEN, 'cache-control': 'public, max-age=300' }).type('application/did+json').send(didDocument(issuer())),
  );

  app.get(
    '/credentials/status/:list',
    {
      config: { public: true },
      schema: {
        tags: ['credentials'],
        summary: 'A W3C Bitstring Status List (revocation or suspension), signed as a VC-JWT',
        description: 'Updated within a second of a suspension, reinstatement, revocation or withdrawal, on every instance. `Cache-Control: no-cache` with an ETag.',
        security: [],
        params: StatusListParams,
        response: { 200: jwtResponse('The status list credential'), 304: { description: 'Not modified (If-None-Match matched the ETag)', type: 'null' } as const, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const signed = lists.get(request.params.list);
      if (!signed) {
        counts.add('credentials.status', 404);
        throw notFound('Status list');
      }
      if (request.headers['if-none-match'] === signed.etag) {
        counts.add('credentials.status', 304);
        return reply.code(304).headers(signed.headers).send(null);
      }
      counts.add('credentials.status', 200);
      return reply.headers(signed.headers).send(signed.jwt);
    },
  );

  app.get(
    '/credentials/:id',
    {
      config: { public: true },
      schema: { tags: ['credentials'], summary: 'A membership credential, as signed (VC-JWT)', security: [], params: CredentialIdParams, response: { 200: jwtResponse('The credential'), ...problemResponses(400, 404) } },
    },
    async (request, reply) => reply.headers({ ...OPEN, 'cache-control': 'public, max-age=3600' }).type('application/vc+jwt').send(await getCredentialJwt(app.ctx, request.params.id)),
  );
};

/** Under /api/v1: the vendor's own credential, and a check anyone may run. */
export const credentialApiRoutes: FastifyPluginAsyncTypebox<CredentialsOptions> = async (app, { issuer, lists }) => {
  app.get(
    '/vendors/:id/credential',
    {
      config: { roles: [Role.Admin, Role.VendorOwner, Role.VendorMember], scopes: [ApiScope.StatusRead, ApiScope.AdminRead] },
      schema: {
        tags: ['credentials'],
        summary: 'The vendor’s membership credential (Open Badges 3.0, VC-JWT); issued on the spot when an active member is due one',
        params: IdParams,
        response: { 200: CredentialSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => getVendorCredential(app.ctx, issuer(), principalOf(request), request.params.id),
  );

  app.post(
    '/credentials/verify',
    {
      config: { public: true },
      schema: {
        tags: ['credentials'],
        summary: 'Check a credential: valid, expired, suspended, revoked, or not signed by this registry',
        security: [],
        body: VerifyCredentialBody,
        response: { 200: CredentialVerdictSchema, ...problemResponses(400) },
      },
    },
    async (request) => verifyCredential(app.ctx, issuer(), lists, request.body.credential.trim()),
  );
};
