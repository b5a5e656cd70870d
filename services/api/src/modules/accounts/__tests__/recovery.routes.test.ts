import { AcceptedNotice, ErrorCode, MeSchema, PasswordResetSummary, Role } from '@cep/shared';
import { cookieValue } from '../../../../test/auth.ts';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createUser, createVendor, movableClock, PASSWORD } from '../../../../test/factories.ts';
import { auditOf, countRows, mailTo } from '../../../../test/queries.ts';
import type { User } from '../user.entity.ts';

const RESETS = '/api/v1/auth/password-resets';
const PASSWORD_ROUTE = '/api/v1/auth/password';
const EMAIL_ROUTE = '/api/v1/auth/email';
const COOKIE = 'cep_refresh';
const NEW_PASSWORD = 'a brand new passphrase';

const time = movableClock(new Date('2026-06-01T09:00:00Z'));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
});
afterAll(async () => t.close());

function linkTokenIn(text: string, path: 'reset-password' | 'confirm-email'): string {
  const match = new RegExp(`/${path}/([A-Za-z0-9_-]{20,})`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in: ${text}`);
  return match[1];
}

async function vendorPerson(): Promise<User> {
  return createUser(t.db, { role: Role.VendorOwner, vendorId: (await createVendor(t.db)).id });
}

const login = (email: string, password: string) => t.http().post('/api/v1/auth/login').send({ email, password });

/** Asks for a reset and returns the token the e-mail carries. */
async function resetTokenFor(user: User): Promise<string> {
  const res = await t.http().post(RESETS).send({ email: user.email });
  expect(res.status).toBe(202);
  const mails = await mailTo(t.db, user.email);
  return linkTokenIn(mails.at(-1)?.body_text ?? '', 'reset-password');
}

const liveSessions = (userId: string) => countRows(t.db, 'refresh_token', 'user_id = $1 AND revoked_at IS NULL', [userId]);

describe('forgot password', () => {
  it('e-mails a one-time link valid 30 minutes; the new password works, the old does not, and every session ends', async () => {
    const user = await vendorPerson();
    const signedIn = await login(user.email, PASSWORD);
    expect(signedIn.status).toBe(200);
    expect(await liveSessions(user.id)).toBe(1);

    const token = await resetTokenFor(user);
    const summary = await t.http().get(`${RESETS}/${token}`);
    expect(summary.status).toBe(200);
    expectSchema(PasswordResetSummary, summary.body);
    expect(summary.body).toEqual({ email: user.email, expiresAt: new Date(time.now().getTime() + 30 * 60_000).toISOString() });

    time.advance(60_000);
    const reset = await t.http().post(`${RESETS}/${token}`).send({ password: NEW_PASSWORD });
    expect(reset.status).toBe(204);
    expect((await login(user.email, PASSWORD)).status).toBe(401);
    expect((await login(user.email, NEW_PASSWORD)).status).toBe(200);
    // The session from before the reset was revoked; the one just opened is the only one alive.
    expect(await liveSessions(user.id)).toBe(1);
    const refreshOld = await t.http().post('/api/v1/auth/refresh').set('cookie', `${COOKIE}=${cookieValue(signedIn, COOKIE)}`);
    expectProblem(refreshOld, 401, ErrorCode.InvalidRefreshToken);

    const mails = await mailTo(t.db, user.email);
    expect(mails.map((m) => m.subject)).toEqual(['Reset your password for the Customer Excellence Pledge registry', 'Your registry password was changed']);
    expect((await auditOf(t.db, user.id)).map((a) => a.action)).toEqual(['user.password_reset_requested', 'user.password_reset']);

    // Single use.
    expectProblem(await t.http().post(`${RESETS}/${token}`).send({ password: 'yet another passphrase' }), 410, ErrorCode.TokenInvalid);
    expectProblem(await t.http().get(`${RESETS}/${token}`), 410, ErrorCode.TokenInvalid);
  });

  it('answers an unknown address, an invited person without a password and a removed member exactly as a real account, and sends them nothing', async () => {
    const real = await vendorPerson();
    const invited = await createUser(t.db, { role: Role.VendorMember, vendorId: real.vendorId, passwordHash: null });
    const removed = await createUser(t.db, { role: Role.VendorMember, vendorId: real.vendorId, removedAt: new Date() });
    const answers = await Promise.all([real.email, 'nobody-here@example.test', invited.email, removed.email].map((email) => t.http().post(RESETS).send({ email })));
    for (const res of answers) {
      expect(res.status).toBe(202);
      expectSchema(AcceptedNotice, res.body);
    }
    expect(new Set(answers.map((res) => JSON.stringify(res.body))).size).toBe(1);
    expect(await mailTo(t.db, real.email)).toHaveLength(1);
    for (const email of ['nobody-here@example.test', invited.email, removed.email]) expect(await mailTo(t.db, email)).toEqual([]);
  });

  it('sends one account at most three links an hour, answering the fourth the same', async () => {
    const user = await vendorPerson();
    for (let i = 0; i < 4; i++) expect((await t.http().post(RESETS).send({ email: user.email.toUpperCase() })).status).toBe(202);
    expect(await mailTo(t.db, user.email)).toHaveLength(3);
    time.advance(61 * 60_000);
    expect((await t.http().post(RESETS).send({ email: user.email })).status).toBe(202);
    expect(await mailTo(t.db, user.email)).toHaveLength(4);
  });

  it('refuses a link after 30 minutes, and every other open link once one is used', async () => {
    const user = await vendorPerson();
    const first = await resetTokenFor(user);
    const second = await resetTokenFor(user);
    time.advance(31 * 60_000);
    expectProblem(await t.http().post(`${RESETS}/${first}`).send({ password: NEW_PASSWORD }), 410, ErrorCode.TokenInvalid);

    const third = await resetTokenFor(user);
    const fourth = await resetTokenFor(user);
    expect((await t.http().post(`${RESETS}/${third}`).send({ password: NEW_PASSWORD })).status).toBe(204);
    expectProblem(await t.http().post(`${RESETS}/${fourth}`).send({ password: 'yet another passphrase' }), 410, ErrorCode.TokenInvalid);
    expectProblem(await t.http().get(`${RESETS}/${second}`), 410, ErrorCode.TokenInvalid);
  });

  it('validates the address, the token and the new password', async () => {
    expectFieldErrors(await t.http().post(RESETS).send({}), ['email']);
    expectFieldErrors(await t.http().post(RESETS).send({ email: 'not an address' }), ['email']);
    expectFieldErrors(await t.http().post(RESETS).send({ email: 'a@example.test', extra: 1 }), ['extra']);
    expectFieldErrors(await t.http().get(`${RESETS}/short`), ['token']);
    const token = await resetTokenFor(await vendorPerson());
    expectFieldErrors(await t.http().post(`${RESETS}/${token}`).send({ password: 'too short' }), ['password']);
    expectFieldErrors(await t.http().post(`${RESETS}/${token}`).send({ password: 12345678901234 }), ['password']);
    expectFieldErrors(await t.http().post(`${RESETS}/${token}`).send({}), ['password']);
    // An unknown token of the right shape is simply gone.
    expectProblem(await t.http().post(`${RESETS}/${'x'.repeat(43)}`).send({ password: NEW_PASSWORD }), 410, ErrorCode.TokenInvalid);
  });
});

describe('POST /api/v1/auth/password', () => {
  it('needs the current password, keeps this device signed in and signs out every other', async () => {
    const user = await vendorPerson();
    const here = await login(user.email, PASSWORD);
    const elsewhere = await login(user.email, PASSWORD);
    const wrong = await t.http().post(PASSWORD_ROUTE).set('authorization', bearer(t.app, user)).send({ currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expectFieldErrors(wrong, ['currentPassword']);

    const res = await t.http().post(PASSWORD_ROUTE).set('authorization', bearer(t.app, user)).set('cookie', `${COOKIE}=${cookieValue(here, COOKIE)}`).send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.status).toBe(204);
    expect((await t.http().post('/api/v1/auth/refresh').set('cookie', `${COOKIE}=${cookieValue(here, COOKIE)}`)).status).toBe(200);
    expectProblem(await t.http().post('/api/v1/auth/refresh').set('cookie', `${COOKIE}=${cookieValue(elsewhere, COOKIE)}`), 401, ErrorCode.InvalidRefreshToken);
    expect((await login(user.email, NEW_PASSWORD)).status).toBe(200);
    expect((await mailTo(t.db, user.email)).map((m) => m.subject)).toEqual(['Your registry password was changed']);
    expect((await auditOf(t.db, user.id)).map((a) => [a.action, a.actor_id])).toEqual([['user.password_changed', user.id]]);
  });

  it('refuses the anonymous, and validates both fields', async () => {
    expectUnauthenticated(await t.http().post(PASSWORD_ROUTE).send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }));
    const auth = bearer(t.app, await vendorPerson());
    expectFieldErrors(await t.http().post(PASSWORD_ROUTE).set('authorization', auth).send({ currentPassword: PASSWORD }), ['newPassword']);
    expectFieldErrors(await t.http().post(PASSWORD_ROUTE).set('authorization', auth).send({ currentPassword: PASSWORD, newPassword: 'short' }), ['newPassword']);
    expectFieldErrors(await t.http().post(PASSWORD_ROUTE).set('authorization', auth).send({ newPassword: NEW_PASSWORD }), ['currentPassword']);
  });
});

describe('changing the e-mail address', () => {
  it('confirms through the new address, tells the old one, and signs in with the new one after', async () => {
    const user = await vendorPerson();
    const newEmail = `moved-${user.id.slice(0, 8)}@example.test`;
    const res = await t.http().post(EMAIL_ROUTE).set('authorization', bearer(t.app, user)).send({ newEmail: newEmail.toUpperCase(), currentPassword: PASSWORD });
    expect(res.status).toBe(202);
    expectSchema(AcceptedNotice, res.body);
    // Nothing changes before the link is opened.
    expect((await login(user.email, PASSWORD)).status).toBe(200);
    expect((await mailTo(t.db, user.email)).map((m) => m.subject)).toEqual(['A new e-mail address was requested for your registry account']);

    const token = linkTokenIn((await mailTo(t.db, newEmail))[0]?.body_text ?? '', 'confirm-email');
    time.advance(60_000);
    const confirmed = await t.http().post(`/api/v1/auth/email-changes/${token}`);
    expect(confirmed.status).toBe(200);
    expectSchema(MeSchema, confirmed.body);
    expect(confirmed.body).toMatchObject({ id: user.id, email: newEmail });
    expect((await login(newEmail, PASSWORD)).status).toBe(200);
    expect((await login(user.email, PASSWORD)).status).toBe(401);
    expect((await mailTo(t.db, user.email)).at(-1)?.subject).toBe('Your registry account now uses another e-mail address');
    expect((await auditOf(t.db, user.id)).map((a) => [a.action, a.from_state, a.to_state])).toEqual([
      ['user.email_change_requested', null, null],
      ['user.email_changed', user.email, newEmail],
    ]);
    expectProblem(await t.http().post(`/api/v1/auth/email-changes/${token}`), 410, ErrorCode.TokenInvalid);
  });

  it('answers an address that already has an account the same, sending it a note and no link', async () => {
    const user = await vendorPerson();
    const other = await vendorPerson();
    const res = await t.http().post(EMAIL_ROUTE).set('authorization', bearer(t.app, user)).send({ newEmail: other.email, currentPassword: PASSWORD });
    expect(res.status).toBe(202);
    const notes = await mailTo(t.db, other.email);
    expect(notes.map((m) => m.subject)).toEqual(['Someone asked to use this address in the Customer Excellence Pledge registry']);
    expect(notes[0]?.body_text).not.toMatch(/confirm-email/);
  });

  it('refuses a link whose address got an account meanwhile, with a 409', async () => {
    const user = await vendorPerson();
    const newEmail = `wanted-${user.id.slice(0, 8)}@example.test`;
    await t.http().post(EMAIL_ROUTE).set('authorization', bearer(t.app, user)).send({ newEmail, currentPassword: PASSWORD });
    const token = linkTokenIn((await mailTo(t.db, newEmail))[0]?.body_text ?? '', 'confirm-email');
    await createUser(t.db, { email: newEmail });
    expectProblem(await t.http().post(`/api/v1/auth/email-changes/${token}`), 409, ErrorCode.Duplicate);
  });

  it('refuses a wrong password, the same address, the anonymous and bad fields', async () => {
    const user = await vendorPerson();
    const auth = bearer(t.app, user);
    expectFieldErrors(await t.http().post(EMAIL_ROUTE).set('authorization', auth).send({ newEmail: 'x@example.test', currentPassword: 'wrong one' }), ['currentPassword']);
    expectFieldErrors(await t.http().post(EMAIL_ROUTE).set('authorization', auth).send({ newEmail: user.email, currentPassword: PASSWORD }), ['newEmail']);
    expectFieldErrors(await t.http().post(EMAIL_ROUTE).set('authorization', auth).send({ newEmail: 'nope', currentPassword: PASSWORD }), ['newEmail']);
    expectFieldErrors(await t.http().post(EMAIL_ROUTE).set('authorization', auth).send({ newEmail: 'x@example.test' }), ['currentPassword']);
    expectUnauthenticated(await t.http().post(EMAIL_ROUTE).send({ newEmail: 'x@example.test', currentPassword: PASSWORD }));
    expectFieldErrors(await t.http().post('/api/v1/auth/email-changes/bad'), ['token']);
  });
});
