import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Type from 'typebox';
import Value from 'typebox/value';
import type { WatchThresholds } from '@cep/shared';

/**
 * Every setting the API reads, described once. `process.env` is read here and nowhere else;
 * `.env.example` and the README's configuration table list the same variables.
 */
const EnvSchema = Type.Object({
  NODE_ENV: Type.Enum(['development', 'production', 'test'], { default: 'development' }),
  HOST: Type.String({ default: '127.0.0.1' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  WEB_ORIGINS: Type.Optional(Type.String()),
  /** The domain passkeys are bound to; by default PUBLIC_URL's host name. */
  WEBAUTHN_RP_ID: Type.Optional(Type.String({ minLength: 1, maxLength: 253 })),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  CEP_DATA_DIR: Type.Optional(Type.String({ minLength: 1 })),
  EMBEDDED_PG_PORT: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535 })),
  DB_POOL_SIZE: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
  DB_CONNECT_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 1500 }),
  DB_STATEMENT_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 10000 }),
  JWT_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  JWT_ISSUER: Type.String({ minLength: 1, default: 'cep-registry' }),
  JWT_AUDIENCE: Type.String({ minLength: 1, default: 'cep-api' }),
  COOKIE_SECURE: Type.Optional(Type.Boolean()),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  MAIL_FROM: Type.String({ minLength: 3, default: 'Customer Excellence Pledge <no-reply@cep.localhost>' }),
  CEP_ADMIN_EMAIL: Type.Optional(Type.String({ format: 'email' })),
  CEP_ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 12 })),
  /** Clears the configured admin's second factors at start: the way back in after losing them all. */
  CEP_ADMIN_RESET_TWO_FACTOR: Type.Optional(Type.Boolean()),
  SEED_DEMO: Type.Optional(Type.Boolean()),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  BODY_LIMIT: Type.Integer({ minimum: 1024, default: 1048576 }),
  IMPORT_LIMIT: Type.Integer({ minimum: 1024, default: 52428800 }),
  REFRESH_REUSE_GRACE_SECONDS: Type.Integer({ minimum: 0, maximum: 300, default: 10 }),
  TRUST_PROXY: Type.Optional(Type.String()),
  /** Bearer token for GET /metrics; in production /metrics is off without it. */
  METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16 })),
  /** Where rate limits are counted; unset: in PostgreSQL. */
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://' })),
  RATE_LIMIT_LOGIN: Type.Integer({ minimum: 1, default: 10 }),
  /** Failed sign-ins one address may have in 15 minutes (from any client) before it must wait. */
  RATE_LIMIT_FAILED_SIGN_INS: Type.Integer({ minimum: 1, default: 10 }),
  RATE_LIMIT_PUBLIC_FORMS: Type.Integer({ minimum: 1, default: 5 }),
  RATE_LIMIT_BADGE: Type.Integer({ minimum: 1, default: 600 }),
  /** Requests per minute one API key may make, across every route. */
  RATE_LIMIT_API_KEY: Type.Integer({ minimum: 1, default: 600 }),
  BADGE_SHARED_MAX_AGE: Type.Optional(Type.Integer({ minimum: 1, maximum: 3600 })),
  CREDENTIAL_SIGNING_KEY: Type.Optional(Type.String({ minLength: 2 })),
  CREDENTIAL_RETIRED_KEYS: Type.Optional(Type.String({ minLength: 2 })),
  RATE_LIMIT_COMPLAINTS: Type.Integer({ minimum: 1, default: 10 }),
  RATE_LIMIT_COMPLAINTS_PER_VENDOR: Type.Integer({ minimum: 1, default: 20 }),
  COMPLAINT_MIN_FILL_MS: Type.Integer({ minimum: 0, default: 3000 }),
  WATCH_COUNT: Type.Integer({ minimum: 1, default: 3 }),
  WATCH_COUNT_DAYS: Type.Integer({ minimum: 1, default: 90 }),
  WATCH_RATE_PER_100: Type.Number({ exclusiveMinimum: 0, default: 2 }),
  WATCH_RATE_DAYS: Type.Integer({ minimum: 1, default: 180 }),
  JOBS_ENABLED: Type.Boolean({ default: true }),
  /** Webhooks only to https and public addresses (default: on in production). */
  WEBHOOK_STRICT_TARGETS: Type.Optional(Type.Boolean()),
  /** Hosts webhooks may reach whatever they resolve to, comma-separated (an on-premises receiver). */
  WEBHOOK_ALLOWED_HOSTS: Type.Optional(Type.String()),
  JOBS_POLL_MS: Type.Integer({ minimum: 10, default: 1000 }),
  /** On shutdown, how long the instance keeps its listener while answering with `Connection: close`. */
  SHUTDOWN_GRACE_MS: Type.Integer({ minimum: 0, maximum: 30000, default: 1000 }),
  WEB_DIST: Type.Optional(Type.String()),
  WEB_SSR_ENTRY: Type.Optional(Type.String()),
});
type Env = Type.Static<typeof EnvSchema>;

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root, from `src/` (tsx, jest) or `dist/` (built) alike. */
export const REPO_ROOT = path.resolve(here, '..', '..', '..');

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  publicUrl: string;
  webOrigins: string[];
  /** Passkeys: the relying party's id (a domain) and the page origins whose ceremonies count. */
  webAuthn: { rpId: string; origins: string[] };
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number | undefined;
  db: { poolSize: number; connectTimeoutMs: number; statementTimeoutMs: number };
  jwt: { secret: string; issuer: string; audience: string; accessTtlSeconds: number };
  refreshTtlDays: number;
  /** A spent refresh token presented again within this many seconds of its rotation is a lost answer, not theft. */
  refreshReuseGraceSeconds: number;
  cookieSecure: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  admin: { email: string; password: string; resetTwoFactor: boolean } | undefined;
  seedDemo: boolean;
  logLevel: Env['LOG_LEVEL'];
  bodyLimit: number;
  /** Largest ticket export accepted, in bytes (streamed, so memory does not grow with it). */
  importLimit: number;
  trustProxy: string[];
  /** Shared rate-limit counts go to Redis when set, else to PostgreSQL. */
  redisUrl: string | undefined;
  /** /metrics: open outside production; in production only with `token`, and off without one. */
  metrics: { token: string | undefined; open: boolean };
  rateLimits: { login: number; failedSignIns: number; publicForms: number; badge: number; apiKey: number; complaintsPerClient: number; complaintsPerVendor: number };
  /**
   * The Ed25519 key that signs membership credentials (a private JWK with a `kid`) and the public
   * keys of retired ones, still published so older credentials verify. Unset outside production: the
   * registry generates a key on first start and keeps it in the database.
   */
  credentials: { signingKey: SigningJwk | undefined; retiredKeys: PublicJwk[] };
  /** Seconds a shared cache (a CDN in front of the registry) may keep a badge; browsers always revalidate. */
  badgeSharedMaxAge: number | undefined;
  complaints: { minFillMs: number; watch: WatchThresholds };
  jobs: { enabled: boolean; pollMs: number };
  shutdownGraceMs: number;
  /** Where webhooks may be sent (outbound safety, `webhook-targets` in @cep/shared). */
  webhooks: { strict: boolean; allowedHosts: string[] };
  webDist: string;
  /** The web app's server entry (built by `vite build --ssr`), which renders the public pages. */
  webSsrEntry: string;
}

