import { ErrorCode, PledgeState, Role } from '@cep/shared';
import type { Test } from 'supertest';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectProblem, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, checkpointData, createCast, createSubmission, createUser, movableClock, setPledge } from '../../../../test/factories.ts';

/**
 * Who may call each checkpoint route (SPEC §8): 401 without credentials, 403 for a role that may
 * not, 404 — never 403 — for another vendor's resources. Every call is a valid request, so only the
 * caller decides the answer.
 */
const time = movableClock(new Date('2026-07-10T10:00:00Z'));
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let auth: { admin: string; owner: string; member: string; otherOwner: string; otherMember: string };
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
  cast = await createCast(t.db);
  await setPledge(t.db, cast.vendor, cast.owner, { state: PledgeState.Active, activeSince: new Date('2026-01-05T09:00:00Z') });
  await setPledge(t.db, cast.otherVendor, cast.otherOwner, { state: PledgeState.Active, activeSince: new Date('2026-01-05T09:00:00Z') });
  const otherMember = await createUser(t.db, { role: Role.VendorMember, vendorId: cast.otherVendor.id });
  // Data waiting for review, so that the admin's review has something to accept.
  await createSubmission(t.db, cast.vendor, '2026-H1', { status: 'submitted', submittedAt: new Date('2026-07-02T09:00:00Z') });
  auth = {
    admin: bearer(t.app, cast.admin),
    owner: bearer(t.app, cast.owner),
    member: bearer(t.app, cast.member),
    otherOwner: bearer(t.app, cast.otherOwner),
    otherMember: bearer(t.app, otherMember),
  };
});
afterAll(async () => t.close());

const CSV = 'id,created_at,first_response_at,priority\nA,2026-03-02T09:00:00Z,2026-03-02T09:10:00Z,low\n';
const base = (vendorId: string) => `/api/v1/vendors/${vendorId}`;

/** Each route as a request factory for a vendor (valid params and body), with an optional token. */
const routes: Record<string, (vendorId: string, token?: string) => Test> = {
  'GET …/checkpoints/{period}': (id, token) => withToken(t.http().get(`${base(id)}/checkpoints/2026-H1`), token),
  'PUT …/checkpoints/{period}': (id, token) => withToken(t.http().put(`${base(id)}/checkpoints/2026-H2`), token).send(checkpointData()),
  'POST …/submit': (id, token) => withToken(t.http().post(`${base(id)}/checkpoints/2026-H1/submit`), token),
  'POST …/tickets': (id, token) => withToken(t.http().post(`${base(id)}/checkpoints/2026-H1/tickets`), token).set('content-type', 'text/csv').send(CSV),
  'POST …/review': (id, token) => withToken(t.http().post(`${base(id)}/checkpoints/2026-H1/review`), token).send({ decision: 'accepted' }),
  'GET …/metrics': (id, token) => withToken(t.http().get(`${base(id)}/metrics`), token),
  'GET /checkpoints': (_id, token) => withToken(t.http().get('/api/v1/checkpoints'), token),
  'GET /metrics': (_id, token) => withToken(t.http().get('/api/v1/metrics'), token),
};

function withToken(req: Test, token?: string): Test {
  return token ? req.set('authorization', token) : req;
}

describe('who may call the checkpoint routes', () => {
  it('answers 401 on every route without a valid token', async () => {
    for (const [name, request] of Object.entries(routes)) {
      const res = await request(cast.vendor.id);
      expect({ name, status: res.status }).toEqual({ name, status: 401 });
      expectUnauthenticated(res);
      expectUnauthenticated(await request(cast.vendor.id, 'Bearer not-a-token'));
    }
  });

  it('answers 404, never 403, to the owner or a member of another vendor on every vendor-scoped route', async () => {
    for (const name of ['GET …/checkpoints/{period}', 'PUT …/checkpoints/{period}', 'POST …/submit', 'POST …/tickets', 'GET …/metrics']) {
      for (const token of [auth.otherOwner, auth.otherMember]) {
        const res = await routes[name]?.(cast.vendor.id, token);
        expect({ name, status: res?.status }).toEqual({ name, status: 404 });
        if (res) expectProblem(res, 404, ErrorCode.NotFound);
      }
    }
    // Nothing of theirs was written to the vendor.
    const rows = (await t.db.query(`SELECT period FROM checkpoint WHERE vendor_id = $1 ORDER BY period`, [cast.vendor.id])) as { period: string }[];
    expect(rows.map((r) => r.period)).toEqual(['2026-H1']);
  });

  it('lets the admin read a vendor’s data and metrics, but not write, submit or import for it (403)', async () => {
    expect((await routes['GET …/checkpoints/{period}']?.(cast.vendor.id, auth.admin))?.status).toBe(200);
    expect((await routes['GET …/metrics']?.(cast.vendor.id, auth.admin))?.status).toBe(200);
    for (const name of ['PUT …/checkpoints/{period}', 'POST …/submit', 'POST …/tickets']) {
      const res = await routes[name]?.(cast.vendor.id, auth.admin);
      expect({ name, status: res?.status }).toEqual({ name, status: 403 });
      if (res) expectProblem(res, 403, ErrorCode.Forbidden);
    }
  });

  it('keeps review, the queue and the program metrics to the admin (403 for vendor roles, their own vendor included)', async () => {
    for (const name of ['POST …/review', 'GET /checkpoints', 'GET /metrics']) {
      for (const token of [auth.owner, auth.member, auth.otherOwner]) {
        const res = await routes[name]?.(cast.vendor.id, token);
        expect({ name, status: res?.status }).toEqual({ name, status: 403 });
        if (res) expectProblem(res, 403, ErrorCode.Forbidden);
      }
      expect((await routes[name]?.(cast.vendor.id, auth.admin))?.status).toBe(200);
    }
  });

  it('lets the vendor’s owner and members read, write, import and see their metrics', async () => {
    for (const token of [auth.owner, auth.member]) {
      expect((await routes['GET …/checkpoints/{period}']?.(cast.vendor.id, token))?.status).toBe(200);
      expect((await routes['GET …/metrics']?.(cast.vendor.id, token))?.status).toBe(200);
    }
    const put = await routes['PUT …/checkpoints/{period}']?.(cast.otherVendor.id, auth.otherMember);
    expect(put?.status).toBe(200);
    expect((await routes['POST …/tickets']?.(cast.otherVendor.id, auth.otherOwner))?.status).toBe(200);
  });
});
