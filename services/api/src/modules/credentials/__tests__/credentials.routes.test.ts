import { gunzipSync } from 'node:zlib';
import { verifyJWT } from 'did-jwt';
import { verifyCredential as verifyWithDidJwtVc } from 'did-jwt-vc';
import { type DIDResolutionResult, Resolver } from 'did-resolver';
import { decodeJwt } from 'jose';
import { CredentialSchema, CredentialVerdictSchema, PledgeState, Role, statusBit } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema } from '../../../../test/expectations.ts';
import { bearer, createUser, createVendor, setPledge } from '../../../../test/factories.ts';
import { ErrorCode } from '@cep/shared';
import { type Vendor } from '../../vendors/index.ts';

let t: TestApp;
let now = new Date('2026-05-15T12:00:00Z');
beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
});
afterAll(async () => t.close());

/**
 * An independent verifier: did-jwt (and did-jwt-vc on top of it), which the registry does not use
 * for signing, resolving our did:web through the DID document the app serves.
 */
const resolver = new Resolver({
  web: async (did): Promise<DIDResolutionResult> => {
    const res = await t.http().get('/.well-known/did.json');
    expect(res.body.id).toBe(did);
    return { didDocument: res.body, didDocumentMetadata: {}, didResolutionMetadata: { contentType: 'application/did+json' } };
  },
});

async function member(state: PledgeState = PledgeState.Active): Promise<{ vendor: Vendor; owner: Awaited<ReturnType<typeof createUser>> }> {
  const vendor = await createVendor(t.db, { badgeDomains: ['acme.example'] });
  const owner = await createUser(t.db, { role: Role.VendorOwner, vendorId: vendor.id });
  await setPledge(t.db, vendor, owner, { state, activeSince: new Date('2026-02-01T10:00:00Z'), stateSince: new Date('2026-03-01T10:00:00Z') });
  return { vendor, owner };
}

async function credentialOf(vendor: Vendor, owner: Awaited<ReturnType<typeof createUser>>) {
  const res = await t.http().get(`/api/v1/vendors/${vendor.id}/credential`).set('authorization', bearer(t.app, owner));
  expect(res.status).toBe(200);
  expectSchema(CredentialSchema, res.body);
  return res.body as { id: string; jwt: string; url: string; credential: Record<string, unknown> };
}

/** The bit a status list published now holds for the credential's entry of `purpose`. */
async function publishedBit(jwt: string, purpose: 'revocation' | 'suspension'): Promise<boolean> {
  const entry = (decodeJwt(jwt).credentialStatus as { statusPurpose: string; statusListIndex: string; statusListCredential: string }[]).find((s) => s.statusPurpose === purpose);
  if (!entry) throw new Error(`no ${purpose} entry`);
  const path = new URL(entry.statusListCredential).pathname;
  const list = await t.http().get(path);
  expect(list.status).toBe(200);
  expect(list.headers['content-type']).toBe('application/vc+jwt');
  const verified = await verifyJWT(list.text, { resolver });
  const subject = (verified.payload as { credentialSubject: { statusPurpose: string; encodedList: string } }).credentialSubject;
  expect(subject.statusPurpose).toBe(purpose);
  const bits = gunzipSync(Buffer.from(subject.encodedList.slice(1), 'base64url'));
  expect(bits.length).toBe(16_384);
  return statusBit(bits, Number(entry.statusListIndex));
}

/** Status lists follow the change feed asynchronously: wait up to 5 s for `want`. */
async function eventuallyBit(jwt: string, purpose: 'revocation' | 'suspension', want: boolean): Promise<boolean> {
  const deadline = Date.now() + 5000;
  let bit = await publishedBit(jwt, purpose);
  while (bit !== want && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    bit = await publishedBit(jwt, purpose);
  }
  return bit;
}

const verify = (credential: string) => t.http().post('/api/v1/credentials/verify').send({ credential });

describe('the issuer', () => {
  it('publishes its keys as a JWKS and a did:web document with the same keys', async () => {
    const jwks = await t.http().get('/.well-known/jwks.json');
    const did = await t.http().get('/.well-known/did.json');
    expect(jwks.status).toBe(200);
    expect(jwks.headers['access-control-allow-origin']).toBe('*');
    expect(did.body.id).toBe('did:web:registry.test');
    const [key] = jwks.body.keys as { kid: string; kty: string; crv: string; x: string; d?: string }[];
    expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' });
    expect(key?.d).toBeUndefined();
    expect(did.body.verificationMethod[0]).toEqual({ id: `did:web:registry.test#${key?.kid}`, type: 'JsonWebKey2020', controller: 'did:web:registry.test', publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: key?.x, kid: key?.kid } });
    expect(did.body.assertionMethod).toEqual([`did:web:registry.test#${key?.kid}`]);
  });
});

