import { randomUUID } from 'node:crypto';
import { ErrorCode, Role } from '@cep/shared';
import type { Test } from 'supertest';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, complaintForm, createPledgedVendor, createUser, settableClock } from '../../../../test/factories.ts';
import { complaintRow } from '../../../../test/queries.ts';
import { COMPLAINTS, complaintUrl, file, fileConfirmed, fileForwarded, type Filed } from '../../../../test/complaints.ts';

/**
 * Who may call each complaint route (SPEC §8): 401 without credentials, 403 for a role that may
 * not, 404 — never 403 — for another vendor's complaints; and what each one may see (SPEC §6): the
 * admin never an unconfirmed complaint, a vendor only those forwarded to it.
 */
const time = settableClock('2026-03-02T10:00:00Z');
let t: TestApp;
let auth: { admin: string; owner: string; member: string; otherOwner: string; otherMember: string };
let vendorId: string;
let complaints: { unconfirmed: Filed; confirmed: Filed; dismissed: Filed; forwarded: Filed };
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock, env: { RATE_LIMIT_COMPLAINTS: '1000' } });
  const admin = await createUser(t.db);
  const mine = await createPledgedVendor(t.db, new Date('2026-01-05T09:00:00Z'));
  const other = await createPledgedVendor(t.db, new Date('2026-01-05T09:00:00Z'));
  vendorId = mine.vendor.id;
  auth = {
    admin: bearer(t.app, admin),
    owner: bearer(t.app, mine.owner),
    member: bearer(t.app, mine.member),
    otherOwner: bearer(t.app, other.owner),
    otherMember: bearer(t.app, await createUser(t.db, { role: Role.VendorMember, vendorId: other.vendor.id })),
  };
  const unconfirmed = await file(t, mine.vendor.slug);
  const confirmed = await fileConfirmed(t, mine.vendor.slug);
  const dismissed = await fileConfirmed(t, mine.vendor.slug);
  expect((await t.http().post(complaintUrl(dismissed.id, '/dismiss')).set('authorization', auth.admin).send({ reason: 'spam' })).status).toBe(200);
  const forwarded = await fileForwarded(t, auth.admin, mine.vendor.slug);
  complaints = { unconfirmed, confirmed, dismissed, forwarded };
});
afterAll(async () => t.close());

const RESPONSE = { response: 'We fixed the export and answered the ticket.' };

/** Each signed-in route as a request factory for a complaint id (valid body), with an optional token. */
const routes: Record<string, (id: string, token?: string) => Test> = {
  'GET /complaints': (_id, token) => withToken(t.http().get(COMPLAINTS), token),
  'GET /complaints/{id}': (id, token) => withToken(t.http().get(complaintUrl(id)), token),
  'POST …/forward': (id, token) => withToken(t.http().post(complaintUrl(id, '/forward')), token).send({}),
  'POST …/dismiss': (id, token) => withToken(t.http().post(complaintUrl(id, '/dismiss')), token).send({ reason: 'invalid' }),
  'POST …/respond': (id, token) => withToken(t.http().post(complaintUrl(id, '/respond')), token).send(RESPONSE),
  'GET /watchlist': (_id, token) => withToken(t.http().get('/api/v1/watchlist'), token),
};

function withToken(req: Test, token?: string): Test {
  return token ? req.set('authorization', token) : req;
}

function call(name: string, id: string, token?: string): Test {
  const route = routes[name];
  if (!route) throw new Error(`no route ${name}`);
  return route(id, token);
}

const listed = async (token: string) => ((await t.http().get(`${COMPLAINTS}?limit=100`).set('authorization', token)).body.items as { id: string }[]).map((c) => c.id);

