import { ErrorCode, PasskeyRegistrationOptions, PasskeySchema, RecoveryCodes, Role, SecondFactorChallenge, TokenResponse, TotpEnrolment, TwoFactorStatus } from '@cep/shared';
import { cookieValue } from '../../../../test/auth.ts';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createUser, createVendor, movableClock, PASSWORD, totpCode } from '../../../../test/factories.ts';
import { auditOf, countRows, mailTo } from '../../../../test/queries.ts';
import { softAuthenticator } from '../../../../test/webauthn.ts';
import type { User } from '../user.entity.ts';

const LOGIN = '/api/v1/auth/login';
const SECOND = '/api/v1/auth/login/second-factor';
const STATUS = '/api/v1/auth/two-factor';
const TOTP = '/api/v1/auth/two-factor/totp';
const CODES = '/api/v1/auth/two-factor/recovery-codes';
const PASSKEY_OPTIONS = '/api/v1/auth/passkeys/options';
const PASSKEYS = '/api/v1/auth/passkeys';

const time = movableClock(new Date('2026-06-01T09:00:10Z'));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
});
afterAll(async () => t.close());

const login = (user: Pick<User, 'email'>, password = PASSWORD) => t.http().post(LOGIN).send({ email: user.email, password });

/** Signs in with the password and returns the step waiting for the second factor. */
async function firstStep(user: Pick<User, 'email'>): Promise<SecondFactorChallenge['secondFactor']> {
  const res = await login(user);
  expect(res.status).toBe(202);
  expectSchema(SecondFactorChallenge, res.body);
  return (res.body as SecondFactorChallenge).secondFactor;
}

const vendorPerson = async () => createUser(t.db, { role: Role.VendorOwner, vendorId: (await createVendor(t.db)).id });

/** Sets up the authenticator app over the API; returns the secret and the recovery codes. */
async function enrol(auth: string): Promise<{ secret: string; codes: string[] }> {
  const started = await t.http().post(TOTP).set('authorization', auth);
  expect(started.status).toBe(200);
  const secret = (started.body as TotpEnrolment).secret;
  const confirmed = await t.http().post(`${TOTP}/confirm`).set('authorization', auth).send({ code: totpCode({ totpSecret: secret }, time.now()) });
  expect(confirmed.status).toBe(200);
  return { secret, codes: (confirmed.body as RecoveryCodes).recoveryCodes };
}

describe('an admin without a second factor', () => {
  it('is signed in but can do nothing except set one up; after the app is confirmed the same session works', async () => {
    const admin = await createUser(t.db, { totpEnabledAt: null });
    const signedIn = await login(admin);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.twoFactor).toEqual({ enabled: false, enrolmentRequired: true });
    const auth = `Bearer ${signedIn.body.accessToken as string}`;

    expectProblem(await t.http().get('/api/v1/vendors').set('authorization', auth), 403, ErrorCode.TwoFactorRequired);
    expect((await t.http().get('/api/v1/me').set('authorization', auth)).status).toBe(200);
    const status = await t.http().get(STATUS).set('authorization', auth);
    expectSchema(TwoFactorStatus, status.body);
    expect(status.body).toMatchObject({ enabled: false, required: true, totpEnabledAt: null, recoveryCodesLeft: 0, passkeys: [] });

    const started = await t.http().post(TOTP).set('authorization', auth);
    expectSchema(TotpEnrolment, started.body);
    expect(started.body.uri).toMatch(/^otpauth:\/\/totp\/Customer%20Excellence%20Pledge:.+\?.*secret=/);
    expect(started.body.qrCode).toMatch(/^data:image\/png;base64,/);

    const wrong = await t.http().post(`${TOTP}/confirm`).set('authorization', auth).send({ code: totpCode({ totpSecret: started.body.secret as string }, time.now(), 5) });
    expectFieldErrors(wrong, ['code']);

    const confirmed = await t.http().post(`${TOTP}/confirm`).set('authorization', auth).send({ code: totpCode({ totpSecret: started.body.secret as string }, time.now()) });
    expect(confirmed.status).toBe(200);
    expectSchema(RecoveryCodes, confirmed.body);
    expect(new Set(confirmed.body.recoveryCodes as string[]).size).toBe(10);
    expect(await countRows(t.db, 'recovery_code', 'user_id = $1', [admin.id])).toBe(10);
    expect((await t.http().get('/api/v1/vendors').set('authorization', auth)).status).toBe(200);
    expect((await auditOf(t.db, admin.id)).map((a) => a.action)).toContain('user.totp_enabled');
    expect((await mailTo(t.db, admin.email)).map((m) => m.subject)).toContain('Two-step sign-in is on');
  });

  it('cannot confirm without a secret started, nor take away its last factor', async () => {
    const admin = await createUser(t.db, { totpEnabledAt: null });
    const auth = bearer(t.app, admin);
    expectProblem(await t.http().post(`${TOTP}/confirm`).set('authorization', auth).send({ code: '123456' }), 409, ErrorCode.InvalidState);
    await enrol(auth);
    expectProblem(await t.http().delete(TOTP).set('authorization', auth).send({ currentPassword: PASSWORD }), 409, ErrorCode.InvalidState);
  });
});