describe('GET /api/v1/vendors/:id/credential', () => {
  it('issues an active member an Open Badges 3.0 credential that an independent library verifies through our did:web', async () => {
    const { vendor, owner } = await member();
    const { jwt, url, credential } = await credentialOf(vendor, owner);

    const verified = await verifyJWT(jwt, { resolver, policies: { now: Math.floor(now.getTime() / 1000) } });
    expect(verified.issuer).toBe('did:web:registry.test');
    // did-jwt-vc reads the same JWT as a verifiable credential (its format checks know VCDM 1.1 only).
    const asVc = await verifyWithDidJwtVc(jwt, resolver, { policies: { format: false, now: Math.floor(now.getTime() / 1000) } });
    expect(asVc.verifiableCredential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);

    expect(credential).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'did:web:registry.test', type: ['Profile'] },
      credentialSubject: {
        id: `http://registry.test/verify/${vendor.slug}`,
        type: ['AchievementSubject'],
        name: vendor.name,
        memberSince: '2026-02-01T10:00:00.000Z',
        achievement: { type: ['Achievement'], name: 'Customer Excellence Pledge member' },
      },
    });
    const status = credential.credentialStatus as { type: string; statusPurpose: string }[];
    expect(status.map((s) => [s.type, s.statusPurpose])).toEqual([
      ['BitstringStatusListEntry', 'revocation'],
      ['BitstringStatusListEntry', 'suspension'],
    ]);
    // It expires after the next due date plus the grace period, and its link serves it as signed.
    expect(new Date(String(credential.validUntil)).getTime()).toBeGreaterThan(now.getTime());
    const link = await t.http().get(new URL(url).pathname);
    expect(link.headers['content-type']).toBe('application/vc+jwt');
    expect(link.text).toBe(jwt);
  });

  it('gives the same credential again while it is current, and a new one once a period is accepted', async () => {
    const { vendor, owner } = await member();
    const first = await credentialOf(vendor, owner);
    expect((await credentialOf(vendor, owner)).id).toBe(first.id);
    await t.db.query(`INSERT INTO checkpoint (vendor_id, period, status, submitted_at) VALUES ($1, '2026-H1', 'accepted', '2026-05-10T00:00:00Z')`, [vendor.id]);
    const second = await credentialOf(vendor, owner);
    expect(second.id).not.toBe(first.id);
    expect((second.credential.credentialSubject as { lastCheckedPeriod: string }).lastCheckedPeriod).toBe('2026-H1');
  });

  it('is issued without being asked when a pledge becomes active again or a period is accepted', async () => {
    const { vendor } = await member(PledgeState.Suspended);
    const admin = await createUser(t.db, { role: Role.Admin });
    const count = async () => ((await t.db.query(`SELECT count(*)::int AS n FROM credential WHERE vendor_id = $1`, [vendor.id])) as [{ n: number }])[0].n;
    const reinstate = await t.http().post(`/api/v1/vendors/${vendor.id}/pledge/reinstate`).set('authorization', bearer(t.app, admin)).send({ reason: 'Resolved' });
    expect(reinstate.status).toBe(200);
    expect(await count()).toBe(0);
    await t.ctx.jobs.runDue();
    expect(await count()).toBe(1);

    await t.db.query(`INSERT INTO checkpoint (vendor_id, period, status, submitted_at) VALUES ($1, '2026-H1', 'submitted', '2026-05-10T00:00:00Z')`, [vendor.id]);
    const review = await t.http().post(`/api/v1/vendors/${vendor.id}/checkpoints/2026-H1/review`).set('authorization', bearer(t.app, admin)).send({ decision: 'accepted' });
    expect(review.status).toBe(200);
    await t.ctx.jobs.runDue();
    expect(await count()).toBe(2);
    // Running the jobs again issues nothing more: the latest credential is current.
    await t.ctx.jobs.runDue();
    expect(await count()).toBe(2);
  });

  it('answers 401 anonymously, 404 for another vendor, and 404 to a vendor that was never active', async () => {
    const { vendor } = await member();
    const other = await member();
    expectProblem(await t.http().get(`/api/v1/vendors/${vendor.id}/credential`), 401, ErrorCode.Unauthenticated);
    expectProblem(await t.http().get(`/api/v1/vendors/${vendor.id}/credential`).set('authorization', bearer(t.app, other.owner)), 404, ErrorCode.NotFound);
    const pending = await createVendor(t.db);
    const pendingOwner = await createUser(t.db, { role: Role.VendorOwner, vendorId: pending.id });
    expectProblem(await t.http().get(`/api/v1/vendors/${pending.id}/credential`).set('authorization', bearer(t.app, pendingOwner)), 404, ErrorCode.NotFound);
    expectFieldErrors(await t.http().get('/api/v1/vendors/not-a-uuid/credential').set('authorization', bearer(t.app, other.owner)), ['id']);
  });
});

