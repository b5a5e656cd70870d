import { gunzipSync } from 'node:zlib';
import { decodeJwt } from 'jose';
import { PledgeState, Role, statusBit } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { bearer, createUser, createVendor, setPledge } from '../../../../test/factories.ts';

/**
 * Two API instances on one database, as in production: a change made through one shows on the
 * other's badge within a second (SPEC §7), carried by LISTEN/NOTIFY.
 */
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await createTestApp();
  b = await createTestApp({ databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  await b.app.close();
  await b.db.destroy();
  await a.close();
});

/** How long until `instance` shows `text` on the badge, polling every 10 ms; null after 1 s. */
async function msUntil(instance: TestApp, slug: string, text: string): Promise<number | null> {
  const start = Date.now();
  while (Date.now() - start <= 1000) {
    const res = await instance.http().get(`/badge/${slug}.svg`);
    if (res.status === 200 && res.body.toString().includes(`>${text}<`)) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 10));
  }
  return null;
}

describe('the badge on two instances', () => {
  it('shows a suspension made through one instance on the other within a second, and the reinstatement too', async () => {
    const vendor = await createVendor(a.db);
    const owner = await createUser(a.db, { role: Role.VendorOwner, vendorId: vendor.id });
    const admin = await createUser(a.db, { role: Role.Admin });
    await setPledge(a.db, vendor, owner, { state: PledgeState.Active, activeSince: new Date('2026-02-01T10:00:00Z') });
    expect(await msUntil(a, vendor.slug, 'active')).not.toBeNull();
    expect(await msUntil(b, vendor.slug, 'active')).not.toBeNull();

    const suspend = await a.http().post(`/api/v1/vendors/${vendor.id}/pledge/suspend`).set('authorization', bearer(a.app, admin)).send({ reason: 'Test suspension' });
    expect(suspend.status).toBe(200);
    expect(await msUntil(b, vendor.slug, 'suspended')).not.toBeNull();
    expect(await msUntil(a, vendor.slug, 'suspended')).not.toBeNull();

    const reinstate = await b.http().post(`/api/v1/vendors/${vendor.id}/pledge/reinstate`).set('authorization', bearer(b.app, admin)).send({ reason: 'Resolved' });
    expect(reinstate.status).toBe(200);
    expect(await msUntil(a, vendor.slug, 'active')).not.toBeNull();
  });

  it('catches up after its listening connection is cut', async () => {
    const vendor = await createVendor(a.db);
    const owner = await createUser(a.db, { role: Role.VendorOwner, vendorId: vendor.id });
    await setPledge(a.db, vendor, owner, { state: PledgeState.Active, activeSince: new Date('2026-02-01T10:00:00Z') });
    expect(await msUntil(b, vendor.slug, 'active')).not.toBeNull();

    // Cut every badge listener, then change the pledge while they are away.
    await a.db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cep-badge-listener'`);
    await a.db.query(`UPDATE pledge SET state = 'lapsed' WHERE vendor_id = $1`, [vendor.id]);

    // The listener reconnects (backoff from 0.5 s) and reloads everything it may have missed.
    const deadline = Date.now() + 5000;
    let text = '';
    while (Date.now() < deadline && !text.includes('>lapsed<')) {
      text = (await b.http().get(`/badge/${vendor.slug}.svg`)).body.toString();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(text).toContain('>lapsed<');
  });
});

describe('credential status lists on two instances', () => {
  it('show a suspension made through one instance on the other’s status list within a second', async () => {
    const vendor = await createVendor(a.db);
    const owner = await createUser(a.db, { role: Role.VendorOwner, vendorId: vendor.id });
    const admin = await createUser(a.db, { role: Role.Admin });
    await setPledge(a.db, vendor, owner, { state: PledgeState.Active, activeSince: new Date() });
    const issued = await a.http().get(`/api/v1/vendors/${vendor.id}/credential`).set('authorization', bearer(a.app, owner));
    expect(issued.status).toBe(200);
    const entry = (issued.body.credential.credentialStatus as { statusPurpose: string; statusListIndex: string; statusListCredential: string }[]).find((s) => s.statusPurpose === 'suspension');
    const path = new URL(entry?.statusListCredential ?? '').pathname;

    /** How long until instance `b` publishes `want` for the credential, polling every 10 ms; null after 1 s. */
    const msUntilBit = async (want: boolean): Promise<number | null> => {
      const start = Date.now();
      while (Date.now() - start <= 1000) {
        const list = await b.http().get(path);
        if (list.status === 200) {
          const subject = (decodeJwt(list.text) as { credentialSubject: { encodedList: string } }).credentialSubject;
          if (statusBit(gunzipSync(Buffer.from(subject.encodedList.slice(1), 'base64url')), Number(entry?.statusListIndex)) === want) return Date.now() - start;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
      return null;
    };
    expect(await msUntilBit(false)).not.toBeNull();
    const suspend = await a.http().post(`/api/v1/vendors/${vendor.id}/pledge/suspend`).set('authorization', bearer(a.app, admin)).send({ reason: 'Test suspension' });
    expect(suspend.status).toBe(200);
    expect(await msUntilBit(true)).not.toBeNull();
    const reinstate = await a.http().post(`/api/v1/vendors/${vendor.id}/pledge/reinstate`).set('authorization', bearer(a.app, admin)).send({ reason: 'Resolved' });
    expect(reinstate.status).toBe(200);
    expect(await msUntilBit(false)).not.toBeNull();
  });
});
