import { randomUUID } from 'node:crypto';
import { ErrorCode, MemberList, MemberSchema, Role } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createCast, createInvitation } from '../../../../test/factories.ts';
import { auditOf, countRows, invitationTokenIn, mailTo } from '../../../../test/queries.ts';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let auth: { admin: string; owner: string; member: string; otherOwner: string };
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t.db);
  auth = { admin: bearer(t.app, cast.admin), owner: bearer(t.app, cast.owner), member: bearer(t.app, cast.member), otherOwner: bearer(t.app, cast.otherOwner) };
});
afterAll(async () => t.close());

const members = (vendorId: string) => `/api/v1/vendors/${vendorId}/members`;
let serial = 0;
const newEmail = () => `colleague-${++serial}@vendor.example`;

describe('GET /api/v1/vendors/{id}/members', () => {
  it('lists the vendor’s people with their status, to its owner, member and the admin', async () => {
    const { user: invited } = await createInvitation(t.db, cast.vendor, { role: Role.VendorMember });
    for (const who of [auth.owner, auth.member, auth.admin]) {
      const res = await t.http().get(members(cast.vendor.id)).set('authorization', who);
      expect(res.status).toBe(200);
      expectSchema(MemberList, res.body);
      const byEmail = Object.fromEntries((res.body.items as { email: string; role: string; status: string }[]).map((m) => [m.email, [m.role, m.status]]));
      expect(byEmail).toEqual({
        [cast.owner.email]: [Role.VendorOwner, 'active'],
        [cast.member.email]: [Role.VendorMember, 'active'],
        [invited.email]: [Role.VendorMember, 'invited'],
      });
    }
  });

  it('answers 404 for another vendor or an unknown one, 400 for a bad id, 401 anonymously', async () => {
    expectProblem(await t.http().get(members(cast.otherVendor.id)).set('authorization', auth.owner), 404, ErrorCode.NotFound);
    expectProblem(await t.http().get(members(cast.otherVendor.id)).set('authorization', auth.member), 404, ErrorCode.NotFound);
    expectProblem(await t.http().get(members(randomUUID())).set('authorization', auth.admin), 404, ErrorCode.NotFound);
    expectFieldErrors(await t.http().get(members('x')).set('authorization', auth.admin), ['id']);
    expectUnauthenticated(await t.http().get(members(cast.vendor.id)));
  });
});

