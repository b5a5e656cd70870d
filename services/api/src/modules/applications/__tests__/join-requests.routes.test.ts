import { AcceptedNotice, DAY_MS, ErrorCode, JoinRequestConfirmed, PledgeState, RequestedVendors, Role } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, createUser, createVendor, movableClock, setPledge } from '../../../../test/factories.ts';
import { mailTo } from '../../../../test/queries.ts';

/**
 * "Ask this vendor to join": the buyer's request counts once confirmed through their e-mail; the
 * vendor is invited at most once per 30 days whoever asks; the admin sees the counts.
 */
const time = movableClock(new Date('2026-12-01T10:00:00Z'));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
});
afterAll(async () => t.close());

const REQUESTS = '/api/v1/directory/requests';
const ask = (overrides: Record<string, unknown> = {}) =>
  t.http().post(REQUESTS).send({ vendorName: 'Quizzly', website: 'https://www.quizzly.example/', contactEmail: 'hello@quizzly.example', email: 'buyer@school.example', ...overrides });

async function confirmLinkOf(email: string): Promise<string> {
  const mail = (await mailTo(t.db, email)).filter((m) => m.subject.startsWith('Confirm your request')).at(-1);
  const token = /\/join-requests\/confirm\/([A-Za-z0-9_-]{20,})/.exec(mail?.body_text ?? '')?.[1];
  if (!token) throw new Error(`no confirmation link to ${email}`);
  return token;
}
const confirm = (token: string) => t.http().post(`${REQUESTS}/confirm`).send({ token });

describe('asking a vendor to join', () => {
  it('invites the vendor once the buyer confirms, at most once in 30 days, and the admin sees every request', async () => {
    const first = await ask();
    expect(first.status).toBe(202);
    expectSchema(AcceptedNotice, first.body);
    // Nothing reaches the vendor before the buyer confirms.
    expect(await mailTo(t.db, 'hello@quizzly.example')).toEqual([]);

    const confirmed = await confirm(await confirmLinkOf('buyer@school.example'));
    expect(confirmed.status).toBe(200);
    expectSchema(JoinRequestConfirmed, confirmed.body);
    expect(confirmed.body).toMatchObject({ vendorName: 'Quizzly', invited: true });
    expect((await mailTo(t.db, 'hello@quizzly.example')).map((m) => m.subject)).toEqual(['Your customers ask Quizzly to join the Customer Excellence Pledge']);

    // A second buyer, a week later, the same vendor under another address of its site: counted, not mailed.
    time.advance(7 * DAY_MS);
    expect((await ask({ website: 'http://quizzly.example/about', email: 'teacher@college.example', vendorName: 'Quizzly Ltd' })).status).toBe(202);
    const second = await confirm(await confirmLinkOf('teacher@college.example'));
    expect(second.body).toMatchObject({ vendorName: 'Quizzly Ltd', invited: false });
    expect(await mailTo(t.db, 'hello@quizzly.example')).toHaveLength(1);

    // After 30 days the next confirmed request invites it again.
    time.advance(24 * DAY_MS);
    await ask({ email: 'third@school.example' });
    expect((await confirm(await confirmLinkOf('third@school.example'))).body.invited).toBe(true);
    expect(await mailTo(t.db, 'hello@quizzly.example')).toHaveLength(2);

    const admin = bearer(t.app, await createUser(t.db));
    const list = await t.http().get(REQUESTS).set('authorization', admin);
    expect(list.status).toBe(200);
    expectSchema(RequestedVendors, list.body);
    expect(list.body.items).toEqual([expect.objectContaining({ domain: 'quizzly.example', vendorName: 'Quizzly', requests: 3, lastInvitedAt: time.now().toISOString() })]);
  });

  it('takes a retried request once with the same Idempotency-Key', async () => {
    const body = { vendorName: 'Retry Co', website: 'https://retry.example', contactEmail: 'hi@retry.example', email: 'retry@buyer.example' };
    for (let i = 0; i < 2; i++) expect((await t.http().post(REQUESTS).set('idempotency-key', 'join-retry-1').send(body)).status).toBe(202);
    expect((await mailTo(t.db, 'retry@buyer.example')).filter((m) => m.subject.startsWith('Confirm your request'))).toHaveLength(1);
  });

  it('spends the link, and ignores an unconfirmed request in the counts', async () => {
    await ask({ vendorName: 'Slowpoke', website: 'https://slowpoke.example', contactEmail: 'hi@slowpoke.example', email: 'a@buyer.example' });
    const token = await confirmLinkOf('a@buyer.example');
    await ask({ vendorName: 'Slowpoke', website: 'https://slowpoke.example', contactEmail: 'hi@slowpoke.example', email: 'b@buyer.example' });
    expect((await confirm(token)).status).toBe(200);
    expectProblem(await confirm(token), 410, ErrorCode.TokenInvalid);
    const admin = bearer(t.app, await createUser(t.db));
    const slowpoke = (await t.http().get(REQUESTS).set('authorization', admin)).body.items.find((i: { domain: string }) => i.domain === 'slowpoke.example');
    expect(slowpoke).toMatchObject({ requests: 1 });
  });

  it('says a member is already in the directory instead of inviting it', async () => {
    const vendor = await createVendor(t.db, { name: 'Memberly', website: 'https://memberly.example' });
    await setPledge(t.db, vendor, await createUser(t.db, { role: Role.VendorOwner, vendorId: vendor.id }), { state: PledgeState.Active, activeSince: new Date('2026-06-01T10:00:00Z') });
    const res = await ask({ vendorName: 'Memberly', website: 'https://www.memberly.example/', email: 'c@buyer.example' });
    expectProblem(res, 409, ErrorCode.Duplicate);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'website' })]);
  });

  it('names bad fields, and keeps the counts to the admin', async () => {
    expectFieldErrors(await t.http().post(REQUESTS).send({}), ['vendorName', 'website', 'contactEmail', 'email']);
    expectFieldErrors(await ask({ website: 'ftp://nope.example', contactEmail: 'not-an-email' }), ['website', 'contactEmail']);
    expectFieldErrors(await ask({ extra: true }), ['extra']);
    expectFieldErrors(await t.http().post(`${REQUESTS}/confirm`).send({ token: 'short' }), ['token']);
    expectUnauthenticated(await t.http().get(REQUESTS));
    const owner = await createUser(t.db, { role: Role.VendorOwner, vendorId: (await createVendor(t.db)).id });
    expectProblem(await t.http().get(REQUESTS).set('authorization', bearer(t.app, owner)), 403, ErrorCode.Forbidden);
  });
});
