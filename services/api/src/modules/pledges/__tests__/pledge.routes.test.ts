import { createHash, randomUUID } from 'node:crypto';
import { DAY_MS, ErrorCode, PledgeSchema, PledgeState } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectInvalidState, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createCast, createCheckpoint, createVendorWithPeople, movableClock, setPledge, withTokens } from '../../../../test/factories.ts';
import { auditOf, countRows, mailTo } from '../../../../test/queries.ts';
import { Pledge } from '../pledge.entity.ts';

const time = movableClock(new Date('2026-03-02T10:00:00Z'));
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let auth: { admin: string; owner: string; member: string; otherOwner: string };
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
  cast = await createCast(t.db);
  auth = { admin: bearer(t.app, cast.admin), owner: bearer(t.app, cast.owner), member: bearer(t.app, cast.member), otherOwner: bearer(t.app, cast.otherOwner) };
});
afterAll(async () => t.close());

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const pledgeUrl = (vendorId: string, action?: string) => `/api/v1/vendors/${vendorId}/pledge${action ? `/${action}` : ''}`;
const post = (url: string, who: string, body?: object) => {
  const req = t.http().post(url).set('authorization', who);
  return body === undefined ? req : req.send(body);
};

async function currentAgreement(): Promise<{ version: number; text: string; textSha256: string; title: string }> {
  return (await t.http().get('/api/v1/agreements/current')).body as { version: number; text: string; textSha256: string; title: string };
}
const signBody = async (overrides: object = {}) => ({ signerName: 'Ada Lovelace', signerTitle: 'Head of Support', accept: true, agreementVersion: (await currentAgreement()).version, ...overrides });

/** A fresh vendor with its owner and member; its pledge put in `state` (signed on 10 Jan 2026) unless pending. */
async function team(state: PledgeState = PledgeState.PendingSignature, activeSince = new Date('2026-01-10T09:00:00Z')) {
  const people = await createVendorWithPeople(t.db);
  if (state !== PledgeState.PendingSignature) await setPledge(t.db, people.vendor, people.owner, { state, activeSince });
  return withTokens(t.app, people);
}

const pledgeOf = (vendorId: string) => t.db.getRepository(Pledge).findOneByOrFail({ vendorId });

interface SignatureRow {
  id: string;
  agreement_version: number;
  agreement_text: string;
  text_sha256: string;
  signer_name: string;
  signer_title: string;
  signer_email: string;
  signed_by: string;
  signed_at: Date;
  client_ip: string;
}
const signaturesOf = async (vendorId: string) =>
  (await t.db.query(`SELECT * FROM pledge_signature WHERE vendor_id = $1 ORDER BY agreement_version`, [vendorId])) as SignatureRow[];

