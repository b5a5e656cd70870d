import { createHash } from 'node:crypto';
import { ErrorCode, MeSchema, Role, TokenResponse } from '@cep/shared';
import { cookieValue, decodeJwt, forgeJwt, setCookies } from '../../../../test/auth.ts';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createCast, createInvitation, createUser, createVendor, movableClock, PASSWORD } from '../../../../test/factories.ts';
import { auditOf, countRows } from '../../../../test/queries.ts';

const LOGIN = '/api/v1/auth/login';
const REFRESH = '/api/v1/auth/refresh';
const LOGOUT = '/api/v1/auth/logout';
const COOKIE = 'cep_refresh';
const SCRYPT_FLOOR_MS = 10;
/** An admin who signs in with the password alone (two-step sign-in has its own tests). */
const PASSWORD_ONLY = { totpEnabledAt: null };

let t: TestApp;
beforeAll(async () => {
  // Without the grace window for lost refresh answers, so a replay is theft at once; the window has its own tests below.
  t = await createTestApp({ env: { REFRESH_REUSE_GRACE_SECONDS: '0' } });
});
afterAll(async () => t.close());

async function login(email: string, password = PASSWORD) {
  return t.http().post(LOGIN).send({ email, password });
}

/** A signed-in session: the refresh cookie the login set. */
async function session(email: string): Promise<string> {
  const res = await login(email);
  expect(res.status).toBe(200);
  return cookieValue(res, COOKIE);
}

const refreshWith = (token: string) => t.http().post(REFRESH).set('cookie', `${COOKIE}=${encodeURIComponent(token)}`);

/** A response body without what differs between any two requests. */
function withoutRequest(body: Record<string, unknown>) {
  const { requestId: _requestId, instance: _instance, ...rest } = body;
  return rest;
}

describe('POST /api/v1/auth/login', () => {
  it('signs in: a 15-minute HS256 access token with pinned issuer and audience, and the refresh cookie', async () => {
    const user = await createUser(t.db, { role: Role.VendorOwner, vendorId: (await createVendor(t.db)).id });
    const res = await login(user.email.toUpperCase());

    expect(res.status).toBe(200);
    expectSchema(TokenResponse, res.body);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { id: user.id, email: user.email, role: Role.VendorOwner, vendorId: user.vendorId } });

    const { header, claims } = decodeJwt(res.body.accessToken as string);
    expect(header).toMatchObject({ alg: 'HS256', typ: 'JWT' });
    expect(claims).toMatchObject({ sub: user.id, email: user.email, role: Role.VendorOwner, vid: user.vendorId, iss: 'cep-registry', aud: 'cep-api' });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(900);

    const me = await t.http().get('/api/v1/me').set('authorization', `Bearer ${res.body.accessToken as string}`);
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(user.id);
  });

  it('sets the refresh token as an HttpOnly, SameSite=Strict cookie on /api/v1/auth and stores only its hash', async () => {
    const user = await createUser(t.db, PASSWORD_ONLY);
    const res = await login(user.email);
    const [cookie, ...others] = setCookies(res);
    expect(others).toEqual([]);
    expect(cookie).toMatchObject({ name: COOKIE, attributes: { httponly: true, samesite: 'Strict', path: '/api/v1/auth', 'max-age': String(30 * 24 * 60 * 60) } });
    // The token is opaque: not a JWT, and the access token is not in a cookie.
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.body.refreshToken).toBeUndefined();

    const rows = (await t.db.query(`SELECT token_hash, family_id, used_at, revoked_at FROM refresh_token WHERE user_id = $1`, [user.id])) as Record<string, unknown>[];
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(cookie?.value ?? '').digest('hex'), family_id: expect.any(String), used_at: null, revoked_at: null }]);
  });

  it('answers a wrong password and an unknown e-mail alike, and both cost a scrypt', async () => {
    const user = await createUser(t.db, PASSWORD_ONLY);
    // The decoy hash for unknown e-mails is made on first use; warm it so both paths cost one scrypt.
    await login('warm-up@nowhere.example', 'whatever-password');

    const timed = async (email: string, password: string) => {
      const start = performance.now();
      const res = await login(email, password);
      return { res, ms: performance.now() - start };
    };
    const wrongPassword = await timed(user.email, 'not the password at all');
    const unknownEmail = await timed('nobody@nowhere.example', 'not the password at all');

    expectProblem(wrongPassword.res, 401, ErrorCode.InvalidCredentials);
    expectProblem(unknownEmail.res, 401, ErrorCode.InvalidCredentials);
    expect(withoutRequest(unknownEmail.res.body as Record<string, unknown>)).toEqual(withoutRequest(wrongPassword.res.body as Record<string, unknown>));
    expect(setCookies(wrongPassword.res)).toEqual([]);
    expect(setCookies(unknownEmail.res)).toEqual([]);
    // Both ran scrypt: one costs tens of milliseconds (32 MiB of memory-hard work), a login
    // without it a millisecond or two. A floor, not a ratio, so a busy machine cannot flake it.
    expect(wrongPassword.ms).toBeGreaterThan(SCRYPT_FLOOR_MS);
    expect(unknownEmail.ms).toBeGreaterThan(SCRYPT_FLOOR_MS);
  });

  it('refuses an invited account that has not set a password yet, exactly like a wrong password', async () => {
    const vendor = await createVendor(t.db);
    const { user } = await createInvitation(t.db, vendor);
    const invited = await login(user.email, 'any password at all');
    const unknown = await login('nobody-else@nowhere.example', 'any password at all');
    expectProblem(invited, 401, ErrorCode.InvalidCredentials);
    expect(withoutRequest(invited.body as Record<string, unknown>)).toEqual(withoutRequest(unknown.body as Record<string, unknown>));
    expect(await countRows(t.db, 'refresh_token', 'user_id = $1', [user.id])).toBe(0);
  });

  it('names each missing field', async () => {
    expectFieldErrors(await t.http().post(LOGIN).send({}), ['email', 'password']);
    expectFieldErrors(await t.http().post(LOGIN).send({ email: 'a@b.example' }), ['password']);
    expectFieldErrors(await t.http().post(LOGIN).send({ password: 'x' }), ['email']);
  });

  it('names fields of the wrong type or format, without coercing them', async () => {
    expectFieldErrors(await t.http().post(LOGIN).send({ email: 42, password: 12345678901234 }), ['email', 'password']);
    expectFieldErrors(await t.http().post(LOGIN).send({ email: ['a@b.example'], password: true }), ['email', 'password']);
    expectFieldErrors(await t.http().post(LOGIN).send({ email: 'not an e-mail', password: '' }), ['email', 'password']);
  });

  it('rejects unknown fields', async () => {
    expectFieldErrors(await t.http().post(LOGIN).send({ email: 'a@b.example', password: 'x', remember: true }), ['remember']);
  });

  it('answers malformed JSON with malformed_body', async () => {
    const res = await t.http().post(LOGIN).set('content-type', 'application/json').send('{"email": ');
    expectProblem(res, 400, ErrorCode.MalformedBody);
  });
});

