import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemSchema } from '@cep/shared';

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: `errors[]` names the fields',
  401: 'No valid credentials',
  403: 'Your role (or your API key’s scopes) may not do this',
  404: 'Not found (also for another vendor’s resources)',
  409: 'Conflicts with the current state or a duplicate',
  410: 'The link is used or expired',
  412: 'If-Match does not match the current version',
  413: 'Body too large',
  415: 'Unsupported Content-Type: send JSON (or what the operation names)',
  422: 'Idempotency-Key reused with another request',
  428: 'If-Match is required',
  429: 'Rate-limited: see Retry-After',
  503: 'Database unavailable: see Retry-After',
};

/** Response schemas for the problem+json answers a route can give, for validation-free docs. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem', content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  ) as Record<number, { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }>;
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The problems any route of its kind can answer, whatever it does: bad input where it takes input,
 * 413/415 where a body can be sent, 401/403 where callers need credentials, 409/422 where an
 * Idempotency-Key may be reused, 429 where a limit applies (every route an API key may call has
 * the key's quota), 503 when the database is away. Added to what the route documents itself
 * (which wins), so the document tells the whole truth.
 */
function genericProblems(route: { method: string | string[]; schema?: { body?: unknown; querystring?: unknown; params?: unknown; headers?: unknown }; config?: { public?: boolean; scopes?: readonly string[]; rateLimit?: unknown; idempotent?: boolean } }) {
  const methods = [route.method].flat();
  const config = route.config ?? {};
  const takesBody = methods.some((m) => BODY_METHODS.has(m));
  const takesInput = takesBody || Boolean(route.schema?.querystring ?? route.schema?.params ?? route.schema?.headers);
  return problemResponses(
    ...(takesInput ? [400] : []),
    ...(config.public ? [] : [401, 403]),
    ...(takesBody ? [413, 415] : []),
    ...(config.idempotent ? [409, 422] : []),
    ...(config.scopes || config.rateLimit ? [429] : []),
    503,
  );
}

/**
 * The schemas are written for Ajv's draft-07 (Fastify validates with it); OpenAPI 3.1 speaks JSON
 * Schema 2020-12, where a tuple is `prefixItems` rather than an `items` array. The document says it
 * the 2020-12 way so that any OpenAPI tool reads it (`@redocly/cli lint` passes without errors).
 */
function toJsonSchema2020(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema2020);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, toJsonSchema2020(v)]));
  if (Array.isArray(out.items)) {
    out.prefixItems = out.items;
    if (out.additionalItems === false) out.items = false;
    else delete out.items;
    delete out.additionalItems;
  }
  return out;
}

/** OpenAPI 3, generated from the route schemas (served at /openapi.json and /docs by `openApiDocsRoutes`). */
export const openApiPlugin = fp(
  async (app: FastifyInstance, opts: { publicUrl: string }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Customer Excellence Pledge Registry API',
          version: '1.0.0',
          description:
            'JSON over HTTP. Errors are RFC 9457 `application/problem+json` with a stable `code`. ' +
            'People authenticate with `Authorization: Bearer <access token>` from `POST /api/v1/auth/login`; ' +
            'machines with an API key, `X-API-Key: cep_…`, on the operations that list the key scopes they accept. ' +
            'Creates accept `Idempotency-Key`; updates need `If-Match` with the ETag you read.',
        },
        servers: [{ url: opts.publicUrl }],
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An access token from POST /api/v1/auth/login (15 minutes)' },
            apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'An API key (`cep_…`) created by a vendor’s owner or the admin; the operation lists the scopes it accepts' },
          },
        },
        security: [{ bearer: [] }],
        tags: [
          { name: 'auth', description: 'Sign in, refresh, sign out; password recovery, devices, the account’s own address' },
          { name: 'home', description: 'Where people land: a vendor’s to-dos, the admin’s inbox' },
          { name: 'applications', description: 'Joining the program' },
          { name: 'vendors', description: 'Vendor profiles and teams' },
          { name: 'pledge', description: 'Agreement versions, signing, lifecycle and audit log' },
          { name: 'checkpoints', description: 'The semiannual checkpoints: calendar, submissions, ticket-export import, review, metrics' },
          { name: 'complaints', description: 'Customer complaints: intake, confirmation, triage, the vendor’s response, the outcome, the watch list' },
          { name: 'badge', description: 'The live badge (outside /api/v1) and its view counts' },
          { name: 'public', description: 'Directory and categories' },
          { name: 'mail', description: 'The e-mail outbox' },
          { name: 'integrations', description: 'API keys, webhooks, bulk status and change feeds: the API for machines' },
          { name: 'operations', description: 'Health and readiness' },
        ],
      },
      hideUntagged: true,
      transformObject: (documents) => ('openapiObject' in documents ? (toJsonSchema2020(documents.openapiObject) as typeof documents.openapiObject) : documents.swaggerObject),
    });
    app.addHook('onRoute', (route) => {
      // The docs are public; swagger-ui registers its own routes, so mark them as it adds them.
      if (route.url.startsWith('/docs')) route.config = { ...route.config, public: true };
      // Each operation says how to call it, from what the route declares: nothing for a public
      // one, an access token, and an API key with one of the listed scopes where keys may call.
      const config = route.config ?? {};
      if (!route.schema || route.schema.hide) return;
      const security: readonly Record<string, readonly string[]>[] = route.schema.security ?? (config.public ? [] : [{ bearer: [] }, ...(config.scopes ? [{ apiKey: config.scopes }] : [])]);
      const response = route.schema.response ? { response: { ...genericProblems(route), ...(route.schema.response as object) } } : {};
      route.schema = { ...route.schema, security, ...response };
    });
  },
  { name: 'openapi' },
);

/**
 * The document and the interactive docs as routes, registered inside the site's scope so they get
 * its security headers (CSP, frame-ancestors, nosniff…) like every page of the app.
 */
export const openApiDocsRoutes = async (app: FastifyInstance): Promise<void> => {
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
};