describe('signing in with the authenticator app', () => {
  it('asks for the code after the password; each code works once', async () => {
    const admin = await createUser(t.db);
    const step = await firstStep(admin);
    expect(step.methods).toEqual(['totp', 'recovery_code']);
    expect(step.passkeyOptions).toBeUndefined();

    const code = totpCode(admin, time.now());
    const done = await t.http().post(SECOND).send({ challenge: step.challenge, code: `${code.slice(0, 3)} ${code.slice(3)}` });
    expect(done.status).toBe(200);
    expectSchema(TokenResponse, done.body);
    expect(done.body.user.twoFactor).toEqual({ enabled: true, enrolmentRequired: false });
    expect(cookieValue(done, 'cep_refresh')).toBeTruthy();

    // The same code again, even in a new step, is a replay.
    const again = await firstStep(admin);
    expectProblem(await t.http().post(SECOND).send({ challenge: again.challenge, code }), 401, ErrorCode.InvalidSecondFactor);
    time.advance(30_000);
    expect((await t.http().post(SECOND).send({ challenge: again.challenge, code: totpCode(admin, time.now()) })).status).toBe(200);
    // The step is spent.
    expectProblem(await t.http().post(SECOND).send({ challenge: again.challenge, code: totpCode(admin, time.now(), 1) }), 401, ErrorCode.InvalidSecondFactor);
  });

  it('ends the step after five wrong answers, and after five minutes', async () => {
    const admin = await createUser(t.db);
    const step = await firstStep(admin);
    for (let i = 0; i < 5; i++) {
      const res = await t.http().post(SECOND).send({ challenge: step.challenge, code: '000000' });
      expectProblem(res, 401, ErrorCode.InvalidSecondFactor);
      expect(res.body.detail).toMatch(i < 4 ? `${4 - i} ${i === 3 ? 'try' : 'tries'} left` : /last try/);
    }
    const closed = await t.http().post(SECOND).send({ challenge: step.challenge, code: totpCode(admin, time.now()) });
    expectProblem(closed, 401, ErrorCode.InvalidSecondFactor);
    expect(closed.body.errors).toEqual([expect.objectContaining({ field: 'challenge' })]);

    const later = await firstStep(admin);
    time.advance(5 * 60_000 + 1000);
    expectProblem(await t.http().post(SECOND).send({ challenge: later.challenge, code: totpCode(admin, time.now()) }), 401, ErrorCode.InvalidSecondFactor);
  });

  it('counts wrong codes against the address like wrong passwords', async () => {
    const limited = await createTestApp({ clock: time.clock, env: { RATE_LIMIT_FAILED_SIGN_INS: '3' } });
    try {
      const admin = await createUser(limited.db);
      const step = (await limited.http().post(LOGIN).send({ email: admin.email, password: PASSWORD })).body as SecondFactorChallenge;
      for (let i = 0; i < 3; i++) expectProblem(await limited.http().post(SECOND).send({ challenge: step.secondFactor.challenge, code: '000000' }), 401, ErrorCode.InvalidSecondFactor);
      expectProblem(await limited.http().post(LOGIN).send({ email: admin.email, password: PASSWORD }), 429, ErrorCode.RateLimited);
    } finally {
      await limited.close();
    }
  });

  it('takes a recovery code once, and tells the person how many are left', async () => {
    const person = await vendorPerson();
    const { codes } = await enrol(bearer(t.app, person));
    const [first = ''] = codes;
    const step = await firstStep(person);
    expect((await t.http().post(SECOND).send({ challenge: step.challenge, code: first.toUpperCase().replace('-', '') })).status).toBe(200);
    expect((await mailTo(t.db, person.email)).map((m) => m.body_text).join('\n')).toContain('9 codes are left');
    const again = await firstStep(person);
    expectProblem(await t.http().post(SECOND).send({ challenge: again.challenge, code: first }), 401, ErrorCode.InvalidSecondFactor);
    expect(await countRows(t.db, 'recovery_code', 'user_id = $1 AND used_at IS NULL', [person.id])).toBe(9);
  });

  it('names the fields of a malformed second step', async () => {
    // Either a code or a passkey: an empty body is told about both.
    expectFieldErrors(await t.http().post(SECOND).send({}), ['challenge', 'code', 'passkey']);
    const step = await firstStep(await createUser(t.db));
    // A bad code is named, and so is the alternative it could have sent instead.
    expectFieldErrors(await t.http().post(SECOND).send({ challenge: step.challenge, code: 'abc' }), ['code', 'passkey']);
    expectFieldErrors(await t.http().post(SECOND).send({ challenge: step.challenge, code: 123456 }), ['code', 'passkey']);
    expect((await t.http().post(SECOND).send({ challenge: step.challenge, code: '123456', passkey: {} })).status).toBe(400);
    expectProblem(await t.http().post(SECOND).send({ challenge: 'x'.repeat(43), code: '123456' }), 401, ErrorCode.InvalidSecondFactor);
  });
});