describe('POST /api/v1/vendors/{id}/members', () => {
  const invite = (vendorId: string, who: string, body: object, key?: string) => {
    const req = t.http().post(members(vendorId)).set('authorization', who);
    return (key ? req.set('idempotency-key', key) : req).send(body);
  };

  it('invites a colleague: the account, a 7-day link by e-mail and an audit line', async () => {
    const email = newEmail();
    const res = await invite(cast.vendor.id, auth.owner, { email: `  ${email.toUpperCase()}`.trim(), role: Role.VendorMember });

    expect(res.status).toBe(201);
    expectSchema(MemberSchema, res.body);
    expect(res.body).toEqual({ id: expect.any(String), email, name: '', role: Role.VendorMember, status: 'invited', createdAt: expect.any(String) });
    const [invitation] = (await t.db.query(`SELECT vendor_id, invited_by, expires_at - created_at AS valid_for FROM invitation WHERE user_id = $1`, [res.body.id])) as unknown[];
    expect(invitation).toEqual({ vendor_id: cast.vendor.id, invited_by: cast.owner.id, valid_for: { days: 7 } });
    expect(await auditOf(t.db, res.body.id as string)).toEqual([
      expect.objectContaining({ action: 'user.invited', actor_id: cast.owner.id, vendor_id: cast.vendor.id, to_state: Role.VendorMember, request_id: res.headers['x-request-id'] }),
    ]);

    const [mail] = await mailTo(t.db, email);
    expect(mail?.subject).toContain(cast.vendor.name);
    const token = invitationTokenIn(mail?.body_text ?? '');
    const accepted = await t.http().post(`/api/v1/invitations/${token}/accept`).send({ name: 'New Colleague', password: 'a colleague passphrase' });
    expect(accepted.body).toMatchObject({ id: res.body.id, role: Role.VendorMember, vendorId: cast.vendor.id });
  });

  it('lets the admin invite to any vendor, an owner too', async () => {
    const res = await invite(cast.otherVendor.id, auth.admin, { email: newEmail(), role: Role.VendorOwner });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ role: Role.VendorOwner, status: 'invited' });
  });

  it('answers 409 naming the e-mail when it already has an account', async () => {
    for (const email of [cast.member.email, cast.otherOwner.email, cast.admin.email.toUpperCase()]) {
      const res = await invite(cast.vendor.id, auth.owner, { email, role: Role.VendorMember });
      expectProblem(res, 409, ErrorCode.Duplicate);
      expect(res.body.errors).toEqual([{ field: 'email', message: expect.any(String) }]);
    }
  });

  it('answers 403 to a member, 404 for another vendor or an unknown one, 401 anonymously', async () => {
    const email = newEmail();
    expectProblem(await invite(cast.vendor.id, auth.member, { email, role: Role.VendorMember }), 403, ErrorCode.Forbidden);
    expectProblem(await invite(cast.vendor.id, auth.otherOwner, { email, role: Role.VendorMember }), 404, ErrorCode.NotFound);
    expectProblem(await invite(randomUUID(), auth.admin, { email, role: Role.VendorMember }), 404, ErrorCode.NotFound);
    expectFieldErrors(await invite('not-a-uuid', auth.admin, { email, role: Role.VendorMember }), ['id']);
    expectUnauthenticated(await t.http().post(members(cast.vendor.id)).send({ email, role: Role.VendorMember }));
    expect(await countRows(t.db, 'app_user', 'email = $1', [email])).toBe(0);
  });

  it('names missing fields, wrong types, a role that cannot be invited and unknown fields', async () => {
    expectFieldErrors(await invite(cast.vendor.id, auth.owner, {}), ['email', 'role']);
    expectFieldErrors(await invite(cast.vendor.id, auth.owner, { email: newEmail() }), ['role']);
    expectFieldErrors(await invite(cast.vendor.id, auth.owner, { role: Role.VendorMember }), ['email']);
    expectFieldErrors(await invite(cast.vendor.id, auth.owner, { email: 12, role: ['vendor_member'] }), ['email', 'role']);
    expectFieldErrors(await invite(cast.vendor.id, auth.owner, { email: newEmail(), role: Role.Admin }), ['role']);
    expectFieldErrors(await invite(cast.vendor.id, auth.owner, { email: newEmail(), role: Role.VendorMember, vendorId: cast.otherVendor.id }), ['vendorId']);
  });

  it('honours Idempotency-Key: a retry replays the first answer and invites once', async () => {
    const body = { email: newEmail(), role: Role.VendorMember };
    const first = await invite(cast.vendor.id, auth.owner, body, 'invite-1');
    const retry = await invite(cast.vendor.id, auth.owner, body, 'invite-1');
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await countRows(t.db, 'app_user', 'email = $1', [body.email])).toBe(1);
    expect(await mailTo(t.db, body.email)).toHaveLength(1);

    expectProblem(await invite(cast.vendor.id, auth.owner, { email: newEmail(), role: Role.VendorMember }, 'invite-1'), 422, ErrorCode.IdempotencyKeyReused);
    // The same key on another vendor's URL is another request.
    expectProblem(await invite(cast.otherVendor.id, auth.admin, body, 'invite-1'), 409, ErrorCode.Duplicate);
  });

  it('invites once for simultaneous requests with one key', async () => {
    const body = { email: newEmail(), role: Role.VendorMember };
    const results = await Promise.all(Array.from({ length: 4 }, () => invite(cast.vendor.id, auth.owner, body, 'invite-2')));
    expect(await countRows(t.db, 'app_user', 'email = $1', [body.email])).toBe(1);
    for (const r of results) expect([201, 409]).toContain(r.status);
    expect(new Set(results.filter((r) => r.status === 201).map((r) => r.body.id as string)).size).toBe(1);
  });
});