describe('GET /api/v1/vendors/:id/pledge', () => {
  it('shows a new vendor its pledge waiting for a signature', async () => {
    const res = await t.http().get(pledgeUrl(cast.vendor.id)).set('authorization', auth.owner);
    expect(res.status).toBe(200);
    expectSchema(PledgeSchema, res.body);
    expect(res.body).toMatchObject({
      vendorId: cast.vendor.id,
      state: 'pending_signature',
      stateReason: null,
      activeSince: null,
      currentAgreementVersion: (await currentAgreement()).version,
      signature: null,
      resignBy: null,
      nextDue: null,
      history: [],
      appeals: [],
    });
  });

  it('shows an active pledge with its signed record and the next checkpoint due', async () => {
    const { vendor, owner, memberAuth } = await team(PledgeState.Active, new Date('2026-01-10T09:00:00Z'));
    const res = await t.http().get(pledgeUrl(vendor.id)).set('authorization', memberAuth);
    expect(res.status).toBe(200);
    expectSchema(PledgeSchema, res.body);
    expect(res.body).toMatchObject({
      state: 'active',
      stateSince: '2026-01-10T09:00:00.000Z',
      activeSince: '2026-01-10T09:00:00.000Z',
      nextDue: { period: '2026-H1', dueDate: '2026-07-30' },
      signature: { agreementVersion: 1, signerEmail: owner.email, signedBy: owner.id, signedAt: '2026-01-10T09:00:00.000Z' },
    });
    const signature = res.body.signature as { agreementText: string; textSha256: string };
    expect(signature.agreementText).toContain('CUSTOMER EXCELLENCE PLEDGE');
    expect(signature.textSha256).toBe(sha256(signature.agreementText));
  });

  it('counts as next due the oldest ended period without delivered data', async () => {
    const { vendor, ownerAuth } = await team(PledgeState.Lapsed, new Date('2025-05-01T00:00:00Z'));
    const nextDue = async () => (await t.http().get(pledgeUrl(vendor.id)).set('authorization', ownerAuth)).body.nextDue as unknown;
    expect(await nextDue()).toEqual({ period: '2025-H1', dueDate: '2025-07-30' });
    await createCheckpoint(t.db, vendor, '2025-H1', 'accepted');
    await createCheckpoint(t.db, vendor, '2025-H2', 'draft');
    expect(await nextDue()).toEqual({ period: '2025-H2', dueDate: '2026-01-30' });
    await t.db.query(`UPDATE checkpoint SET status = 'submitted', submitted_at = now() WHERE vendor_id = $1 AND period = '2025-H2'`, [vendor.id]);
    expect(await nextDue()).toEqual({ period: '2026-H1', dueDate: '2026-07-30' });
  });

  it('lets the admin see any vendor’s pledge', async () => {
    const res = await t.http().get(pledgeUrl(cast.otherVendor.id)).set('authorization', auth.admin);
    expect(res.status).toBe(200);
    expect(res.body.vendorId).toBe(cast.otherVendor.id);
  });

  it('answers 404 for another vendor’s pledge and an unknown vendor, 400 for a bad id, 401 anonymously', async () => {
    expectProblem(await t.http().get(pledgeUrl(cast.otherVendor.id)).set('authorization', auth.owner), 404, ErrorCode.NotFound);
    expectProblem(await t.http().get(pledgeUrl(cast.otherVendor.id)).set('authorization', auth.member), 404, ErrorCode.NotFound);
    expectProblem(await t.http().get(pledgeUrl(randomUUID())).set('authorization', auth.admin), 404, ErrorCode.NotFound);
    expectFieldErrors(await t.http().get(pledgeUrl('acme')).set('authorization', auth.admin), ['id']);
    expectUnauthenticated(await t.http().get(pledgeUrl(cast.vendor.id)));
  });
});