describe('a vendor’s own choice', () => {
  it('turns the app on and off (the password required), and renews recovery codes', async () => {
    const person = await vendorPerson();
    const auth = bearer(t.app, person);
    expect((await login(person)).status).toBe(200);
    expectProblem(await t.http().post(CODES).set('authorization', auth).send({ currentPassword: PASSWORD }), 409, ErrorCode.InvalidState);

    const { codes } = await enrol(auth);
    expect((await login(person)).status).toBe(202);

    expectFieldErrors(await t.http().post(CODES).set('authorization', auth).send({ currentPassword: 'not the password' }), ['currentPassword']);
    const renewed = await t.http().post(CODES).set('authorization', auth).send({ currentPassword: PASSWORD });
    expect(renewed.status).toBe(200);
    expect(renewed.body.recoveryCodes).not.toContain(codes[0]);

    expectFieldErrors(await t.http().delete(TOTP).set('authorization', auth).send({ currentPassword: 'not the password' }), ['currentPassword']);
    expect((await t.http().delete(TOTP).set('authorization', auth).send({ currentPassword: PASSWORD })).status).toBe(204);
    expect((await login(person)).status).toBe(200);
    expect(await countRows(t.db, 'recovery_code', 'user_id = $1', [person.id])).toBe(0);
    expect((await auditOf(t.db, person.id)).map((a) => a.action)).toEqual(expect.arrayContaining(['user.totp_enabled', 'user.recovery_codes_renewed', 'user.totp_disabled']));
    expect((await mailTo(t.db, person.email)).map((m) => m.subject)).toContain('Your authenticator app was removed');
  });

  it('refuses anonymous callers and bad bodies', async () => {
    for (const [method, path] of [
      ['get', STATUS],
      ['post', TOTP],
      ['post', `${TOTP}/confirm`],
      ['delete', TOTP],
      ['post', CODES],
      ['post', PASSKEY_OPTIONS],
      ['post', PASSKEYS],
      ['delete', `${PASSKEYS}/00000000-0000-4000-8000-000000000000`],
    ] as const) {
      expectUnauthenticated(await t.http()[method](path));
    }
    const auth = bearer(t.app, await vendorPerson());
    expectFieldErrors(await t.http().post(`${TOTP}/confirm`).set('authorization', auth).send({}), ['code']);
    expectFieldErrors(await t.http().post(`${TOTP}/confirm`).set('authorization', auth).send({ code: '12345x' }), ['code']);
    expectFieldErrors(await t.http().delete(TOTP).set('authorization', auth).send({}), ['currentPassword']);
    expectFieldErrors(await t.http().post(PASSKEYS).set('authorization', auth).send({ challenge: 'x'.repeat(43) }), ['response']);
    expectFieldErrors(await t.http().delete(`${PASSKEYS}/not-a-uuid`).set('authorization', auth), ['id']);
  });
});

