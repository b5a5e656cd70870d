import { randomUUID } from 'node:crypto';
import { AcceptedNotice, ErrorCode, MemberList, MemberSchema, Role } from '@cep/shared';
import { cookieValue } from '../../../../test/auth.ts';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createCast, createInvitation, createUser, createVendor, PASSWORD } from '../../../../test/factories.ts';
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

  it('invites a colleague as a member: the account, a 7-day link by e-mail and an audit line', async () => {
    const email = newEmail();
    const res = await invite(cast.vendor.id, auth.owner, { email: `  ${email.toUpperCase()}`.trim() });

    expect(res.status).toBe(202);
    expectSchema(AcceptedNotice, res.body);
    expect(res.body.message).toContain(email);
    const [user] = (await t.db.query(`SELECT id, role, password_hash FROM app_user WHERE email = $1`, [email])) as { id: string; role: string; password_hash: string | null }[];
    expect(user).toEqual({ id: expect.any(String), role: Role.VendorMember, password_hash: null });
    const [invitation] = (await t.db.query(`SELECT vendor_id, invited_by, expires_at - created_at AS valid_for FROM invitation WHERE user_id = $1`, [user?.id])) as unknown[];
    expect(invitation).toEqual({ vendor_id: cast.vendor.id, invited_by: cast.owner.id, valid_for: { days: 7 } });
    expect(await auditOf(t.db, user?.id ?? '')).toEqual([
      expect.objectContaining({ action: 'user.invited', actor_id: cast.owner.id, vendor_id: cast.vendor.id, to_state: Role.VendorMember, request_id: res.headers['x-request-id'] }),
    ]);

    const [mail] = await mailTo(t.db, email);
    expect(mail?.subject).toContain(cast.vendor.name);
    const token = invitationTokenIn(mail?.body_text ?? '');
    const accepted = await t.http().post(`/api/v1/invitations/${token}/accept`).send({ name: 'New Colleague', password: 'a colleague passphrase' });
    expect(accepted.body).toMatchObject({ id: user?.id, role: Role.VendorMember, vendorId: cast.vendor.id });
  });

  it('lets the admin invite to any vendor', async () => {
    const email = newEmail();
    expect((await invite(cast.otherVendor.id, auth.admin, { email, role: Role.VendorMember })).status).toBe(202);
    expect(await countRows(t.db, 'app_user', 'email = $1 AND vendor_id = $2', [email, cast.otherVendor.id])).toBe(1);
  });

  it('answers 409 naming the e-mail for someone already on this team', async () => {
    const res = await invite(cast.vendor.id, auth.owner, { email: cast.member.email.toUpperCase() });
    expectProblem(res, 409, ErrorCode.Duplicate);
    expect(res.body.errors).toEqual([{ field: 'email', in: 'body', message: 'is already on your team' }]);
  });

  it('answers an address with an account elsewhere exactly as a new one, and tells that address why nothing happened', async () => {
    const fresh = await invite(cast.vendor.id, auth.owner, { email: newEmail() });
    for (const email of [cast.otherOwner.email, cast.admin.email.toUpperCase()]) {
      const res = await invite(cast.vendor.id, auth.owner, { email });
      expect(res.status).toBe(202);
      expect(res.body.message.replace(email.toLowerCase(), '')).toBe(fresh.body.message.replace(/colleague-\d+@vendor\.example/, ''));
      expect((await mailTo(t.db, email.toLowerCase())).map((m) => m.subject)).toEqual([`${cast.vendor.name} tried to invite you to the Customer Excellence Pledge registry`]);
    }
    expect(await countRows(t.db, 'app_user', 'email = $1', [cast.otherOwner.email])).toBe(1);
  });

  it('answers 403 to a member, 404 for another vendor or an unknown one, 401 anonymously', async () => {
    const email = newEmail();
    expectProblem(await invite(cast.vendor.id, auth.member, { email }), 403, ErrorCode.Forbidden);
    expectProblem(await invite(cast.vendor.id, auth.otherOwner, { email }), 404, ErrorCode.NotFound);
    expectProblem(await invite(randomUUID(), auth.admin, { email }), 404, ErrorCode.NotFound);
    expectFieldErrors(await invite('not-a-uuid', auth.admin, { email }), ['id']);
    expectUnauthenticated(await t.http().post(members(cast.vendor.id)).send({ email }));
    expect(await countRows(t.db, 'app_user', 'email = $1', [email])).toBe(0);
  });

  it('names missing fields, wrong types, a role that cannot be invited (a vendor has one owner) and unknown fields', async () => {
    expectFieldErrors(await invite(cast.vendor.id, auth.owner, {}), ['email']);
    expectFieldErrors(await invite(cast.vendor.id, auth.owner, { email: 12, role: ['vendor_member'] }), ['email', 'role']);
    expectFieldErrors(await invite(cast.vendor.id, auth.owner, { email: newEmail(), role: Role.Admin }), ['role']);
    expectFieldErrors(await invite(cast.vendor.id, auth.owner, { email: newEmail(), role: Role.VendorOwner }), ['role']);
    expectFieldErrors(await invite(cast.vendor.id, auth.owner, { email: newEmail(), vendorId: cast.otherVendor.id }), ['vendorId']);
  });

  it('honours Idempotency-Key: a retry replays the first answer and invites once', async () => {
    const body = { email: newEmail() };
    const first = await invite(cast.vendor.id, auth.owner, body, 'invite-1');
    const retry = await invite(cast.vendor.id, auth.owner, body, 'invite-1');
    expect(first.status).toBe(202);
    expect(retry.status).toBe(202);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await countRows(t.db, 'app_user', 'email = $1', [body.email])).toBe(1);
    expect(await mailTo(t.db, body.email)).toHaveLength(1);

    expectProblem(await invite(cast.vendor.id, auth.owner, { email: newEmail() }, 'invite-1'), 422, ErrorCode.IdempotencyKeyReused);
  });

  it('invites once for simultaneous requests with one key', async () => {
    const body = { email: newEmail() };
    const results = await Promise.all(Array.from({ length: 4 }, () => invite(cast.vendor.id, auth.owner, body, 'invite-2')));
    expect(await countRows(t.db, 'app_user', 'email = $1', [body.email])).toBe(1);
    for (const r of results) expect([202, 409]).toContain(r.status);
  });
});

