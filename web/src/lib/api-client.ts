import type { FieldError, Me, Problem, TokenResponse } from '@cep/shared';

/**
 * The one place that talks HTTP to the registry API. The web app is served from the same origin as
 * the API, so the base URL is empty and the refresh cookie (HttpOnly, SameSite=Strict, path
 * /api/v1/auth) travels by itself. The access token lives in this module's memory only: never in
 * storage a script could read, and gone on reload, when a silent refresh brings it back.
 */
const API_BASE = '/api/v1';

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

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Readonly<Record<string, QueryValue>> | undefined;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** false for the auth endpoints themselves: their 401 means "wrong password", not "refresh". */
  auth?: boolean;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

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

function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryHeader = response.headers.get('retry-after');
  const retryAfter = retryHeader && /^\d+$/.test(retryHeader) ? Number(retryHeader) : undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = (await response.json()) as Partial<Problem>;
      return new ApiError({
        status: response.status,
        code: problem.code ?? 'http_error',
        title: problem.title ?? (response.statusText || `HTTP ${response.status}`),
        detail: problem.detail,
        fieldErrors: problem.errors ?? [],
        retryAfter,
      });
    } catch {
      // A body that claims JSON but is not: fall through to the generic error.
    }
  }
  return new ApiError({ status: response.status, code: 'http_error', title: response.statusText || `HTTP ${response.status}`, retryAfter });
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network_error', title: 'Could not reach the registry', detail: 'Check your connection and try again.' });
  }
}

async function exchangeRefreshCookie(): Promise<Me | null> {
  const response = await send(`${API_BASE}/auth/refresh`, { method: 'POST', credentials: 'same-origin' });
  if (response.status === 401) {
    endSession();
    notify(null);
    return null;
  }
  if (!response.ok) throw await toApiError(response);
  const user = startSession((await response.json()) as TokenResponse);
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

/** Calls the API; on a 401 refreshes the access token once and retries. Throws ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const url = buildUrl(path, options.query);
  const attempt = (token: string | null) => {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (token && options.auth !== false) headers.authorization = `Bearer ${token}`;
    return send(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  };

  const usedToken = accessToken;
  let response = await attempt(usedToken);
  if (response.status === 401 && options.auth !== false && usedToken !== null) {
    // Another call may already have refreshed while this one was on the wire.
    const user = accessToken !== usedToken ? true : await refreshSession();
    if (user) response = await attempt(accessToken);
  }
  if (!response.ok) throw await toApiError(response);
  const data = response.status === 204 ? undefined : ((await response.json()) as unknown);
  return { data: data as T, status: response.status, headers: response.headers };
}

export interface UploadOptions {
  query?: Readonly<Record<string, QueryValue>> | undefined;
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

/** One XMLHttpRequest, answered as a fetch Response so errors are read the same way as `apiRequest`'s. */
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

/**
 * Uploads a form (a file) with progress, which fetch cannot report: the same base URL, access token,
 * refresh-once-on-401 and problem+json errors as `apiRequest`.
 */
export async function apiUpload<T>(path: string, body: FormData, options: UploadOptions = {}): Promise<ApiResponse<T>> {
  const url = buildUrl(path, options.query);
  const usedToken = accessToken;
  let response = await sendWithProgress(url, body, usedToken, options);
  if (response.status === 401 && usedToken !== null) {
    const user = accessToken !== usedToken ? true : await refreshSession();
    if (user) response = await sendWithProgress(url, body, accessToken, options);
  }
  if (!response.ok) throw await toApiError(response);
  const data = response.status === 204 ? undefined : ((await response.json()) as unknown);
  return { data: data as T, status: response.status, headers: response.headers };
}

export const api = {
  get: async <T>(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}) => (await apiRequest<T>(path, options)).data,
  post: async <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    (await apiRequest<T>(path, { ...options, method: 'POST', body })).data,
};
