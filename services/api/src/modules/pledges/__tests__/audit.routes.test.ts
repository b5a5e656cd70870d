import { randomUUID } from 'node:crypto';
import { AuditList, ErrorCode, PledgeState } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { allPages, expectPagingErrors, withCursor } from '../../../../test/paging.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createCast, movableClock, setPledge } from '../../../../test/factories.ts';

const MINUTE = 60_000;
const time = movableClock(new Date('2026-04-14T08:00:00Z'));
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let auth: { admin: string; owner: string; member: string; otherOwner: string };
/** The request id of each step, by action. */
const requestIds: Record<string, string> = {};

const auditUrl = (vendorId: string, query = '') => `/api/v1/vendors/${vendorId}/audit${query}`;

beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
  cast = await createCast(t.db);
  auth = { admin: bearer(t.app, cast.admin), owner: bearer(t.app, cast.owner), member: bearer(t.app, cast.member), otherOwner: bearer(t.app, cast.otherOwner) };

  // The vendor's pledge lives through sign → suspend → appeal → reinstate, a minute apart.
  const pledge = (action: string) => `/api/v1/vendors/${cast.vendor.id}/pledge/${action}`;
  const steps: [string, string, object][] = [
    ['sign', auth.owner, { signerName: 'Ada Lovelace', signerTitle: 'CEO', accept: true, agreementVersion: 1 }],
    ['suspend', auth.admin, { reason: 'Checkpoint data was falsified' }],
    ['appeal', auth.owner, { text: 'A contractor entered the numbers; we have corrected them.' }],
    ['reinstate', auth.admin, { reason: 'Corrected data verified' }],
  ];
  for (const [action, who, body] of steps) {
    time.advance(MINUTE);
    const res = await t.http().post(pledge(action)).set('authorization', who).send(body);
    if (res.status >= 300) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    requestIds[action] = String(res.headers['x-request-id']);
  }
  // Another vendor's history must not show up.
  await setPledge(t.db, cast.otherVendor, cast.otherOwner, { state: PledgeState.Active, activeSince: new Date('2026-02-01T00:00:00Z') });
  const other = await t.http().post(`/api/v1/vendors/${cast.otherVendor.id}/pledge/suspend`).set('authorization', auth.admin).send({ reason: 'Other vendor reason' });
  if (other.status !== 200) throw new Error(`other suspend: ${other.status}`);
});
afterAll(async () => t.close());

describe('GET /api/v1/vendors/:id/audit', () => {
  it('shows the admin every lifecycle step, newest first, with actor, states, reason and request id', async () => {
    const res = await t.http().get(auditUrl(cast.vendor.id)).set('authorization', auth.admin);
    expect(res.status).toBe(200);
    expectSchema(AuditList, res.body);
    expect(res.body).toMatchObject({ total: 5, totalCapped: false, next: null });
    const at = (minutes: number) => new Date(Date.parse('2026-04-14T08:00:00Z') + minutes * MINUTE).toISOString();
    expect(res.body.items).toEqual([
      expect.objectContaining({ at: at(4), action: 'pledge.reinstate', actor: cast.admin.email, from: 'suspended', to: 'active', reason: 'Corrected data verified', requestId: requestIds.reinstate }),
      expect.objectContaining({ at: at(3), action: 'pledge.appealed', actor: cast.owner.email, from: 'suspended', to: 'suspended', requestId: requestIds.appeal }),
      expect.objectContaining({ at: at(2), action: 'pledge.suspend', actor: cast.admin.email, from: 'active', to: 'suspended', reason: 'Checkpoint data was falsified', requestId: requestIds.suspend }),
      expect.objectContaining({ at: at(1), action: 'pledge.sign', actor: cast.owner.email, from: 'pending_signature', to: 'active', requestId: requestIds.sign }),
      expect.objectContaining({ at: at(1), action: 'pledge.signature_recorded', actor: cast.owner.email, requestId: requestIds.sign }),
    ]);
    for (const item of res.body.items as { entityType: string }[]) expect(item.entityType).toBe('pledge');
  });

  it('shows the vendor’s people their own log', async () => {
    const admin = await t.http().get(auditUrl(cast.vendor.id)).set('authorization', auth.admin);
    for (const who of [auth.owner, auth.member]) {
      const res = await t.http().get(auditUrl(cast.vendor.id)).set('authorization', who);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(admin.body);
    }
    const other = await t.http().get(auditUrl(cast.otherVendor.id)).set('authorization', auth.otherOwner);
    expect(other.body.items).toEqual([expect.objectContaining({ action: 'pledge.suspend', reason: 'Other vendor reason' })]);
  });

  it('pages', async () => {
    const pages = await allPages<{ action: string }>((after) => t.http().get(withCursor(auditUrl(cast.vendor.id, '?limit=2'), after)).set('authorization', auth.admin));
    expect(pages.map((p) => p.items.map((i) => i.action))).toEqual([['pledge.reinstate', 'pledge.appealed'], ['pledge.suspend', 'pledge.sign'], ['pledge.signature_recorded']]);
    for (const p of pages) expect(p.total).toBe(5);
    await expectPagingErrors((query) => t.http().get(auditUrl(cast.vendor.id, `?${query}`)).set('authorization', auth.admin));
  });

  it('answers 404 for another vendor’s log and an unknown vendor, 400 for a bad id, 401 anonymously', async () => {
    expectProblem(await t.http().get(auditUrl(cast.otherVendor.id)).set('authorization', auth.owner), 404, ErrorCode.NotFound);
    expectProblem(await t.http().get(auditUrl(cast.otherVendor.id)).set('authorization', auth.member), 404, ErrorCode.NotFound);
    expectProblem(await t.http().get(auditUrl(randomUUID())).set('authorization', auth.admin), 404, ErrorCode.NotFound);
    expectFieldErrors(await t.http().get(auditUrl('12')).set('authorization', auth.admin), ['id']);
    expectUnauthenticated(await t.http().get(auditUrl(cast.vendor.id)));
  });
});

describe('the audit_log table', () => {
  it('refuses to change or delete a line', async () => {
    const [line] = (await t.db.query(`SELECT id, reason FROM audit_log WHERE vendor_id = $1 AND action = 'pledge.suspend'`, [cast.vendor.id])) as { id: string; reason: string }[];
    await expect(t.db.query(`UPDATE audit_log SET reason = 'nothing happened' WHERE id = $1`, [line?.id])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_log WHERE id = $1`, [line?.id])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const [after] = (await t.db.query(`SELECT id, reason FROM audit_log WHERE id = $1`, [line?.id])) as { id: string; reason: string }[];
    expect(after).toEqual(line);
  });
});
