import { createRegistryClient, type Middleware, type paths } from '@cep/client';
import type { FieldError, Me, Problem, TokenResponse } from '@cep/shared';

/**
 * The one place that talks HTTP to the registry API, through the typed client (`@cep/client`):
 * paths, parameters, bodies and answers are those of the API's OpenAPI document, never written a
 * second time here. The web app is served from the same origin as the API, so the base URL is the
 * page's own and the refresh cookie (HttpOnly, SameSite=Strict, path /api/v1/auth) travels by
 * itself. The access token lives in this module's memory only: never in storage a script could
 * read, and gone on reload, when a silent refresh brings it back.
 */
/** Where a 401 means "wrong password" or "signed out", never "refresh and try again". */
const SIGN_IN_PATHS: ReadonlySet<string> = new Set([
  '/api/v1/auth/login',
  '/api/v1/auth/login/second-factor',
  '/api/v1/auth/passkey-sign-in/options',
  '/api/v1/auth/passkey-sign-in',
  '/api/v1/auth/refresh',
  '/api/v1/auth/logout',
]);

/** A failed call: the problem+json the API sent, or a stand-in for a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];
  /** Seconds to wait, from `Retry-After` (429, 503). */
  readonly retryAfter: number | undefined;

  constructor(init: { status: number; code: string; title: string; detail?: string | undefined; fieldErrors?: FieldError[]; retryAfter?: number | undefined }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfter = init.retryAfter;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

let accessToken: string | null = null;
let refreshInFlight: Promise<Me | null> | null = null;
const sessionListeners = new Set<(user: Me | null) => void>();

/** Tells the app when the session starts, changes or ends outside its own calls (a refresh). */
export function onSessionChange(listener: (user: Me | null) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

function notify(user: Me | null): void {
  for (const listener of sessionListeners) listener(user);
}

/** Keeps the tokens of a login or refresh answer; returns the signed-in account. */
export function startSession(tokens: TokenResponse): Me {
  accessToken = tokens.accessToken;
  return tokens.user;
}

export function endSession(): void {
  accessToken = null;
}

export const hasAccessToken = (): boolean => accessToken !== null;

/** The error of a failed answer, from its problem+json body (already read) or its status alone. */
function toApiError(response: Response, body: unknown): ApiError {
  const retryHeader = response.headers.get('retry-after');
  const retryAfter = retryHeader && /^\d+$/.test(retryHeader) ? Number(retryHeader) : undefined;
  const fallback = response.statusText || `HTTP ${response.status}`;
  if (typeof body === 'object' && body !== null) {
    const problem = body as Partial<Problem>;
    return new ApiError({ status: response.status, code: problem.code ?? 'http_error', title: problem.title ?? fallback, detail: problem.detail, fieldErrors: problem.errors ?? [], retryAfter });
  }
  return new ApiError({ status: response.status, code: 'http_error', title: fallback, retryAfter });
}

/** fetch, with a network failure turned into an ApiError (a cancelled request stays an AbortError). */
async function send(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network_error', title: 'Could not reach the registry', detail: 'Check your connection and try again.' });
  }
}

async function exchangeRefreshCookie(): Promise<Me | null> {
  const { data, error, response } = await registry.POST('/api/v1/auth/refresh');
  if (response.status === 401) {
    endSession();
    notify(null);
    return null;
  }
  if (!data) throw toApiError(response, error);
  const user = startSession(data);
  notify(user);
  return user;
}

/**
 * Exchanges the refresh cookie for a new access token. Refresh tokens rotate and presenting a spent
 * one revokes the whole session, so every caller in this tab shares one request in flight, and tabs
 * take turns through a Web Lock (where the browser has them): the second tab then sends the cookie
 * the first one just received.
 */
export function refreshSession(): Promise<Me | null> {
  if (!refreshInFlight) {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    const exchange = locks ? locks.request('cep-session-refresh', exchangeRefreshCookie) : exchangeRefreshCookie();
    refreshInFlight = exchange.finally(() => {
      refreshInFlight = null;
    });
  }
  return refreshInFlight;
}

/** The request as first sent, kept to send again with a fresh access token after a 401. */
const spares = new WeakMap<Request, Request>();

/**
 * Sends the access token, and on a 401 refreshes it once and sends the request again — except for
 * the sign-in endpoints themselves, whose 401 means "wrong password", not "refresh".
 */
const session: Middleware = {
  onRequest({ request }) {
    if (accessToken && !SIGN_IN_PATHS.has(new URL(request.url).pathname)) {
      request.headers.set('authorization', `Bearer ${accessToken}`);
      spares.set(request, request.clone());
    }
    return request;
  },
  async onResponse({ request, response }) {
    const spare = spares.get(request);
    if (response.status !== 401 || !spare) return undefined;
    // Another call may already have refreshed while this one was on the wire.
    const used = request.headers.get('authorization');
    const user = used !== `Bearer ${accessToken}` ? true : await refreshSession();
    if (!user || !accessToken) return undefined;
    spare.headers.set('authorization', `Bearer ${accessToken}`);
    return send(spare);
  },
};

/** The typed client of the registry API, as this web app uses it. */
export const registry = createRegistryClient({ baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin, fetch: send, middleware: [session] });

type Outcome<T> = { data?: T; error?: unknown; response: Response };

/** A call's answer, or its failure thrown as ApiError. The answer's type is the API's own. */
export async function unwrap<T>(call: Promise<Outcome<T>>): Promise<T> {
  return (await withHeaders(call)).data;
}

/** The answer with its headers (an ETag to send back as If-Match). */
export async function withHeaders<T>(call: Promise<Outcome<T>>): Promise<{ data: T; headers: Headers }> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(response, error);
  // A 2xx without a body (204) answers undefined, which is what such an operation's type says.
  return { data: data as T, headers: response.headers };
}