/** A fresh team for tests that change it: an owner, a member who joined, one invited. */
async function freshTeam() {
  const vendor = await createVendor(t.db);
  const owner = await createUser(t.db, { role: Role.VendorOwner, vendorId: vendor.id });
  const member = await createUser(t.db, { role: Role.VendorMember, vendorId: vendor.id });
  const invited = await createInvitation(t.db, vendor, { role: Role.VendorMember });
  return { vendor, owner, member, invited, auth: { owner: bearer(t.app, owner), member: bearer(t.app, member) } };
}

const memberUrl = (vendorId: string, userId: string) => `/api/v1/vendors/${vendorId}/members/${userId}`;

describe('DELETE /api/v1/vendors/{id}/members/{userId}', () => {
  it('removes a member: signed out everywhere, refused at once with an old access token, told by e-mail, audited, gone from the list', async () => {
    const team = await freshTeam();
    const signedIn = await t.http().post('/api/v1/auth/login').send({ email: team.member.email, password: PASSWORD });
    expect(signedIn.status).toBe(200);

    const res = await t.http().delete(memberUrl(team.vendor.id, team.member.id)).set('authorization', team.auth.owner);
    expect(res.status).toBe(204);

    expectUnauthenticated(await t.http().get('/api/v1/me').set('authorization', team.auth.member));
    expectProblem(await t.http().post('/api/v1/auth/refresh').set('cookie', `cep_refresh=${cookieValue(signedIn, 'cep_refresh')}`), 401, ErrorCode.InvalidRefreshToken);
    expectProblem(await t.http().post('/api/v1/auth/login').send({ email: team.member.email, password: PASSWORD }), 401, ErrorCode.InvalidCredentials);
    const list = await t.http().get(members(team.vendor.id)).set('authorization', team.auth.owner);
    expect((list.body.items as { id: string }[]).map((m) => m.id)).not.toContain(team.member.id);
    expect((await mailTo(t.db, team.member.email)).map((m) => m.subject)).toEqual([`You were removed from ${team.vendor.name}'s team`]);
    expect((await auditOf(t.db, team.member.id)).map((a) => [a.action, a.actor_id, a.from_state])).toEqual([['user.removed', team.owner.id, Role.VendorMember]]);

    // The address is free again: the owner may invite it back.
    expect((await t.http().post(members(team.vendor.id)).set('authorization', team.auth.owner).send({ email: team.member.email })).status).toBe(202);
  });

  it('withdraws a pending invitation: its link stops working', async () => {
    const team = await freshTeam();
    expect((await t.http().delete(memberUrl(team.vendor.id, team.invited.user.id)).set('authorization', bearer(t.app, cast.admin))).status).toBe(204);
    expectProblem(await t.http().get(`/api/v1/invitations/${team.invited.token}`), 410, ErrorCode.TokenInvalid);
    expect((await mailTo(t.db, team.invited.user.email)).map((m) => m.subject)).toEqual([`Your invitation to ${team.vendor.name}'s team was withdrawn`]);
    expect((await auditOf(t.db, team.invited.user.id)).map((a) => a.action)).toEqual(['user.invitation_revoked']);
  });

  it('refuses to remove the owner (409), and answers the role matrix, another vendor and bad ids', async () => {
    const team = await freshTeam();
    expectProblem(await t.http().delete(memberUrl(team.vendor.id, team.owner.id)).set('authorization', team.auth.owner), 409, ErrorCode.InvalidState);
    expectProblem(await t.http().delete(memberUrl(team.vendor.id, team.owner.id)).set('authorization', team.auth.member), 403, ErrorCode.Forbidden);
    expectProblem(await t.http().delete(memberUrl(team.vendor.id, team.member.id)).set('authorization', auth.otherOwner), 404, ErrorCode.NotFound);
    // Someone of another vendor, named under this one, is not on this team.
    expectProblem(await t.http().delete(memberUrl(team.vendor.id, cast.member.id)).set('authorization', team.auth.owner), 404, ErrorCode.NotFound);
    expectFieldErrors(await t.http().delete(memberUrl(team.vendor.id, 'nope')).set('authorization', team.auth.owner), ['userId']);
    expectUnauthenticated(await t.http().delete(memberUrl(team.vendor.id, team.member.id)));
    expect(await countRows(t.db, 'app_user', 'id = $1 AND removed_at IS NULL', [team.member.id])).toBe(1);
  });
});