describe('POST /api/v1/auth/refresh', () => {
  it('rotates: a new access token and a new cookie, and the spent one is refused afterwards', async () => {
    const user = await createUser(t.db, PASSWORD_ONLY);
    const first = await session(user.email);

    const res = await refreshWith(first);
    expect(res.status).toBe(200);
    expectSchema(TokenResponse, res.body);
    expect(res.body.user.id).toBe(user.id);
    expect(decodeJwt(res.body.accessToken as string).claims).toMatchObject({ sub: user.id, iss: 'cep-registry', aud: 'cep-api' });
    const second = cookieValue(res, COOKIE);
    expect(second).not.toBe(first);
    expect(setCookies(res)[0]?.attributes).toMatchObject({ httponly: true, samesite: 'Strict', path: '/api/v1/auth' });

    const third = cookieValue(await refreshWith(second), COOKIE);
    expect(third).not.toBe(second);

    // Both rotations stayed in the login's family.
    const families = (await t.db.query(`SELECT DISTINCT family_id FROM refresh_token WHERE user_id = $1`, [user.id])) as unknown[];
    expect(families).toHaveLength(1);
  });

  it('treats reuse of a rotated token as theft: the whole family is revoked, the newest token too', async () => {
    const user = await createUser(t.db, PASSWORD_ONLY);
    const first = await session(user.email);
    const second = cookieValue(await refreshWith(first), COOKIE);

    const replay = await refreshWith(first);
    expectProblem(replay, 401, ErrorCode.InvalidRefreshToken);
    // The browser is told to drop the cookie.
    expect(setCookies(replay)).toEqual([expect.objectContaining({ name: COOKIE, value: '', attributes: expect.objectContaining({ path: '/api/v1/auth' }) })]);

    expectProblem(await refreshWith(second), 401, ErrorCode.InvalidRefreshToken);
    expect(await countRows(t.db, 'refresh_token', 'user_id = $1 AND revoked_at IS NULL', [user.id])).toBe(0);
    expect(await auditOf(t.db, user.id)).toEqual([expect.objectContaining({ action: 'auth.refresh_token_reused', actor_id: user.id, request_id: replay.headers['x-request-id'] })]);
  });

  it('revokes one family only: another session of the same person goes on', async () => {
    const user = await createUser(t.db, PASSWORD_ONLY);
    const laptop = await session(user.email);
    const phone = await session(user.email);
    await refreshWith(laptop);
    expectProblem(await refreshWith(laptop), 401, ErrorCode.InvalidRefreshToken);
    expect((await refreshWith(phone)).status).toBe(200);
  });

  it('refuses a missing, unknown or expired refresh token', async () => {
    expectProblem(await t.http().post(REFRESH), 401, ErrorCode.InvalidRefreshToken);
    expectProblem(await refreshWith('not-a-token-we-issued'), 401, ErrorCode.InvalidRefreshToken);

    const user = await createUser(t.db, PASSWORD_ONLY);
    const token = await session(user.email);
    await t.db.query(`UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expectProblem(await refreshWith(token), 401, ErrorCode.InvalidRefreshToken);
  });

  it('ignores an access token: only the cookie counts', async () => {
    const user = await createUser(t.db, PASSWORD_ONLY);
    expectProblem(await t.http().post(REFRESH).set('authorization', bearer(t.app, user)), 401, ErrorCode.InvalidRefreshToken);
  });
});

describe('POST /api/v1/auth/logout', () => {
  it('revokes the session and clears the cookie', async () => {
    const user = await createUser(t.db, PASSWORD_ONLY);
    const token = await session(user.email);
    const res = await t.http().post(LOGOUT).set('cookie', `${COOKIE}=${encodeURIComponent(token)}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    const [cleared] = setCookies(res);
    expect(cleared).toMatchObject({ name: COOKIE, value: '', attributes: { path: '/api/v1/auth' } });
    expect(new Date(String(cleared?.attributes.expires)).getTime()).toBeLessThan(Date.now());

    expect(await countRows(t.db, 'refresh_token', 'user_id = $1 AND revoked_at IS NULL', [user.id])).toBe(0);
    expectProblem(await refreshWith(token), 401, ErrorCode.InvalidRefreshToken);
  });

  it('revokes the rotated descendants too', async () => {
    const user = await createUser(t.db, PASSWORD_ONLY);
    const first = await session(user.email);
    const second = cookieValue(await refreshWith(first), COOKIE);
    // Logging out with the older cookie (another tab) ends the whole session.
    expect((await t.http().post(LOGOUT).set('cookie', `${COOKIE}=${encodeURIComponent(first)}`)).status).toBe(204);
    expectProblem(await refreshWith(second), 401, ErrorCode.InvalidRefreshToken);
  });

  it('answers 204 without a cookie or with an unknown one', async () => {
    expect((await t.http().post(LOGOUT)).status).toBe(204);
    expect((await t.http().post(LOGOUT).set('cookie', `${COOKIE}=nothing-we-know`)).status).toBe(204);
  });
});

describe('GET /api/v1/me', () => {
  it('describes the caller for each role', async () => {
    const cast = await createCast(t.db);
    for (const user of [cast.admin, cast.owner, cast.member]) {
      const res = await t.http().get('/api/v1/me').set('authorization', bearer(t.app, user));
      expect(res.status).toBe(200);
      expectSchema(MeSchema, res.body);
      // The cast's admin has an authenticator app (every admin must); the vendor's people have none.
      const enabled = user.role === Role.Admin;
      expect(res.body).toEqual({ id: user.id, email: user.email, name: user.name, role: user.role, vendorId: user.vendorId, twoFactor: { enabled, enrolmentRequired: false } });
    }
  });

  it('answers 401 without a token', async () => {
    expectUnauthenticated(await t.http().get('/api/v1/me'));
  });

  it('answers 401 for every token it did not issue as it issues them', async () => {
    const user = await createUser(t.db, PASSWORD_ONLY);
    const secret = t.config.jwt.secret;
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: user.id, email: user.email, role: user.role, vid: null, iss: 'cep-registry', aud: 'cep-api', iat: now, exp: now + 900 };
    const refused = {
      'bad signature': forgeJwt(claims, { secret: 'another-secret-that-is-at-least-32-characters' }),
      expired: forgeJwt({ ...claims, iat: now - 1000, exp: now - 100 }, { secret }),
      'wrong audience': forgeJwt({ ...claims, aud: 'someone-else' }, { secret }),
      'no audience': forgeJwt({ ...claims, aud: undefined }, { secret }),
      'wrong issuer': forgeJwt({ ...claims, iss: 'evil-issuer' }, { secret }),
      'no issuer': forgeJwt({ ...claims, iss: undefined }, { secret }),
      'no expiry': forgeJwt({ ...claims, exp: undefined }, { secret }),
      'not yet valid': forgeJwt({ ...claims, nbf: now + 3600 }, { secret }),
      'alg none': forgeJwt(claims, { secret, alg: 'none' }),
      'another HMAC algorithm': forgeJwt(claims, { secret, alg: 'HS512' }),
      garbage: 'not.a.jwt',
    };
    // The same claims signed properly pass: what fails below fails for the one thing changed.
    expect((await t.http().get('/api/v1/me').set('authorization', `Bearer ${forgeJwt(claims, { secret })}`)).status).toBe(200);
    const failures: { why: string; status: number }[] = [];
    for (const [why, token] of Object.entries(refused)) {
      const res = await t.http().get('/api/v1/me').set('authorization', `Bearer ${token}`);
      failures.push({ why, status: res.status });
      if (res.status === 401) expectUnauthenticated(res);
    }
    expect(failures).toEqual(Object.keys(refused).map((why) => ({ why, status: 401 })));
    expectUnauthenticated(await t.http().get('/api/v1/me').set('authorization', `Basic ${Buffer.from('a:b').toString('base64')}`));
    expectUnauthenticated(await t.http().get('/api/v1/me').set('authorization', 'Bearer '));
  });

  it('answers 401 when the account no longer exists', async () => {
    const user = await createUser(t.db, PASSWORD_ONLY);
    const auth = bearer(t.app, user);
    await t.db.query(`DELETE FROM app_user WHERE id = $1`, [user.id]);
    expectProblem(await t.http().get('/api/v1/me').set('authorization', auth), 401, ErrorCode.Unauthenticated);
  });
});