export interface UploadOptions {
  query?: Readonly<Record<string, string | undefined>> | undefined;
  /** Bytes sent so far and the total, as the browser reports them while the body goes out. */
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal | undefined;
}

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** One XMLHttpRequest, answered as a fetch Response so its errors read like every other call's. */
function sendWithProgress(url: string, body: FormData, token: string | null, options: UploadOptions): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded, event.total);
    };
    xhr.onload = () => {
      options.signal?.removeEventListener('abort', abort);
      // A null-body status (204) may not carry a body in a Response.
      const text = xhr.status === 204 ? null : xhr.responseText;
      resolve(new Response(text, { status: xhr.status, statusText: xhr.statusText, headers: parseHeaders(xhr.getAllResponseHeaders()) }));
    };
    xhr.onerror = () => {
      options.signal?.removeEventListener('abort', abort);
      reject(new ApiError({ status: 0, code: 'network_error', title: 'Could not reach the registry', detail: 'Check your connection and try again.' }));
    };
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    options.signal?.addEventListener('abort', abort, { once: true });
    xhr.send(body);
  });
}

type UploadPath = { [P in keyof paths]: paths[P] extends { post: { requestBody?: { content: { 'multipart/form-data': unknown } } } } ? P : never }[keyof paths];
type UploadAnswer<P extends UploadPath> = paths[P] extends { post: { responses: { 200: { content: { 'application/json': infer R } } } } } ? R : never;

/** A path of the API with its `{name}` parameters filled in (encoded). */
function fill(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

/**
 * Uploads a form (a file) with progress, which fetch cannot report: an upload operation of the API
 * (its path and answer typed from the OpenAPI document), the same access token, refresh-once-on-401
 * and problem+json errors as every other call.
 */
export async function apiUpload<P extends UploadPath>(path: P, params: Readonly<Record<string, string>>, body: FormData, options: UploadOptions = {}): Promise<UploadAnswer<P>> {
  const query = new URLSearchParams(Object.entries(options.query ?? {}).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')).toString();
  const url = `${fill(path, params)}${query ? `?${query}` : ''}`;
  const usedToken = accessToken;
  let response = await sendWithProgress(url, body, usedToken, options);
  if (response.status === 401 && usedToken !== null) {
    const user = accessToken !== usedToken ? true : await refreshSession();
    if (user) response = await sendWithProgress(url, body, accessToken, options);
  }
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response, answer);
  return answer as UploadAnswer<P>;
}