describe('POST /api/v1/vendors/:id/pledge/sign', () => {
  it('records the signature forever and makes the pledge active', async () => {
    const { vendor, owner, ownerAuth } = await team();
    const agreement = await currentAgreement();
    const res = await post(pledgeUrl(vendor.id, 'sign'), ownerAuth, await signBody({ signerName: '  Ada Lovelace ', signerTitle: ' Head of Support ' }));
    expect(res.status).toBe(200);
    expectSchema(PledgeSchema, res.body);
    const now = time.now().toISOString();
    expect(res.body).toMatchObject({
      state: 'active',
      stateSince: now,
      activeSince: now,
      resignBy: null,
      nextDue: { period: '2026-H1', dueDate: '2026-07-30' },
      signature: {
        agreementVersion: agreement.version,
        agreementTitle: agreement.title,
        agreementText: agreement.text,
        textSha256: sha256(agreement.text),
        signerName: 'Ada Lovelace',
        signerTitle: 'Head of Support',
        signerEmail: owner.email,
        signedBy: owner.id,
        signedAt: now,
        clientIp: expect.stringMatching(/127\.0\.0\.1$/),
      },
    });

    const [row, ...more] = await signaturesOf(vendor.id);
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      id: res.body.signature.id,
      agreement_version: agreement.version,
      agreement_text: agreement.text,
      text_sha256: agreement.textSha256,
      signer_name: 'Ada Lovelace',
      signer_title: 'Head of Support',
      signer_email: owner.email,
      signed_by: owner.id,
      signed_at: time.now(),
      client_ip: res.body.signature.clientIp,
    });

    const pledge = await pledgeOf(vendor.id);
    const lines = await auditOf(t.db, pledge.id);
    expect(lines.map((l) => l.action)).toEqual(['pledge.signature_recorded', 'pledge.sign']);
    expect(lines[1]).toMatchObject({ actor_id: owner.id, actor_label: owner.email, from_state: 'pending_signature', to_state: 'active', vendor_id: vendor.id, request_id: res.headers['x-request-id'] });
    expect(res.body.history).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'pledge.sign', from: 'pending_signature', to: 'active', actor: owner.email })]));

    const [mail] = await mailTo(t.db, owner.email);
    expect(mail?.subject).toContain(`signed the Customer Excellence Pledge (version ${agreement.version})`);
    expect(mail?.body_text).toContain(agreement.textSha256);
  });

  it('is the owner’s alone', async () => {
    const body = await signBody();
    expectProblem(await post(pledgeUrl(cast.vendor.id, 'sign'), auth.member, body), 403, ErrorCode.Forbidden);
    expectProblem(await post(pledgeUrl(cast.vendor.id, 'sign'), auth.admin, body), 403, ErrorCode.Forbidden);
    expectProblem(await post(pledgeUrl(cast.vendor.id, 'sign'), auth.otherOwner, body), 404, ErrorCode.NotFound);
    expectProblem(await post(pledgeUrl(randomUUID(), 'sign'), auth.owner, body), 404, ErrorCode.NotFound);
    expectUnauthenticated(await t.http().post(pledgeUrl(cast.vendor.id, 'sign')).send(body));
    expect(await countRows(t.db, 'pledge_signature', 'vendor_id = $1', [cast.vendor.id])).toBe(0);
    expect((await pledgeOf(cast.vendor.id)).state).toBe('pending_signature');
  });

  it('names missing, ill-typed and refused fields', async () => {
    const url = pledgeUrl(cast.vendor.id, 'sign');
    expectFieldErrors(await post(url, auth.owner, {}), ['signerName', 'signerTitle', 'accept', 'agreementVersion']);
    expectFieldErrors(await post(url, auth.owner, await signBody({ accept: false })), ['accept']);
    expectFieldErrors(await post(url, auth.owner, await signBody({ accept: 'yes', agreementVersion: '1' })), ['accept', 'agreementVersion']);
    expectFieldErrors(await post(url, auth.owner, await signBody({ signerName: '', signerTitle: 'x'.repeat(121), agreementVersion: 0, extra: true })), [
      'signerName',
      'signerTitle',
      'agreementVersion',
      'extra',
    ]);
    expectFieldErrors(await post(url, auth.owner, await signBody({ signerName: '   ', signerTitle: '\t' })), ['signerName', 'signerTitle']);
    expectProblem(await t.http().post(url).set('authorization', auth.owner).set('content-type', 'application/json').send('{"signerName":'), 400, ErrorCode.MalformedBody);
    expect(await countRows(t.db, 'pledge_signature', 'vendor_id = $1', [cast.vendor.id])).toBe(0);
  });

  it('answers 409 naming agreementVersion for a version not in effect', async () => {
    const { vendor, ownerAuth } = await team();
    const current = (await currentAgreement()).version;
    for (const agreementVersion of [current + 1, 99]) {
      const res = await post(pledgeUrl(vendor.id, 'sign'), ownerAuth, await signBody({ agreementVersion }));
      expectProblem(res, 409, ErrorCode.Conflict);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'agreementVersion' })]);
    }
    expect(await signaturesOf(vendor.id)).toEqual([]);
  });

  it('answers 409 to a second signature of the same version', async () => {
    const { vendor, ownerAuth } = await team();
    expect((await post(pledgeUrl(vendor.id, 'sign'), ownerAuth, await signBody())).status).toBe(200);
    const again = await post(pledgeUrl(vendor.id, 'sign'), ownerAuth, await signBody({ signerName: 'Someone Else' }));
    expectInvalidState(again, 'active');
    expect(again.body.detail).toContain('already signed');
    expect(await signaturesOf(vendor.id)).toHaveLength(1);
  });

  it('gives concurrent sign requests exactly one signature and one state change', async () => {
    const { vendor, ownerAuth } = await team();
    const body = await signBody();
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(pledgeUrl(vendor.id, 'sign'), ownerAuth, body)));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    for (const refused of answers.filter((r) => r.status === 409)) expectProblem(refused, 409, ErrorCode.InvalidState);
    expect(await signaturesOf(vendor.id)).toHaveLength(1);
    const lines = await auditOf(t.db, (await pledgeOf(vendor.id)).id);
    expect(lines.filter((l) => l.action === 'pledge.sign')).toHaveLength(1);
    expect(lines.filter((l) => l.action === 'pledge.signature_recorded')).toHaveLength(1);
  });

  it('replays a retry with the same Idempotency-Key', async () => {
    const { vendor, ownerAuth } = await team();
    const body = await signBody();
    const first = await post(pledgeUrl(vendor.id, 'sign'), ownerAuth, body).set('idempotency-key', 'sign-once');
    const retry = await post(pledgeUrl(vendor.id, 'sign'), ownerAuth, body).set('idempotency-key', 'sign-once');
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await signaturesOf(vendor.id)).toHaveLength(1);
  });

  it('keeps a signature row from ever being changed or deleted', async () => {
    const { vendor } = await team(PledgeState.Active);
    const [row] = await signaturesOf(vendor.id);
    await expect(t.db.query(`UPDATE pledge_signature SET signer_name = 'Forger' WHERE id = $1`, [row?.id])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM pledge_signature WHERE id = $1`, [row?.id])).rejects.toThrow(/append-only/);
    expect((await signaturesOf(vendor.id))[0]).toEqual(row);
  });

  it('refuses to sign a revoked or withdrawn pledge', async () => {
    for (const state of [PledgeState.Revoked, PledgeState.Withdrawn]) {
      const { vendor, ownerAuth } = await team(state);
      expectInvalidState(await post(pledgeUrl(vendor.id, 'sign'), ownerAuth, await signBody()), state);
      expect(await signaturesOf(vendor.id)).toHaveLength(1);
    }
  });

  it('signs a new agreement version once it is in effect: the state stays, the deadline clears, the old signature stays', async () => {
    const { vendor, ownerAuth } = await team(PledgeState.Active, new Date('2026-01-10T09:00:00Z'));
    const oldVersion = (await currentAgreement()).version;
    const published = await post('/api/v1/agreements', auth.admin, {
      title: 'Customer Excellence Pledge — next version',
      text: 'CUSTOMER EXCELLENCE PLEDGE\n\n1. We provide exceptional customer support and service, now with more detail.',
      effectiveAt: new Date(time.now().getTime() + DAY_MS).toISOString(),
    });
    expect(published.status).toBe(201);
    const newVersion = published.body.version as number;

    // Not in effect yet: the new version is stale-in-advance, the old one already signed.
    expectProblem(await post(pledgeUrl(vendor.id, 'sign'), ownerAuth, await signBody({ agreementVersion: newVersion })), 409, ErrorCode.Conflict);
    expectProblem(await post(pledgeUrl(vendor.id, 'sign'), ownerAuth, await signBody({ agreementVersion: oldVersion })), 409, ErrorCode.InvalidState);

    time.advance(DAY_MS);
    // What the scan does when the new version takes effect: a deadline to sign again.
    await t.db.getRepository(Pledge).update({ vendorId: vendor.id }, { resignBy: new Date(time.now().getTime() + 60 * DAY_MS) });
    expect((await t.http().get(pledgeUrl(vendor.id)).set('authorization', ownerAuth)).body.resignBy).not.toBeNull();
    expectProblem(await post(pledgeUrl(vendor.id, 'sign'), ownerAuth, await signBody({ agreementVersion: oldVersion })), 409, ErrorCode.Conflict);

    const res = await post(pledgeUrl(vendor.id, 'sign'), ownerAuth, await signBody({ agreementVersion: newVersion }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'active',
      stateSince: '2026-01-10T09:00:00.000Z',
      activeSince: '2026-01-10T09:00:00.000Z',
      resignBy: null,
      currentAgreementVersion: newVersion,
      signature: { agreementVersion: newVersion, textSha256: published.body.textSha256, agreementText: published.body.text },
    });
    expect((await signaturesOf(vendor.id)).map((s) => s.agreement_version)).toEqual([oldVersion, newVersion]);
    const lines = await auditOf(t.db, (await pledgeOf(vendor.id)).id);
    expect(lines.map((l) => l.action)).toEqual(['pledge.signature_recorded']);
  });
});

describe('POST /api/v1/vendors/:id/pledge/{suspend,reinstate,revoke}', () => {
  const REASON = 'Three complaints confirmed this quarter';

  it('suspends an active pledge with a reason, e-mails the owners the reason and records the move', async () => {
    const { vendor, owner, ownerAuth } = await team(PledgeState.Active);
    const res = await post(pledgeUrl(vendor.id, 'suspend'), auth.admin, { reason: `  ${REASON}  ` });
    expect(res.status).toBe(200);
    expectSchema(PledgeSchema, res.body);
    expect(res.body).toMatchObject({ state: 'suspended', stateSince: time.now().toISOString(), stateReason: REASON });

    const lines = await auditOf(t.db, (await pledgeOf(vendor.id)).id);
    expect(lines).toEqual([
      expect.objectContaining({ action: 'pledge.suspend', actor_id: cast.admin.id, actor_label: cast.admin.email, from_state: 'active', to_state: 'suspended', reason: REASON, request_id: res.headers['x-request-id'], vendor_id: vendor.id }),
    ]);
    const mails = await mailTo(t.db, owner.email);
    expect(mails).toEqual([expect.objectContaining({ subject: `The pledge of ${vendor.name} is suspended`, body_text: expect.stringContaining(REASON) })]);

    // The vendor sees the state and the reason.
    const seen = await t.http().get(pledgeUrl(vendor.id)).set('authorization', ownerAuth);
    expect(seen.body).toMatchObject({ state: 'suspended', stateReason: REASON });
    expect(seen.body.history[0]).toMatchObject({ action: 'pledge.suspend', from: 'active', to: 'suspended', reason: REASON, actor: cast.admin.email });
  });

  it('reinstates a suspended pledge and revokes for good, each one audit line with its reason', async () => {
    const { vendor, owner } = await team(PledgeState.Lapsed);
    const steps: [string, string, string][] = [
      ['suspend', 'lapsed', 'suspended'],
      ['reinstate', 'suspended', 'active'],
      ['revoke', 'active', 'revoked'],
    ];
    const requestIds: string[] = [];
    for (const [action, , to] of steps) {
      time.advance(1000);
      const res = await post(pledgeUrl(vendor.id, action), auth.admin, { reason: `Reason for ${action}` });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ state: to, stateReason: `Reason for ${action}`, stateSince: time.now().toISOString() });
      requestIds.push(String(res.headers['x-request-id']));
    }
    const lines = await auditOf(t.db, (await pledgeOf(vendor.id)).id);
    expect(lines).toEqual(
      steps.map(([action, from, to], i) =>
        expect.objectContaining({ action: `pledge.${action}`, actor_id: cast.admin.id, from_state: from, to_state: to, reason: `Reason for ${action}`, request_id: requestIds[i] }),
      ),
    );
    const subjects = (await mailTo(t.db, owner.email)).map((m) => m.subject).sort();
    expect(subjects).toEqual([`The pledge of ${vendor.name} is reinstated`, `The pledge of ${vendor.name} is revoked`, `The pledge of ${vendor.name} is suspended`].sort());
    const revoked = (await mailTo(t.db, owner.email)).find((m) => m.subject.endsWith('revoked'));
    expect(revoked?.body_text).toContain('Reason for revoke');
  });

  it('lets only one of two concurrent suspensions through', async () => {
    const { vendor, owner } = await team(PledgeState.Active);
    const answers = await Promise.all(['First admin', 'Second admin'].map((who) => post(pledgeUrl(vendor.id, 'suspend'), auth.admin, { reason: `${who} suspends` })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = answers.find((r) => r.status === 409);
    if (refused) expectInvalidState(refused, 'suspended');
    expect((await auditOf(t.db, (await pledgeOf(vendor.id)).id)).map((l) => l.action)).toEqual(['pledge.suspend']);
    expect(await mailTo(t.db, owner.email)).toHaveLength(1);
  });

  it('revokes a pledge that was never signed', async () => {
    const { vendor } = await team();
    const res = await post(pledgeUrl(vendor.id, 'revoke'), auth.admin, { reason: 'Misrepresented the program' });
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('revoked');
  });

  it('answers 409 naming the current state for a move the lifecycle does not allow', async () => {
    const cases: [PledgeState, string][] = [
      [PledgeState.Active, 'reinstate'],
      [PledgeState.PendingSignature, 'suspend'],
      [PledgeState.PendingSignature, 'reinstate'],
      [PledgeState.Lapsed, 'reinstate'],
      [PledgeState.Suspended, 'suspend'],
      [PledgeState.Revoked, 'suspend'],
      [PledgeState.Revoked, 'reinstate'],
      [PledgeState.Revoked, 'revoke'],
      [PledgeState.Withdrawn, 'suspend'],
      [PledgeState.Withdrawn, 'reinstate'],
      [PledgeState.Withdrawn, 'revoke'],
    ];
    for (const [state, action] of cases) {
      const { vendor, owner } = await team(state);
      const before = await pledgeOf(vendor.id);
      expectInvalidState(await post(pledgeUrl(vendor.id, action), auth.admin, { reason: 'Trying anyway' }), state);
      const after = await pledgeOf(vendor.id);
      expect({ state: after.state, version: after.version }).toEqual({ state: before.state, version: before.version });
      expect(await auditOf(t.db, before.id)).toEqual([]);
      expect(await mailTo(t.db, owner.email)).toEqual([]);
    }
  });

  it('requires a reason of at least three characters', async () => {
    const { vendor } = await team(PledgeState.Active);
    for (const action of ['suspend', 'reinstate', 'revoke']) {
      const url = pledgeUrl(vendor.id, action);
      expectFieldErrors(await post(url, auth.admin, {}), ['reason']);
      expectFieldErrors(await post(url, auth.admin), ['reason']);
      expectFieldErrors(await post(url, auth.admin, { reason: 'no' }), ['reason']);
      expectFieldErrors(await post(url, auth.admin, { reason: '      ' }), ['reason']);
      expectFieldErrors(await post(url, auth.admin, { reason: ' a  ' }), ['reason']);
      expectFieldErrors(await post(url, auth.admin, { reason: 'x'.repeat(2001) }), ['reason']);
      expectFieldErrors(await post(url, auth.admin, { reason: 42, note: 'extra' }), ['reason', 'note']);
    }
    // Passes the schema but PostgreSQL cannot store a NUL: still a 400, never a 500.
    expectProblem(await post(pledgeUrl(vendor.id, 'suspend'), auth.admin, { reason: 'No\u0000pe' }), 400, ErrorCode.ValidationFailed);
    expect((await pledgeOf(vendor.id)).state).toBe('active');
    expect(await auditOf(t.db, (await pledgeOf(vendor.id)).id)).toEqual([]);
  });

  it('is the admin’s alone, and 404 for an unknown vendor', async () => {
    const { vendor, ownerAuth, memberAuth } = await team(PledgeState.Active);
    for (const action of ['suspend', 'reinstate', 'revoke']) {
      expectProblem(await post(pledgeUrl(vendor.id, action), ownerAuth, { reason: REASON }), 403, ErrorCode.Forbidden);
      expectProblem(await post(pledgeUrl(vendor.id, action), memberAuth, { reason: REASON }), 403, ErrorCode.Forbidden);
      expectProblem(await post(pledgeUrl(vendor.id, action), auth.otherOwner, { reason: REASON }), 403, ErrorCode.Forbidden);
      expectUnauthenticated(await t.http().post(pledgeUrl(vendor.id, action)).send({ reason: REASON }));
      expectProblem(await post(pledgeUrl(randomUUID(), action), auth.admin, { reason: REASON }), 404, ErrorCode.NotFound);
      expectFieldErrors(await post(pledgeUrl('not-a-uuid', action), auth.admin, { reason: REASON }), ['id']);
    }
    expect((await pledgeOf(vendor.id)).state).toBe('active');
  });
});

describe('POST /api/v1/vendors/:id/pledge/withdraw', () => {
  it('ends the pledge for good at the owner’s word and tells the admin', async () => {
    const { vendor, owner, ownerAuth } = await team(PledgeState.Active);
    const res = await post(pledgeUrl(vendor.id, 'withdraw'), ownerAuth, { reason: '  We are closing the product line.  ' });
    expect(res.status).toBe(200);
    expectSchema(PledgeSchema, res.body);
    expect(res.body).toMatchObject({ state: 'withdrawn', stateReason: 'We are closing the product line.', nextDue: null });
    const [line, ...more] = await auditOf(t.db, (await pledgeOf(vendor.id)).id);
    expect(more).toEqual([]);
    expect(line).toMatchObject({ action: 'pledge.withdraw', actor_id: owner.id, from_state: 'active', to_state: 'withdrawn', reason: 'We are closing the product line.', request_id: res.headers['x-request-id'] });
    const toAdmin = (await mailTo(t.db, cast.admin.email)).filter((m) => m.subject === `${vendor.name} withdrew from the pledge`);
    expect(toAdmin).toEqual([expect.objectContaining({ body_text: expect.stringContaining('We are closing the product line.') })]);

    // Final: nothing moves it again.
    expectInvalidState(await post(pledgeUrl(vendor.id, 'withdraw'), ownerAuth, {}), 'withdrawn');
    expectInvalidState(await post(pledgeUrl(vendor.id, 'sign'), ownerAuth, await signBody()), 'withdrawn');
    expectInvalidState(await post(pledgeUrl(vendor.id, 'appeal'), ownerAuth, { text: 'Please take us back into the program.' }), 'withdrawn');
    for (const action of ['suspend', 'reinstate', 'revoke']) expectInvalidState(await post(pledgeUrl(vendor.id, action), auth.admin, { reason: 'Trying anyway' }), 'withdrawn');
    expect(await auditOf(t.db, (await pledgeOf(vendor.id)).id)).toHaveLength(1);
  });

  it('needs no reason, nor even a body', async () => {
    for (const body of [undefined, {}]) {
      const { vendor, ownerAuth } = await team(PledgeState.Suspended);
      const res = await post(pledgeUrl(vendor.id, 'withdraw'), ownerAuth, body);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ state: 'withdrawn', stateReason: null });
      expect((await auditOf(t.db, (await pledgeOf(vendor.id)).id))[0]).toMatchObject({ from_state: 'suspended', to_state: 'withdrawn', reason: null });
    }
  });

  it('withdraws a pledge that was never signed', async () => {
    const { vendor, ownerAuth } = await team();
    expect((await post(pledgeUrl(vendor.id, 'withdraw'), ownerAuth, {})).body.state).toBe('withdrawn');
  });

  it('is the owner’s alone', async () => {
    const { vendor, ownerAuth, memberAuth } = await team(PledgeState.Active);
    expectProblem(await post(pledgeUrl(vendor.id, 'withdraw'), memberAuth, {}), 403, ErrorCode.Forbidden);
    expectProblem(await post(pledgeUrl(vendor.id, 'withdraw'), auth.admin, {}), 403, ErrorCode.Forbidden);
    expectProblem(await post(pledgeUrl(vendor.id, 'withdraw'), auth.otherOwner, {}), 404, ErrorCode.NotFound);
    expectProblem(await post(pledgeUrl(randomUUID(), 'withdraw'), ownerAuth, {}), 404, ErrorCode.NotFound);
    expectUnauthenticated(await t.http().post(pledgeUrl(vendor.id, 'withdraw')).send({}));
    expectFieldErrors(await post(pledgeUrl(vendor.id, 'withdraw'), ownerAuth, { reason: 'x'.repeat(2001), why: 'extra' }), ['reason', 'why']);
    expect((await pledgeOf(vendor.id)).state).toBe('active');
  });
});

describe('POST /api/v1/vendors/:id/pledge/appeal', () => {
  const TEXT = 'The complaints were about a partner reseller, not our own support team.';

  it('takes a written appeal of a suspension, shows it on the pledge, records it and tells the admin', async () => {
    const { vendor, owner, ownerAuth } = await team(PledgeState.Suspended);
    const res = await post(pledgeUrl(vendor.id, 'appeal'), ownerAuth, { text: `  ${TEXT}  ` });
    expect(res.status).toBe(201);
    expectSchema(PledgeSchema, res.body);
    expect(res.body.state).toBe('suspended');
    expect(res.body.appeals).toEqual([{ id: expect.any(String), text: TEXT, stateAtAppeal: 'suspended', authorEmail: owner.email, createdAt: time.now().toISOString() }]);

    const admin = await t.http().get(pledgeUrl(vendor.id)).set('authorization', auth.admin);
    expect(admin.body.appeals).toEqual(res.body.appeals);
    const [line] = await auditOf(t.db, (await pledgeOf(vendor.id)).id);
    expect(line).toMatchObject({ action: 'pledge.appealed', actor_id: owner.id, from_state: 'suspended', to_state: 'suspended', request_id: res.headers['x-request-id'] });
    const toAdmin = (await mailTo(t.db, cast.admin.email)).filter((m) => m.subject === `Appeal from ${vendor.name}`);
    expect(toAdmin).toEqual([expect.objectContaining({ body_text: expect.stringContaining(TEXT) })]);
  });

  it('takes an appeal of a revocation, newest first after earlier ones', async () => {
    const { vendor, ownerAuth } = await team(PledgeState.Revoked);
    expect((await post(pledgeUrl(vendor.id, 'appeal'), ownerAuth, { text: 'First appeal with enough words.' })).status).toBe(201);
    time.advance(60_000);
    const res = await post(pledgeUrl(vendor.id, 'appeal'), ownerAuth, { text: 'Second appeal with more words.' });
    expect(res.status).toBe(201);
    expect((res.body.appeals as { text: string; stateAtAppeal: string }[]).map((a) => [a.text, a.stateAtAppeal])).toEqual([
      ['Second appeal with more words.', 'revoked'],
      ['First appeal with enough words.', 'revoked'],
    ]);
  });

  it('answers 409 naming the state unless the pledge is suspended or revoked', async () => {
    for (const state of [PledgeState.PendingSignature, PledgeState.Active, PledgeState.Lapsed, PledgeState.Withdrawn]) {
      const { vendor, ownerAuth } = await team(state);
      expectInvalidState(await post(pledgeUrl(vendor.id, 'appeal'), ownerAuth, { text: TEXT }), state);
    }
  });

  it('checks the length of the text', async () => {
    const { vendor, ownerAuth } = await team(PledgeState.Suspended);
    const url = pledgeUrl(vendor.id, 'appeal');
    expectFieldErrors(await post(url, ownerAuth, {}), ['text']);
    expectFieldErrors(await post(url, ownerAuth, { text: 'Too short' }), ['text']);
    expectFieldErrors(await post(url, ownerAuth, { text: ' '.repeat(20) }), ['text']);
    expectFieldErrors(await post(url, ownerAuth, { text: 'x'.repeat(10001) }), ['text']);
    expectFieldErrors(await post(url, ownerAuth, { text: ['an', 'array'], reason: 'extra' }), ['text', 'reason']);
    expect(await countRows(t.db, 'pledge_appeal', 'vendor_id = $1', [vendor.id])).toBe(0);
  });

  it('is the owner’s alone', async () => {
    const { vendor, memberAuth } = await team(PledgeState.Suspended);
    expectProblem(await post(pledgeUrl(vendor.id, 'appeal'), memberAuth, { text: TEXT }), 403, ErrorCode.Forbidden);
    expectProblem(await post(pledgeUrl(vendor.id, 'appeal'), auth.admin, { text: TEXT }), 403, ErrorCode.Forbidden);
    expectProblem(await post(pledgeUrl(vendor.id, 'appeal'), auth.otherOwner, { text: TEXT }), 404, ErrorCode.NotFound);
    expectUnauthenticated(await t.http().post(pledgeUrl(vendor.id, 'appeal')).send({ text: TEXT }));
    expect(await countRows(t.db, 'pledge_appeal', 'vendor_id = $1', [vendor.id])).toBe(0);
  });
});

describe('owner-only pledge routes', () => {
  // The route fuzz calls as the admin, whom these routes refuse before reading the body: send the
  // owner's garbage here, so the services and SQL behind them see it too.
  it('never answer 500 to garbage from the owner', async () => {
    const { vendor, ownerAuth } = await team(PledgeState.Suspended);
    const NUL = '\u0000';
    const bodies: Record<string, unknown[]> = {
      sign: [await signBody({ signerName: `Ada${NUL}` }), await signBody({ agreementVersion: 2147483648 })],
      appeal: [{ text: `Appeal text ${NUL} with a NUL in it` }, { text: '\ud83d\ude00'.repeat(10) }],
      withdraw: [{ reason: `Bye${NUL}` }],
    };
    const raw = ['"a string"', 'null', '[]', '{"__proto__":{"accept":true}}', '{"a":1}garbage', ''];
    const answers: string[] = [];
    for (const [action, list] of Object.entries(bodies)) {
      for (const body of list) answers.push(`${action} ${JSON.stringify(body)} ${(await post(pledgeUrl(vendor.id, action), ownerAuth, body as object)).status}`);
      for (const text of raw) answers.push(`${action} ${text} ${(await post(pledgeUrl(vendor.id, action), ownerAuth).set('content-type', 'application/json').send(text)).status}`);
    }
    expect(answers.filter((a) => / 5\d\d$/.test(a))).toEqual([]);
    // A NUL passes the schemas but PostgreSQL cannot store it: a 400 naming nothing stored.
    expect(answers.filter((a) => a.includes('\\u0000'))).toEqual([
      expect.stringMatching(/^sign .* 400$/),
      expect.stringMatching(/^appeal .* 400$/),
      expect.stringMatching(/^withdraw .* 400$/),
    ]);
    expect(await signaturesOf(vendor.id)).toHaveLength(1);
  });
});
