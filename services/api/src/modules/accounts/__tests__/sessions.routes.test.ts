import { randomUUID } from 'node:crypto';
import { ErrorCode, Role, SessionList } from '@cep/shared';
import type { Response } from 'supertest';
import { cookieValue } from '../../../../test/auth.ts';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createUser, createVendor, movableClock, PASSWORD } from '../../../../test/factories.ts';
import { auditOf } from '../../../../test/queries.ts';
import type { User } from '../user.entity.ts';

const SESSIONS = '/api/v1/auth/sessions';
const COOKIE = 'cep_refresh';

const time = movableClock(new Date('2026-06-01T09:00:00Z'));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock, env: { RATE_LIMIT_FAILED_SIGN_INS: '3' } });
});
afterAll(async () => t.close());

const vendorPerson = async () => createUser(t.db, { role: Role.VendorOwner, vendorId: (await createVendor(t.db)).id });

function signIn(user: User, userAgent: string, password = PASSWORD) {
  return t.http().post('/api/v1/auth/login').set('user-agent', userAgent).send({ email: user.email, password });
}

const withCookie = (res: Response) => `${COOKIE}=${cookieValue(res, COOKIE)}`;

describe('the sessions of an account', () => {
  it('lists each signed-in device with its browser and times, marks the one asking, and follows refreshes', async () => {
    const user = await vendorPerson();
    const laptop = await signIn(user, 'Laptop Browser/1.0');
    time.advance(60_000);
    const phone = await signIn(user, 'Phone Browser/2.0');
    time.advance(60_000);
    const refreshed = await t.http().post('/api/v1/auth/refresh').set('cookie', withCookie(laptop)).set('user-agent', 'Laptop Browser/1.1');
    expect(refreshed.status).toBe(200);

    const res = await t.http().get(SESSIONS).set('authorization', bearer(t.app, user)).set('cookie', withCookie(phone));
    expect(res.status).toBe(200);
    expectSchema(SessionList, res.body);
    expect(res.body.items).toEqual([
      { id: expect.any(String), signedInAt: '2026-06-01T09:00:00.000Z', lastUsedAt: '2026-06-01T09:02:00.000Z', ip: expect.any(String), userAgent: 'Laptop Browser/1.1', current: false },
      { id: expect.any(String), signedInAt: '2026-06-01T09:01:00.000Z', lastUsedAt: '2026-06-01T09:01:00.000Z', ip: expect.any(String), userAgent: 'Phone Browser/2.0', current: true },
    ]);
    // Another account sees only its own.
    const other = await vendorPerson();
    expect((await t.http().get(SESSIONS).set('authorization', bearer(t.app, other))).body).toEqual({ items: [] });
  });

  it('signs one device out: its refresh stops working, the list drops it, the audit log says so', async () => {
    const user = await vendorPerson();
    const laptop = await signIn(user, 'Laptop');
    const phone = await signIn(user, 'Phone');
    const auth = bearer(t.app, user);
    const list = await t.http().get(SESSIONS).set('authorization', auth).set('cookie', withCookie(laptop));
    const phoneSession = (list.body.items as { id: string; current: boolean }[]).find((s) => !s.current);

    expect((await t.http().delete(`${SESSIONS}/${phoneSession?.id}`).set('authorization', auth)).status).toBe(204);
    expectProblem(await t.http().post('/api/v1/auth/refresh').set('cookie', withCookie(phone)), 401, ErrorCode.InvalidRefreshToken);
    expect((await t.http().get(SESSIONS).set('authorization', auth)).body.items).toHaveLength(1);
    expect((await auditOf(t.db, user.id)).map((a) => a.action)).toEqual(['user.session_ended']);
    // Ended already, or never this account's: 404.
    expectProblem(await t.http().delete(`${SESSIONS}/${phoneSession?.id}`).set('authorization', auth), 404, ErrorCode.NotFound);
    const stranger = await vendorPerson();
    const strangers = await signIn(stranger, 'Stranger');
    const strangerSession = (await t.http().get(SESSIONS).set('authorization', bearer(t.app, stranger)).set('cookie', withCookie(strangers))).body.items[0].id as string;
    expectProblem(await t.http().delete(`${SESSIONS}/${strangerSession}`).set('authorization', auth), 404, ErrorCode.NotFound);
    expect((await t.http().post('/api/v1/auth/refresh').set('cookie', withCookie(strangers))).status).toBe(200);
  });

  it('signs out every other device and keeps the one asking', async () => {
    const user = await vendorPerson();
    const here = await signIn(user, 'Here');
    const others = [await signIn(user, 'There'), await signIn(user, 'Elsewhere')];
    const res = await t.http().delete(SESSIONS).set('authorization', bearer(t.app, user)).set('cookie', withCookie(here));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ended: 2 });
    for (const other of others) expectProblem(await t.http().post('/api/v1/auth/refresh').set('cookie', withCookie(other)), 401, ErrorCode.InvalidRefreshToken);
    expect((await t.http().post('/api/v1/auth/refresh').set('cookie', withCookie(here))).status).toBe(200);
    // Without a sign-in of this account to keep, there is nothing to keep.
    expectProblem(await t.http().delete(SESSIONS).set('authorization', bearer(t.app, user)), 409, ErrorCode.InvalidState);
  });

  it('refuses the anonymous and a session id that is none', async () => {
    expectUnauthenticated(await t.http().get(SESSIONS));
    expectUnauthenticated(await t.http().delete(SESSIONS));
    expectUnauthenticated(await t.http().delete(`${SESSIONS}/${randomUUID()}`));
    expectFieldErrors(await t.http().delete(`${SESSIONS}/not-a-session`).set('authorization', bearer(t.app, await vendorPerson())), ['id']);
  });
});

describe('failed sign-ins per address', () => {
  it('stop an address after the limit, from any client and even with the right password, until the window ends', async () => {
    const user = await vendorPerson();
    for (let i = 0; i < 3; i++) expectProblem(await signIn(user, `Guesser ${i}`, 'a wrong guess'), 401, ErrorCode.InvalidCredentials);
    const locked = await signIn(user, 'Owner', PASSWORD);
    expectProblem(locked, 429, ErrorCode.RateLimited);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.body.detail).toMatch(/^Too many failed sign-ins for this address\. Try again in \d+ minutes?, or reset the password\.$/);

    time.advance(15 * 60_000);
    expect((await signIn(user, 'Owner', PASSWORD)).status).toBe(200);
  });

  it('count an address without an account alike, so the answer reveals nothing', async () => {
    const ghost = { email: `nobody-${randomUUID()}@example.test` } as User;
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await signIn(ghost, 'Guesser', 'a wrong guess')).status);
    expect(answers).toEqual([401, 401, 401, 429]);
  });

  it('do not count successes', async () => {
    const user = await vendorPerson();
    for (let i = 0; i < 5; i++) expect((await signIn(user, 'Owner')).status).toBe(200);
  });
});
