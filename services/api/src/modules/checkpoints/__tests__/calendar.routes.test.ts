import { randomUUID } from 'node:crypto';
import { CheckpointCalendar, ErrorCode, PledgeState } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createCast, createCheckpoint, createVendorWithPeople, movableClock, setPledge } from '../../../../test/factories.ts';

const time = movableClock(new Date('2026-05-20T14:00:00Z'));
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let auth: { admin: string; owner: string; member: string; otherOwner: string };
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
  cast = await createCast(t.db);
  auth = { admin: bearer(t.app, cast.admin), owner: bearer(t.app, cast.owner), member: bearer(t.app, cast.member), otherOwner: bearer(t.app, cast.otherOwner) };
});
afterAll(async () => t.close());

const calendarUrl = (vendorId: string) => `/api/v1/vendors/${vendorId}/checkpoints`;
const setClock = (iso: string) => time.advance(Date.parse(iso) - time.now().getTime());
const statuses = (body: { items: { period: string; status: string }[] }) => body.items.map((i) => `${i.period} ${i.status}`);

describe('GET /api/v1/vendors/:id/checkpoints', () => {
  it('is empty until the pledge is active, then runs from the period it became active in to the next one', async () => {
    setClock('2026-05-20T14:00:00Z');
    const before = await t.http().get(calendarUrl(cast.vendor.id)).set('authorization', auth.owner);
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ items: [] });

    const signed = await t.http().post(`/api/v1/vendors/${cast.vendor.id}/pledge/sign`).set('authorization', auth.owner).send({ signerName: 'Ada Lovelace', signerTitle: 'CEO', accept: true, agreementVersion: 1 });
    expect(signed.status).toBe(200);

    const res = await t.http().get(calendarUrl(cast.vendor.id)).set('authorization', auth.member);
    expect(res.status).toBe(200);
    expectSchema(CheckpointCalendar, res.body);
    expect(res.body.items).toEqual([
      { period: '2026-H1', start: '2026-01-01', end: '2026-06-30', dueDate: '2026-07-30', status: 'open', submittedAt: null },
      { period: '2026-H2', start: '2026-07-01', end: '2026-12-31', dueDate: '2027-01-30', status: 'upcoming', submittedAt: null },
    ]);
  });

  it('moves each period from upcoming to open, due and overdue as time passes, across the year end', async () => {
    const at = async (iso: string) => {
      setClock(iso);
      const res = await t.http().get(calendarUrl(cast.vendor.id)).set('authorization', auth.owner);
      expect(res.status).toBe(200);
      return statuses(res.body);
    };
    expect(await at('2026-06-30T23:59:59Z')).toEqual(['2026-H1 open', '2026-H2 upcoming']);
    expect(await at('2026-07-01T00:00:00Z')).toEqual(['2026-H1 due', '2026-H2 open', '2027-H1 upcoming']);
    expect(await at('2026-07-30T23:59:59Z')).toEqual(['2026-H1 due', '2026-H2 open', '2027-H1 upcoming']);
    expect(await at('2026-07-31T00:00:00Z')).toEqual(['2026-H1 overdue', '2026-H2 open', '2027-H1 upcoming']);
    expect(await at('2026-12-31T23:59:59Z')).toEqual(['2026-H1 overdue', '2026-H2 open', '2027-H1 upcoming']);
    expect(await at('2027-01-01T00:00:00Z')).toEqual(['2026-H1 overdue', '2026-H2 due', '2027-H1 open', '2027-H2 upcoming']);

    setClock('2027-01-15T12:00:00Z');
    const res = await t.http().get(calendarUrl(cast.vendor.id)).set('authorization', auth.admin);
    expect(res.body.items).toEqual([
      { period: '2026-H1', start: '2026-01-01', end: '2026-06-30', dueDate: '2026-07-30', status: 'overdue', submittedAt: null },
      { period: '2026-H2', start: '2026-07-01', end: '2026-12-31', dueDate: '2027-01-30', status: 'due', submittedAt: null },
      { period: '2027-H1', start: '2027-01-01', end: '2027-06-30', dueDate: '2027-07-30', status: 'open', submittedAt: null },
      { period: '2027-H2', start: '2027-07-01', end: '2027-12-31', dueDate: '2028-01-30', status: 'upcoming', submittedAt: null },
    ]);
    expect(await at('2027-01-31T00:00:00Z')).toEqual(['2026-H1 overdue', '2026-H2 overdue', '2027-H1 open', '2027-H2 upcoming']);
  });

  it('shows the status of data the vendor has submitted, and ignores a draft', async () => {
    const { vendor, owner } = await createVendorWithPeople(t.db);
    await setPledge(t.db, vendor, owner, { state: PledgeState.Active, activeSince: new Date('2025-03-10T00:00:00Z') });
    await createCheckpoint(t.db, vendor, '2025-H1', 'accepted', new Date('2025-07-20T10:00:00Z'));
    await createCheckpoint(t.db, vendor, '2025-H2', 'returned', new Date('2026-01-25T10:00:00Z'));
    await createCheckpoint(t.db, vendor, '2026-H1', 'submitted', new Date('2026-07-02T10:00:00Z'));
    await createCheckpoint(t.db, vendor, '2026-H2', 'draft');
    setClock('2027-01-15T12:00:00Z');
    const res = await t.http().get(calendarUrl(vendor.id)).set('authorization', bearer(t.app, owner));
    expect(res.status).toBe(200);
    expectSchema(CheckpointCalendar, res.body);
    expect((res.body.items as { period: string; status: string; submittedAt: string | null }[]).map((i) => [i.period, i.status, i.submittedAt])).toEqual([
      ['2025-H1', 'accepted', '2025-07-20T10:00:00.000Z'],
      ['2025-H2', 'returned', '2026-01-25T10:00:00.000Z'],
      ['2026-H1', 'submitted', '2026-07-02T10:00:00.000Z'],
      ['2026-H2', 'due', null],
      ['2027-H1', 'open', null],
      ['2027-H2', 'upcoming', null],
    ]);
  });

  it('starts with the second half-year for a pledge that became active on 31 December', async () => {
    const { vendor, owner } = await createVendorWithPeople(t.db);
    await setPledge(t.db, vendor, owner, { state: PledgeState.Active, activeSince: new Date('2026-12-31T23:30:00Z') });
    setClock('2027-01-15T12:00:00Z');
    const res = await t.http().get(calendarUrl(vendor.id)).set('authorization', auth.admin);
    expect(statuses(res.body)).toEqual(['2026-H2 due', '2027-H1 open', '2027-H2 upcoming']);
  });

  it('stops at the period in which a revoked or withdrawn pledge ended', async () => {
    setClock('2027-08-01T10:00:00Z');
    const { vendor, owner } = await createVendorWithPeople(t.db);
    await setPledge(t.db, vendor, owner, { state: PledgeState.Withdrawn, activeSince: new Date('2026-03-01T10:00:00Z'), stateSince: new Date('2026-09-15T10:00:00Z') });
    const res = await t.http().get(calendarUrl(vendor.id)).set('authorization', auth.admin);
    expect(res.status).toBe(200);
    expect(statuses(res.body)).toEqual(['2026-H1 overdue', '2026-H2 overdue']);
  });

  it('answers 404 for another vendor’s calendar and an unknown vendor, 400 for a bad id, 401 anonymously', async () => {
    expectProblem(await t.http().get(calendarUrl(cast.otherVendor.id)).set('authorization', auth.owner), 404, ErrorCode.NotFound);
    expectProblem(await t.http().get(calendarUrl(cast.vendor.id)).set('authorization', auth.otherOwner), 404, ErrorCode.NotFound);
    expectProblem(await t.http().get(calendarUrl(randomUUID())).set('authorization', auth.admin), 404, ErrorCode.NotFound);
    expectFieldErrors(await t.http().get(calendarUrl('2026-H1')).set('authorization', auth.admin), ['id']);
    expectUnauthenticated(await t.http().get(calendarUrl(cast.vendor.id)));
  });
});