describe('passkeys', () => {
  const authenticator = () => softAuthenticator({ rpId: t.config.webAuthn.rpId, origin: t.config.webAuthn.origins[0] ?? '' });

  async function addPasskey(auth: string, key = authenticator(), name?: string) {
    const options = await t.http().post(PASSKEY_OPTIONS).set('authorization', auth);
    expect(options.status).toBe(200);
    expectSchema(PasskeyRegistrationOptions, options.body);
    const body = options.body as PasskeyRegistrationOptions;
    return t.http().post(PASSKEYS).set('authorization', auth).send({ challenge: body.challenge, response: key.register(body.options), ...(name ? { name } : {}) });
  }

  it('adds a passkey that then serves as the second step after the password', async () => {
    const person = await vendorPerson();
    const key = authenticator();
    const added = await addPasskey(bearer(t.app, person), key, 'Work laptop');
    expect(added.status).toBe(201);
    expectSchema(PasskeySchema, added.body);
    expect(added.body).toMatchObject({ name: 'Work laptop', lastUsedAt: null });
    expect((await mailTo(t.db, person.email)).map((m) => m.subject)).toContain('A passkey was added to your account');

    const step = await firstStep(person);
    expect(step.methods).toEqual(['passkey', 'recovery_code']);
    const options = step.passkeyOptions as { challenge: string; allowCredentials: { id: string }[] };
    expect(options.allowCredentials.map((c) => c.id)).toEqual([key.credentialId]);
    const done = await t.http().post(SECOND).send({ challenge: step.challenge, passkey: key.assert(options) });
    expect(done.status).toBe(200);
    const status = await t.http().get(STATUS).set('authorization', `Bearer ${done.body.accessToken as string}`);
    expect(status.body.passkeys[0].lastUsedAt).not.toBeNull();
  });

  it('signs in without a password, and refuses another origin, an unknown key and a replayed challenge', async () => {
    const person = await vendorPerson();
    const key = authenticator();
    expect((await addPasskey(bearer(t.app, person), key)).status).toBe(201);

    const options = await t.http().post('/api/v1/auth/passkey-sign-in/options');
    expect(options.status).toBe(200);
    const signedIn = await t.http().post('/api/v1/auth/passkey-sign-in').send({ challenge: options.body.challenge, passkey: key.assert(options.body.options) });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ id: person.id, twoFactor: { enabled: true, enrolmentRequired: false } });
    expectProblem(await t.http().post('/api/v1/auth/passkey-sign-in').send({ challenge: options.body.challenge, passkey: key.assert(options.body.options) }), 401, ErrorCode.InvalidSecondFactor);

    const phishing = await t.http().post('/api/v1/auth/passkey-sign-in/options');
    expectProblem(
      await t.http().post('/api/v1/auth/passkey-sign-in').send({ challenge: phishing.body.challenge, passkey: key.assert(phishing.body.options, 'https://evil.example') }),
      401,
      ErrorCode.InvalidSecondFactor,
    );
    const stranger = await t.http().post('/api/v1/auth/passkey-sign-in/options');
    expectProblem(await t.http().post('/api/v1/auth/passkey-sign-in').send({ challenge: stranger.body.challenge, passkey: authenticator().assert(stranger.body.options) }), 401, ErrorCode.InvalidSecondFactor);
  });

  it('a passwordless sign-in needs user verification; the second step does not', async () => {
    const person = await vendorPerson();
    const key = softAuthenticator({ rpId: t.config.webAuthn.rpId, origin: t.config.webAuthn.origins[0] ?? '', userVerified: false });
    expect((await addPasskey(bearer(t.app, person), key)).status).toBe(201);
    const options = await t.http().post('/api/v1/auth/passkey-sign-in/options');
    expectProblem(await t.http().post('/api/v1/auth/passkey-sign-in').send({ challenge: options.body.challenge, passkey: key.assert(options.body.options) }), 401, ErrorCode.InvalidSecondFactor);
    const step = await firstStep(person);
    expect((await t.http().post(SECOND).send({ challenge: step.challenge, passkey: key.assert(step.passkeyOptions as { challenge: string }) })).status).toBe(200);
  });

  it('removes only the caller’s own passkey, and never an admin’s last factor', async () => {
    const admin = await createUser(t.db, { totpEnabledAt: null });
    const adminAuth = bearer(t.app, admin);
    const added = await addPasskey(adminAuth);
    expect(added.status).toBe(201);
    // The passkey alone satisfies the rule for admins.
    expect((await t.http().get('/api/v1/vendors').set('authorization', adminAuth)).status).toBe(200);

    const other = await vendorPerson();
    expectProblem(await t.http().delete(`${PASSKEYS}/${added.body.id as string}`).set('authorization', bearer(t.app, other)), 404, ErrorCode.NotFound);
    expectProblem(await t.http().delete(`${PASSKEYS}/${added.body.id as string}`).set('authorization', adminAuth), 409, ErrorCode.InvalidState);

    await enrol(adminAuth);
    expect((await t.http().delete(`${PASSKEYS}/${added.body.id as string}`).set('authorization', adminAuth)).status).toBe(204);
    expect((await auditOf(t.db, admin.id)).map((a) => a.action)).toEqual(expect.arrayContaining(['user.passkey_added', 'user.passkey_removed']));
  });

  it('refuses an answer to another account’s registration, and a response that does not verify', async () => {
    const person = await vendorPerson();
    const options = await t.http().post(PASSKEY_OPTIONS).set('authorization', bearer(t.app, person));
    const stranger = bearer(t.app, await vendorPerson());
    const key = authenticator();
    expectProblem(await t.http().post(PASSKEYS).set('authorization', stranger).send({ challenge: options.body.challenge, response: key.register(options.body.options) }), 401, ErrorCode.InvalidSecondFactor);
    const fresh = await t.http().post(PASSKEY_OPTIONS).set('authorization', bearer(t.app, person));
    const forged = await t.http().post(PASSKEYS).set('authorization', bearer(t.app, person)).send({ challenge: fresh.body.challenge, response: key.register({ challenge: 'not-the-challenge' }) });
    expectProblem(forged, 401, ErrorCode.InvalidSecondFactor);
    expect(forged.body.errors).toEqual([expect.objectContaining({ field: 'response' })]);
  });
});