describe('who may call the complaint routes', () => {
  it('answers 401 on every signed-in route without a valid token', async () => {
    for (const [name, request] of Object.entries(routes)) {
      const res = await request(complaints.forwarded.id);
      expect({ name, status: res.status }).toEqual({ name, status: 401 });
      expectUnauthenticated(res);
      expectUnauthenticated(await request(complaints.forwarded.id, 'Bearer not-a-token'));
    }
    expect((await complaintRow(t.db, complaints.forwarded.id))?.state).toBe('forwarded');
  });

  it('answers the public routes without a token', async () => {
    expect((await t.http().post(COMPLAINTS).send(complaintForm(vendorId))).status).toBe(202);
    expectProblem(await t.http().post(`${COMPLAINTS}/confirm`).send({ token: 'q'.repeat(43) }), 410, ErrorCode.TokenInvalid);
    expectProblem(await t.http().post(`${COMPLAINTS}/outcome`).send({ token: 'q'.repeat(43), outcome: 'resolved' }), 410, ErrorCode.TokenInvalid);
  });

  it('keeps forward, dismiss and the watch list to the admin: 403 for vendor roles, their own complaint included', async () => {
    for (const name of ['POST …/forward', 'POST …/dismiss', 'GET /watchlist']) {
      for (const token of [auth.owner, auth.member, auth.otherOwner]) {
        const res = await call(name, complaints.confirmed.id, token);
        expect({ name, status: res.status }).toEqual({ name, status: 403 });
        expectProblem(res, 403, ErrorCode.Forbidden);
      }
    }
    expect((await complaintRow(t.db, complaints.confirmed.id))?.state).toBe('confirmed');
    expect((await call('GET /watchlist', '', auth.admin)).status).toBe(200);
  });

  it('keeps respond to the vendor’s people: 403 for the admin', async () => {
    const res = await call('POST …/respond', complaints.forwarded.id, auth.admin);
    expect(res.status).toBe(403);
    expectProblem(res, 403, ErrorCode.Forbidden);
    expect((await complaintRow(t.db, complaints.forwarded.id))?.state).toBe('forwarded');
  });

  it('answers 404, never 403, to another vendor’s owner or member for a forwarded complaint, and leaves it out of their list', async () => {
    for (const token of [auth.otherOwner, auth.otherMember]) {
      for (const name of ['GET /complaints/{id}', 'POST …/respond']) {
        const res = await call(name, complaints.forwarded.id, token);
        expect({ name, status: res.status }).toEqual({ name, status: 404 });
        expectProblem(res, 404, ErrorCode.NotFound);
      }
      expect(await listed(token)).toEqual([]);
    }
    expect((await complaintRow(t.db, complaints.forwarded.id))?.state).toBe('forwarded');
  });
});

describe('what each one sees', () => {
  it('a vendor sees only the complaints forwarded to it: 404 for unconfirmed, confirmed and dismissed ones', async () => {
    for (const token of [auth.owner, auth.member]) {
      for (const which of ['unconfirmed', 'confirmed', 'dismissed'] as const) {
        const id = complaints[which].id;
        expect({ which, status: (await call('GET /complaints/{id}', id, token)).status }).toEqual({ which, status: 404 });
        expect({ which, status: (await call('POST …/respond', id, token)).status }).toEqual({ which, status: 404 });
      }
      expect((await call('GET /complaints/{id}', complaints.forwarded.id, token)).status).toBe(200);
      expect(await listed(token)).toEqual([complaints.forwarded.id]);
    }
    expect((await complaintRow(t.db, complaints.confirmed.id))?.state).toBe('confirmed');
  });

  it('the admin never sees an unconfirmed complaint, nor can act on it', async () => {
    for (const name of ['GET /complaints/{id}', 'POST …/forward', 'POST …/dismiss']) {
      const res = await call(name, complaints.unconfirmed.id, auth.admin);
      expect({ name, status: res.status }).toEqual({ name, status: 404 });
    }
    const ids = await listed(auth.admin);
    expect(ids).not.toContain(complaints.unconfirmed.id);
    expect(ids).toEqual(expect.arrayContaining([complaints.confirmed.id, complaints.dismissed.id, complaints.forwarded.id]));
    expect((await complaintRow(t.db, complaints.unconfirmed.id))?.state).toBe('unconfirmed');
  });

  it('answers 404 for a complaint that does not exist', async () => {
    const missing = randomUUID();
    for (const name of ['GET /complaints/{id}', 'POST …/forward', 'POST …/dismiss']) {
      expectProblem((await call(name, missing, auth.admin)), 404, ErrorCode.NotFound);
    }
    expectProblem((await call('POST …/respond', missing, auth.owner)), 404, ErrorCode.NotFound);
  });
});

