import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.ts';

/**
 * The typed client of the Customer Excellence Pledge Registry API. Paths, parameters, bodies and
 * answers come from the registry's OpenAPI document (`openapi.json`, generated from its routes), so
 * a call that does not fit the API does not compile.
 *
 *   const registry = createRegistryClient({ baseUrl: 'https://registry.example', apiKey: process.env.CEP_API_KEY });
 *   const { data, error } = await registry.POST('/api/v1/badges/status', { body: { vendors: ['acme'] } });
 */
export type { components, paths } from './schema.ts';
export type RegistryClient = Client<paths>;

export interface RegistryClientOptions {
  /** Where the registry is, e.g. `https://registry.example`. */
  baseUrl: string;
  /** An API key (`cep_…`), sent as `X-API-Key`. */
  apiKey?: string;
  /** A person's access token instead (from `POST /api/v1/auth/login`), sent as a bearer token. */
  accessToken?: string;
  /** Another fetch (a test double, a proxy agent); the global one by default. */
  fetch?: (input: Request) => Promise<Response>;
  /** Extra steps around each request (logging, retries, a token that refreshes itself). */
  middleware?: Middleware[];
}

export function createRegistryClient(options: RegistryClientOptions): RegistryClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/+$/, ''), ...(options.fetch ? { fetch: options.fetch } : {}) });
  const { apiKey, accessToken } = options;
  if (apiKey || accessToken) {
    client.use({
      onRequest({ request }) {
        if (apiKey) request.headers.set('x-api-key', apiKey);
        else if (accessToken) request.headers.set('authorization', `Bearer ${accessToken}`);
        return request;
      },
    });
  }
  for (const step of options.middleware ?? []) client.use(step);
  return client;
}
export type { Middleware } from 'openapi-fetch';
