import { DAY_MS, ErrorCode, InvitationSummary, MeSchema, Role } from '@cep/shared';
import { cookieValue } from '../../../../test/auth.ts';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema } from '../../../../test/expectations.ts';
import { createInvitation, createVendor, movableClock } from '../../../../test/factories.ts';
import { auditOf } from '../../../../test/queries.ts';

const NEW_PASSWORD = 'a brand new passphrase';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const accept = (app: TestApp, token: string, body: object = { name: '  Ada Owner ', password: NEW_PASSWORD }) =>
  app.http().post(`/api/v1/invitations/${token}/accept`).send(body);

describe('GET /api/v1/invitations/{token}', () => {
  it('describes an open invitation without signing in', async () => {
    const vendor = await createVendor(t.db, { name: 'Acme Learning' });
    const { token, user, invitation } = await createInvitation(t.db, vendor, { role: Role.VendorMember });
    const res = await t.http().get(`/api/v1/invitations/${token}`);
    expect(res.status).toBe(200);
    expectSchema(InvitationSummary, res.body);
    expect(res.body).toEqual({ email: user.email, vendorName: 'Acme Learning', role: Role.VendorMember, expiresAt: invitation.expiresAt.toISOString() });
  });

  it('answers 410 for an unknown, used or expired token', async () => {
    const vendor = await createVendor(t.db);
    const used = await createInvitation(t.db, vendor, { acceptedAt: new Date() });
    const expired = await createInvitation(t.db, vendor, { expiresAt: new Date(Date.now() - 1000) });
    for (const token of ['x'.repeat(43), used.token, expired.token]) {
      expectProblem(await t.http().get(`/api/v1/invitations/${token}`), 410, ErrorCode.TokenInvalid);
    }
  });

  it('answers 400 naming the token when it cannot be one', async () => {
    expectFieldErrors(await t.http().get('/api/v1/invitations/short'), ['token']);
    expectFieldErrors(await t.http().get(`/api/v1/invitations/${'a'.repeat(30)}%24%25`), ['token']);
  });
});

describe('POST /api/v1/invitations/{token}/accept', () => {
  it('sets the name and password, spends the link, and the person can sign in', async () => {
    const vendor = await createVendor(t.db);
    // The owner's invitation, as approving an application sends it.
    const { token, user, invitation } = await createInvitation(t.db, vendor, { role: Role.VendorOwner });

    const res = await accept(t, token);
    expect(res.status).toBe(200);
    expectSchema(MeSchema, res.body);
    expect(res.body).toEqual({ id: user.id, email: user.email, name: 'Ada Owner', role: Role.VendorOwner, vendorId: vendor.id, twoFactor: { enabled: false, enrolmentRequired: false } });

    const [row] = (await t.db.query(`SELECT accepted_at FROM invitation WHERE id = $1`, [invitation.id])) as { accepted_at: Date | null }[];
    expect(row?.accepted_at).toBeInstanceOf(Date);
    expect(await auditOf(t.db, user.id)).toEqual([
      expect.objectContaining({ action: 'user.invitation_accepted', actor_id: user.id, actor_label: user.email, vendor_id: vendor.id, request_id: res.headers['x-request-id'] }),
    ]);

    const login = await t.http().post('/api/v1/auth/login').send({ email: user.email, password: NEW_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ id: user.id, name: 'Ada Owner', role: Role.VendorOwner, vendorId: vendor.id });
    expect(cookieValue(login, 'cep_refresh')).toBeTruthy();
  });

  it('refuses a used link with 410 token_invalid and leaves the password alone', async () => {
    const vendor = await createVendor(t.db);
    const { token, user } = await createInvitation(t.db, vendor);
    expect((await accept(t, token)).status).toBe(200);

    const again = await accept(t, token, { name: 'Mallory', password: 'the attacker password' });
    expectProblem(again, 410, ErrorCode.TokenInvalid);
    expect((await t.http().post('/api/v1/auth/login').send({ email: user.email, password: 'the attacker password' })).status).toBe(401);
    expect((await t.http().post('/api/v1/auth/login').send({ email: user.email, password: NEW_PASSWORD })).status).toBe(200);
  });

  it('lets only one of two simultaneous accepts through', async () => {
    const vendor = await createVendor(t.db);
    const { token } = await createInvitation(t.db, vendor);
    const results = await Promise.all([accept(t, token), accept(t, token)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 410]);
  });

  it('answers 410 for an unknown token', async () => {
    expectProblem(await accept(t, 'y'.repeat(43)), 410, ErrorCode.TokenInvalid);
  });

  it('names each missing field, wrong type and unknown field', async () => {
    const { token } = await createInvitation(t.db, await createVendor(t.db));
    expectFieldErrors(await accept(t, token, {}), ['name', 'password']);
    expectFieldErrors(await accept(t, token, { name: 'Ada' }), ['password']);
    expectFieldErrors(await accept(t, token, { password: NEW_PASSWORD }), ['name']);
    expectFieldErrors(await accept(t, token, { name: 7, password: 123456789012345 }), ['name', 'password']);
    expectFieldErrors(await accept(t, token, { name: '', password: 'too short' }), ['name', 'password']);
    expectFieldErrors(await accept(t, token, { name: 'Ada', password: NEW_PASSWORD, role: 'admin' }), ['role']);
    // None of that spent the link.
    expect((await accept(t, token)).status).toBe(200);
  });
});

describe('POST /api/v1/invitations/{token}/accept after expiry', () => {
  const time = movableClock();
  let clocked: TestApp;
  beforeAll(async () => {
    clocked = await createTestApp({ clock: time.clock });
  });
  afterAll(async () => clocked.close());

  it('works until 7 days have passed and answers 410 afterwards', async () => {
    const vendor = await createVendor(clocked.db);
    const early = await createInvitation(clocked.db, vendor, { now: time.now() });
    const late = await createInvitation(clocked.db, vendor, { now: time.now() });

    time.advance(7 * DAY_MS - 1000);
    expect((await accept(clocked, early.token)).status).toBe(200);

    time.advance(1000);
    expectProblem(await clocked.http().get(`/api/v1/invitations/${late.token}`), 410, ErrorCode.TokenInvalid);
    expectProblem(await accept(clocked, late.token), 410, ErrorCode.TokenInvalid);
    const [row] = (await clocked.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [late.user.id])) as { password_hash: string | null }[];
    expect(row?.password_hash).toBeNull();
  });
});