describe('bad input on the signed-in routes', () => {
  it('names an id that is not a UUID on every route that takes one', async () => {
    for (const bad of ['not-a-uuid', '123', "1' OR '1'='1"]) {
      for (const [name, token] of [
        ['GET /complaints/{id}', auth.admin],
        ['POST …/forward', auth.admin],
        ['POST …/dismiss', auth.admin],
        ['POST …/respond', auth.owner],
      ] as const) {
        const res = await call(name, encodeURIComponent(bad), token);
        expect({ name, bad, status: res.status }).toEqual({ name, bad, status: 400 });
        expectFieldErrors(res, ['id']);
      }
    }
  });

  it('names bad forward, dismiss and respond bodies, and changes nothing', async () => {
    const post = (id: string, action: string, token: string, body: unknown) => t.http().post(complaintUrl(id, action)).set('authorization', token).send(body as object);
    const { confirmed, forwarded } = complaints;
    expectFieldErrors(await post(confirmed.id, '/forward', auth.admin, { note: 'n'.repeat(2001) }), ['note']);
    expectFieldErrors(await post(confirmed.id, '/forward', auth.admin, { note: 42, dueInDays: 3 }), ['note', 'dueInDays']);
    expectFieldErrors(await post(confirmed.id, '/dismiss', auth.admin, {}), ['reason']);
    expectFieldErrors(await post(confirmed.id, '/dismiss', auth.admin, { reason: 'rude' }), ['reason']);
    expectFieldErrors(await post(confirmed.id, '/dismiss', auth.admin, { reason: 'spam', note: 'n'.repeat(2001), state: 'resolved' }), ['note', 'state']);
    expectFieldErrors(await post(forwarded.id, '/respond', auth.owner, {}), ['response']);
    expectFieldErrors(await post(forwarded.id, '/respond', auth.owner, { response: 'Sorry.' }), ['response']);
    expectFieldErrors(await post(forwarded.id, '/respond', auth.owner, { response: 'r'.repeat(5001) }), ['response']);
    expectFieldErrors(await post(forwarded.id, '/respond', auth.member, { response: ['We fixed it, sorry!'], consent: true }), ['response', 'consent']);
    expect((await complaintRow(t.db, confirmed.id))?.state).toBe('confirmed');
    expect((await complaintRow(t.db, forwarded.id))?.state).toBe('forwarded');
  });

  it('names bad list filters', async () => {
    const get = (query: string, token = auth.admin) => t.http().get(`${COMPLAINTS}?${query}`).set('authorization', token);
    expectFieldErrors(await get('state=unconfirmed'), ['state']);
    expectFieldErrors(await get('state=open'), ['state']);
    expectFieldErrors(await get('vendorId=acme'), ['vendorId']);
    expectFieldErrors(await get('promise=pricing'), ['promise']);
    expectFieldErrors(await get('minAgeDays=-1&maxAgeDays=soon'), ['minAgeDays', 'maxAgeDays']);
    expectFieldErrors(await get('maxAgeDays=3651'), ['maxAgeDays']);
    expectFieldErrors(await get('limit=0&after=%3F'), ['limit', 'after']);
    expectFieldErrors(await get('sort=age', auth.owner), ['sort']);
  });
});