export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
}
export interface SigningJwk extends PublicJwk {
  d: string;
}

function isEd25519(value: unknown, withPrivate: boolean): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const jwk = value as Record<string, unknown>;
  return jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string' && typeof jwk.kid === 'string' && jwk.kid !== '' && (!withPrivate || typeof jwk.d === 'string');
}

/** Reads a JSON-valued variable; a problem is reported by name, never with the value (it may be a private key). */
function parseKeys(name: string, text: string | undefined, many: boolean, problems: string[]): unknown {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    const ok = many ? Array.isArray(value) && value.every((k) => isEd25519(k, false)) : isEd25519(value, true);
    if (ok) return value;
  } catch {
    // reported below
  }
  problems.push(`${name}: must be ${many ? 'a JSON array of public Ed25519 JWKs' : 'a private Ed25519 JWK as JSON'} with a "kid" (see \`npm run credentials:key -w @cep/api\`)`);
  return undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Empty strings count as unset, so `FOO=` in a .env file means "use the default". */
function definedOnly(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

/** Reads and validates the environment; throws ConfigError listing every problem at once. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const raw = Value.Default(EnvSchema, Value.Convert(EnvSchema, pickKnown(definedOnly(source))));
  const problems = Value.Errors(EnvSchema, raw).map((e) => `${e.instancePath.slice(1) || 'environment'}: ${e.message}`);
  const env = raw as Env;
  const production = env.NODE_ENV === 'production';
  if (production && !env.JWT_SECRET) problems.push('JWT_SECRET: required in production (32 characters or more)');
  if (production && !env.PUBLIC_URL) problems.push('PUBLIC_URL: required in production (the address users reach the registry at)');
  if (production && !env.CREDENTIAL_SIGNING_KEY) problems.push('CREDENTIAL_SIGNING_KEY: required in production (the key that signs membership credentials; `npm run credentials:key -w @cep/api` makes one)');
  const signingKey = parseKeys('CREDENTIAL_SIGNING_KEY', env.CREDENTIAL_SIGNING_KEY, false, problems) as SigningJwk | undefined;
  const retiredKeys = (parseKeys('CREDENTIAL_RETIRED_KEYS', env.CREDENTIAL_RETIRED_KEYS, true, problems) as PublicJwk[] | undefined) ?? [];
  if (Boolean(env.CEP_ADMIN_EMAIL) !== Boolean(env.CEP_ADMIN_PASSWORD)) {
    problems.push('CEP_ADMIN_EMAIL and CEP_ADMIN_PASSWORD go together: set both or neither');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  const origins = env.WEB_ORIGINS ? env.WEB_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean) : [publicUrl];
  if (!production && !env.WEB_ORIGINS) origins.push('http://localhost:5173');
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    publicUrl,
    webOrigins: origins,
    webAuthn: webAuthnOf(env.WEBAUTHN_RP_ID, origins),
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(env.CEP_DATA_DIR ?? path.join(REPO_ROOT, '.data')),
    embeddedPgPort: env.EMBEDDED_PG_PORT,
    db: { poolSize: env.DB_POOL_SIZE, connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS, statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS },
    // Outside production a per-process secret is fine: refresh tokens live in the database, so a
    // restart costs the web app one silent refresh, never a login.
    jwt: { secret: env.JWT_SECRET ?? randomBytes(32).toString('base64url'), issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE, accessTtlSeconds: 15 * 60 },
    refreshTtlDays: 30,
    refreshReuseGraceSeconds: env.REFRESH_REUSE_GRACE_SECONDS,
    cookieSecure: env.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    admin: env.CEP_ADMIN_EMAIL && env.CEP_ADMIN_PASSWORD ? { email: env.CEP_ADMIN_EMAIL, password: env.CEP_ADMIN_PASSWORD, resetTwoFactor: env.CEP_ADMIN_RESET_TWO_FACTOR ?? false } : undefined,
    seedDemo: env.SEED_DEMO ?? !production,
    logLevel: env.LOG_LEVEL,
    bodyLimit: env.BODY_LIMIT,
    importLimit: env.IMPORT_LIMIT,
    trustProxy: env.TRUST_PROXY ? env.TRUST_PROXY.split(',').map((a) => a.trim()).filter(Boolean) : [],
    redisUrl: env.REDIS_URL,
    metrics: { token: env.METRICS_TOKEN, open: !production },
    rateLimits: {
      login: env.RATE_LIMIT_LOGIN,
      failedSignIns: env.RATE_LIMIT_FAILED_SIGN_INS,
      publicForms: env.RATE_LIMIT_PUBLIC_FORMS,
      badge: env.RATE_LIMIT_BADGE,
      apiKey: env.RATE_LIMIT_API_KEY,
      complaintsPerClient: env.RATE_LIMIT_COMPLAINTS,
      complaintsPerVendor: env.RATE_LIMIT_COMPLAINTS_PER_VENDOR,
    },
    badgeSharedMaxAge: env.BADGE_SHARED_MAX_AGE,
    credentials: { signingKey, retiredKeys },
    complaints: {
      minFillMs: env.COMPLAINT_MIN_FILL_MS,
      watch: { count: env.WATCH_COUNT, countDays: env.WATCH_COUNT_DAYS, ratePer100: env.WATCH_RATE_PER_100, rateDays: env.WATCH_RATE_DAYS },
    },
    jobs: { enabled: env.JOBS_ENABLED, pollMs: env.JOBS_POLL_MS },
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    webhooks: {
      strict: env.WEBHOOK_STRICT_TARGETS ?? production,
      allowedHosts: (env.WEBHOOK_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean),
    },
    webDist: path.resolve(env.WEB_DIST ?? path.join(REPO_ROOT, 'web', 'dist')),
    webSsrEntry: path.resolve(env.WEB_SSR_ENTRY ?? path.join(REPO_ROOT, 'web', 'dist-ssr', 'entry-server.js')),
  };
}

/**
 * Browsers refuse to bind a passkey to an IP address, so a registry reached at http://127.0.0.1
 * binds its passkeys to `localhost` and accepts ceremonies from the same port under that name.
 */
function webAuthnOf(rpIdSetting: string | undefined, origins: string[]): Config['webAuthn'] {
  const urls = origins.map((origin) => new URL(origin));
  const isIp = (host: string) => /^[\d.]+$/.test(host) || host.startsWith('[');
  const first = urls[0]?.hostname ?? 'localhost';
  const rpId = rpIdSetting ?? (isIp(first) ? 'localhost' : first);
  const allowed = new Set(urls.map((url) => url.origin));
  if (rpId === 'localhost') for (const url of urls) if (isIp(url.hostname)) allowed.add(`${url.protocol}//localhost${url.port ? `:${url.port}` : ''}`);
  return { rpId, origins: [...allowed] };
}

function pickKnown(source: Record<string, string>): Record<string, string> {
  const known = new Set(Object.keys(EnvSchema.properties));
  return Object.fromEntries(Object.entries(source).filter(([key]) => known.has(key)));
}