describe('POST /api/v1/auth/login rate limit', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ env: { RATE_LIMIT_LOGIN: '3' } });
  });
  afterAll(async () => limited.close());

  it('answers the 4th attempt within a minute with 429 problem+json and Retry-After', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await limited.http().post(LOGIN).send({ email: 'a@b.example' })).status).toBe(400);
    }
    const res = await limited.http().post(LOGIN).send({ email: 'a@b.example', password: 'whatever' });
    expectProblem(res, 429, ErrorCode.RateLimited);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Other routes are not limited by the login bucket.
    expect((await limited.http().get('/api/v1/categories')).status).toBe(200);
  });
});

describe('POST /api/v1/auth/refresh within the grace window for lost answers', () => {
  const time = movableClock(new Date('2026-03-02T10:00:00Z'));
  let g: TestApp;
  beforeAll(async () => {
    g = await createTestApp({ clock: time.clock, env: { REFRESH_REUSE_GRACE_SECONDS: '10' } });
  });
  afterAll(async () => g.close());

  const refreshIn = (token: string) => g.http().post(REFRESH).set('cookie', `${COOKIE}=${encodeURIComponent(token)}`);
  async function signedIn() {
    const user = await createUser(g.db, PASSWORD_ONLY);
    const res = await g.http().post(LOGIN).send({ email: user.email, password: PASSWORD });
    return { user, first: cookieValue(res, COOKIE) };
  }

  it('gives a browser whose answer was lost a new token in place of the one it never received, and the lost one stops working', async () => {
    const { user, first } = await signedIn();
    const lost = cookieValue(await refreshIn(first), COOKIE);
    time.advance(5_000);
    const retried = await refreshIn(first);
    expect(retried.status).toBe(200);
    const kept = cookieValue(retried, COOKIE);
    expect(kept).not.toBe(lost);
    time.advance(11_000);
    expect((await refreshIn(kept)).status).toBe(200);
    // The token whose answer was lost was spent by the retry: presented later, it is theft.
    expectProblem(await refreshIn(lost), 401, ErrorCode.InvalidRefreshToken);
    expect(await countRows(g.db, 'refresh_token', 'user_id = $1 AND revoked_at IS NULL', [user.id])).toBe(0);
  });

  it('still treats a replay as theft once the window has passed', async () => {
    const { user, first } = await signedIn();
    await refreshIn(first);
    time.advance(10_001);
    expectProblem(await refreshIn(first), 401, ErrorCode.InvalidRefreshToken);
    expect(await countRows(g.db, 'refresh_token', 'user_id = $1 AND revoked_at IS NULL', [user.id])).toBe(0);
  });

  it('treats a replay inside the window as theft when the token that replaced it was already used', async () => {
    const { user, first } = await signedIn();
    const second = cookieValue(await refreshIn(first), COOKIE);
    time.advance(1_000);
    expect((await refreshIn(second)).status).toBe(200);
    expectProblem(await refreshIn(first), 401, ErrorCode.InvalidRefreshToken);
    expect(await countRows(g.db, 'refresh_token', 'user_id = $1 AND revoked_at IS NULL', [user.id])).toBe(0);
  });
});