describe('POST /api/v1/vendors/{id}/members/{userId}/invitation', () => {
  it('sends a new link; the earlier one stops working', async () => {
    const team = await freshTeam();
    const res = await t.http().post(`${memberUrl(team.vendor.id, team.invited.user.id)}/invitation`).set('authorization', team.auth.owner);
    expect(res.status).toBe(200);
    expectSchema(MemberSchema, res.body);
    expectProblem(await t.http().get(`/api/v1/invitations/${team.invited.token}`), 410, ErrorCode.TokenInvalid);
    const token = invitationTokenIn((await mailTo(t.db, team.invited.user.email)).at(-1)?.body_text ?? '');
    expect((await t.http().get(`/api/v1/invitations/${token}`)).status).toBe(200);
    expect((await auditOf(t.db, team.invited.user.id)).map((a) => a.action)).toEqual(['user.invitation_resent']);
  });

  it('answers 409 for someone who joined, 403 to a member, 404 elsewhere', async () => {
    const team = await freshTeam();
    expectProblem(await t.http().post(`${memberUrl(team.vendor.id, team.member.id)}/invitation`).set('authorization', team.auth.owner), 409, ErrorCode.InvalidState);
    expectProblem(await t.http().post(`${memberUrl(team.vendor.id, team.invited.user.id)}/invitation`).set('authorization', team.auth.member), 403, ErrorCode.Forbidden);
    expectProblem(await t.http().post(`${memberUrl(team.vendor.id, team.invited.user.id)}/invitation`).set('authorization', auth.otherOwner), 404, ErrorCode.NotFound);
  });
});

