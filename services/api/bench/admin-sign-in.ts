import { Secret, TOTP } from 'otpauth';

/**
 * Signs the configured admin in over HTTP as a person with an authenticator app would: the first
 * time the account has no second factor, so it sets one up (every admin must); afterwards it
 * answers the second step with the app's next unused code. For the benchmarks and the cluster
 * test, which run against `npm start` like any client; `headers` go with every request (a client
 * address behind the proxy).
 */
const PERIOD_MS = 30_000;
let app: { secret: string; lastStep: number } | null = null;

async function post(base: string, path: string, body: unknown, headers: Record<string, string>, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    // No content type without a body: an empty JSON body is a 400.
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** The code for the first step after the last one used (each code works once), waiting for it when need be. */
async function nextCode(held: { secret: string; lastStep: number }): Promise<string> {
  let now = Math.floor(Date.now() / PERIOD_MS);
  if (held.lastStep > now) await new Promise((resolve) => setTimeout(resolve, held.lastStep * PERIOD_MS - Date.now() + 200));
  now = Math.floor(Date.now() / PERIOD_MS);
  held.lastStep = Math.max(now, held.lastStep + 1);
  return new TOTP({ secret: Secret.fromBase32(held.secret) }).generate({ timestamp: held.lastStep * PERIOD_MS });
}

export async function adminSignIn(base: string, credentials: { email: string; password: string }, headers: Record<string, string> = {}): Promise<string> {
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(credentials) });
  const answer = (await login.json()) as { accessToken?: string; secondFactor?: { challenge: string } };
  if (login.status === 202 && answer.secondFactor) {
    if (!app) throw new Error('The admin has a second factor this process did not set up');
    const done = await post(base, '/api/v1/auth/login/second-factor', { challenge: answer.secondFactor.challenge, code: await nextCode(app) }, headers);
    if (done.status !== 200) throw new Error(`the second step answered ${done.status}: ${JSON.stringify(done.json)}`);
    return done.json.accessToken as string;
  }
  if (login.status !== 200 || !answer.accessToken) throw new Error(`sign-in answered ${login.status}`);
  const started = await post(base, '/api/v1/auth/two-factor/totp', undefined, headers, answer.accessToken);
  const held = { secret: started.json.secret as string, lastStep: 0 };
  const confirmed = await post(base, '/api/v1/auth/two-factor/totp/confirm', { code: await nextCode(held) }, headers, answer.accessToken);
  if (confirmed.status !== 200) throw new Error(`setting up the authenticator app answered ${confirmed.status}: ${JSON.stringify(confirmed.json)}`);
  app = held;
  return answer.accessToken;
}