describe('status lists and POST /api/v1/credentials/verify', () => {
  it('flips the suspension bit on suspension and back on reinstatement; revocation sets the revocation bit', async () => {
    const { vendor, owner } = await member();
    const admin = await createUser(t.db, { role: Role.Admin });
    const { jwt } = await credentialOf(vendor, owner);
    expect(await eventuallyBit(jwt, 'suspension', false)).toBe(false);
    expect((await verify(jwt)).body.verdict).toBe('valid');

    const suspend = await t.http().post(`/api/v1/vendors/${vendor.id}/pledge/suspend`).set('authorization', bearer(t.app, admin)).send({ reason: 'Test', reasonCategory: 'conduct' });
    expect(suspend.status).toBe(200);
    expect(await eventuallyBit(jwt, 'suspension', true)).toBe(true);
    const suspended = await verify(jwt);
    expectSchema(CredentialVerdictSchema, suspended.body);
    expect(suspended.body).toMatchObject({ verdict: 'suspended', vendor: { name: vendor.name, slug: vendor.slug } });

    const reinstate = await t.http().post(`/api/v1/vendors/${vendor.id}/pledge/reinstate`).set('authorization', bearer(t.app, admin)).send({ reason: 'Resolved' });
    expect(reinstate.status).toBe(200);
    expect(await eventuallyBit(jwt, 'suspension', false)).toBe(false);
    expect((await verify(jwt)).body.verdict).toBe('valid');

    const revoke = await t.http().post(`/api/v1/vendors/${vendor.id}/pledge/revoke`).set('authorization', bearer(t.app, admin)).send({ reason: 'Final', reasonCategory: 'complaints' });
    expect(revoke.status).toBe(200);
    expect(await eventuallyBit(jwt, 'revocation', true)).toBe(true);
    expect((await verify(jwt)).body.verdict).toBe('revoked');
  });

  it('says a tampered credential was not signed here, and an independent verifier agrees', async () => {
    const { vendor, owner } = await member();
    const { jwt } = await credentialOf(vendor, owner);
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { credentialSubject: { name: string } };
    claims.credentialSubject.name = 'Someone Else Ltd';
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect((await verify(tampered)).body.verdict).toBe('not_ours');
    await expect(verifyJWT(tampered, { resolver })).rejects.toThrow(/signature/i);
  });

  it('reads the downloaded JSON file as well as the bare JWT, and says when it expired', async () => {
    const { vendor, owner } = await member();
    const { jwt } = await credentialOf(vendor, owner);
    expect((await verify(JSON.stringify({ jwt, credential: {} }))).body.verdict).toBe('valid');
    const saved = now;
    now = new Date('2030-01-01T00:00:00Z');
    try {
      const expired = await verify(jwt);
      expect(expired.body.verdict).toBe('expired');
      expect(expired.body.reason).toMatch(/expired on \d{4}-\d{2}-\d{2}/);
    } finally {
      now = saved;
    }
  });

  it('refuses what is not a credential, and names a missing or blank field', async () => {
    expect((await verify('hello')).body.verdict).toBe('malformed');
    expect((await verify('{"jwt": 3}')).body.verdict).toBe('malformed');
    expect((await verify('eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln')).body.verdict).toBe('not_ours');
    expectFieldErrors(await t.http().post('/api/v1/credentials/verify').send({}), ['credential']);
    expectFieldErrors(await t.http().post('/api/v1/credentials/verify').send({ credential: '   ' }), ['credential']);
    expectFieldErrors(await t.http().post('/api/v1/credentials/verify').send({ credential: 42 }), ['credential']);
  });

  it('answers an unknown or malformed status list and credential id', async () => {
    expectProblem(await t.http().get('/credentials/status/revocation-7'), 404, ErrorCode.NotFound);
    expectFieldErrors(await t.http().get('/credentials/status/other-0'), ['list']);
    expectProblem(await t.http().get('/credentials/00000000-0000-4000-8000-000000000000'), 404, ErrorCode.NotFound);
  });
});