describe('the admin resets a person who lost every factor', () => {
  it('clears the factors, ends the sessions and tells the person; only the admin may, on the person’s own vendor', async () => {
    const vendor = await createVendor(t.db);
    const person = await createUser(t.db, { role: Role.VendorOwner, vendorId: vendor.id });
    const { secret } = await enrol(bearer(t.app, person));
    const step = await firstStep(person);
    expect((await t.http().post(SECOND).send({ challenge: step.challenge, code: totpCode({ totpSecret: secret }, time.now(), 1) })).status).toBe(200);
    const admin = await createUser(t.db);
    const url = `/api/v1/vendors/${vendor.id}/members/${person.id}/two-factor`;

    const team = await t.http().get(`/api/v1/vendors/${vendor.id}/members`).set('authorization', bearer(t.app, admin));
    expect(team.body.items).toEqual([expect.objectContaining({ id: person.id, twoFactor: true })]);

    expectUnauthenticated(await t.http().delete(url));
    expectProblem(await t.http().delete(url).set('authorization', bearer(t.app, person)), 403, ErrorCode.Forbidden);
    expectProblem(await t.http().delete(`/api/v1/vendors/${(await createVendor(t.db)).id}/members/${person.id}/two-factor`).set('authorization', bearer(t.app, admin)), 404, ErrorCode.NotFound);
    expectFieldErrors(await t.http().delete(`/api/v1/vendors/${vendor.id}/members/nobody/two-factor`).set('authorization', bearer(t.app, admin)), ['userId']);

    const reset = await t.http().delete(url).set('authorization', bearer(t.app, admin));
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ id: person.id, twoFactor: false });
    expect(await countRows(t.db, 'recovery_code', 'user_id = $1', [person.id])).toBe(0);
    expect(await countRows(t.db, 'refresh_token', 'user_id = $1 AND revoked_at IS NULL', [person.id])).toBe(0);
    expect((await mailTo(t.db, person.email)).map((m) => m.subject)).toContain('Your two-step sign-in was reset');
    expect((await auditOf(t.db, person.id)).map((a) => a.action)).toContain('user.two_factor_reset');
    expect((await login(person)).status).toBe(200);
    expectProblem(await t.http().delete(url).set('authorization', bearer(t.app, admin)), 409, ErrorCode.InvalidState);
  });
});