describe('POST /api/v1/vendors/{id}/owner', () => {
  const transfer = (vendorId: string, who: string, body: object) => t.http().post(`/api/v1/vendors/${vendorId}/owner`).set('authorization', who).send(body);

  it('hands the ownership on: one owner before and after, the former owner loses owner rights at once, both told', async () => {
    const team = await freshTeam();
    const res = await transfer(team.vendor.id, team.auth.owner, { userId: team.member.id });
    expect(res.status).toBe(200);
    expectSchema(MemberList, res.body);
    const roles = Object.fromEntries((res.body.items as { id: string; role: string }[]).map((m) => [m.id, m.role]));
    expect(roles).toEqual({ [team.owner.id]: Role.VendorMember, [team.member.id]: Role.VendorOwner, [team.invited.user.id]: Role.VendorMember });

    // The former owner's access token still says "owner"; the registry reads the role now.
    expectProblem(await t.http().delete(memberUrl(team.vendor.id, team.invited.user.id)).set('authorization', team.auth.owner), 403, ErrorCode.Forbidden);
    expect((await t.http().delete(memberUrl(team.vendor.id, team.invited.user.id)).set('authorization', team.auth.member)).status).toBe(204);

    expect((await mailTo(t.db, team.member.email)).map((m) => m.subject)).toEqual([`You are now the owner of ${team.vendor.name} in the registry`]);
    expect((await mailTo(t.db, team.owner.email)).map((m) => m.subject)).toEqual([`${team.vendor.name} has a new owner in the registry`]);
    expect((await auditOf(t.db, team.member.id)).map((a) => [a.action, a.from_state, a.to_state])).toEqual([['user.role_changed', Role.VendorMember, Role.VendorOwner]]);
  });

  it('lets the admin name an owner for a vendor whose owner left', async () => {
    const team = await freshTeam();
    await t.db.query(`UPDATE app_user SET removed_at = now() WHERE id = $1`, [team.owner.id]);
    const res = await transfer(team.vendor.id, bearer(t.app, cast.admin), { userId: team.member.id });
    expect(res.status).toBe(200);
    expect(await countRows(t.db, 'app_user', "vendor_id = $1 AND role = 'vendor_owner' AND removed_at IS NULL", [team.vendor.id])).toBe(1);
  });

  it('refuses the owner themself, someone who has not joined, a member asking, another vendor and bad bodies', async () => {
    const team = await freshTeam();
    expectProblem(await transfer(team.vendor.id, team.auth.owner, { userId: team.owner.id }), 409, ErrorCode.InvalidState);
    expectProblem(await transfer(team.vendor.id, team.auth.owner, { userId: team.invited.user.id }), 409, ErrorCode.InvalidState);
    expectProblem(await transfer(team.vendor.id, team.auth.member, { userId: team.member.id }), 403, ErrorCode.Forbidden);
    expectProblem(await transfer(team.vendor.id, auth.otherOwner, { userId: team.member.id }), 404, ErrorCode.NotFound);
    expectProblem(await transfer(team.vendor.id, team.auth.owner, { userId: cast.member.id }), 404, ErrorCode.NotFound);
    expectFieldErrors(await transfer(team.vendor.id, team.auth.owner, {}), ['userId']);
    expectFieldErrors(await transfer(team.vendor.id, team.auth.owner, { userId: 'x', extra: true }), ['userId', 'extra']);
    expect(await countRows(t.db, 'app_user', "vendor_id = $1 AND role = 'vendor_owner'", [team.vendor.id])).toBe(1);
  });
});
