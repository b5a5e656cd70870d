import { randomUUID } from 'node:crypto';
import { ApiScope, DAY_MS, ErrorCode, EventType, MAX_WEBHOOK_ENDPOINTS, PledgeAction, PledgeState, RETRY_DELAYS_SECONDS, type WebhookDeliveryList, WebhookWithSecretSchema } from '@cep/shared';
import { createTestApp, type TestApp } from '../../../../test/build-app.ts';
import { expectFieldErrors, expectProblem, expectSchema, expectUnauthenticated } from '../../../../test/expectations.ts';
import { bearer, complaintForm, createApiKey, createCast, createVendorWithPeople, movableClock, setPledge } from '../../../../test/factories.ts';
import { complaintTokenIn, mailTo } from '../../../../test/queries.ts';
import { startWebhookReceiver } from '../../../../test/webhook-receiver.ts';

const SECOND = 1000;
const time = movableClock(new Date('2026-03-02T10:00:00Z'));
let t: TestApp;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let cast: Awaited<ReturnType<typeof createCast>>;
let auth: { admin: string; owner: string; member: string; otherOwner: string };
beforeAll(async () => {
  t = await createTestApp({ clock: time.clock });
  receiver = await startWebhookReceiver();
  cast = await createCast(t.db);
  for (const [vendor, owner] of [[cast.vendor, cast.owner], [cast.otherVendor, cast.otherOwner]] as const) {
    await setPledge(t.db, vendor, owner, { state: PledgeState.Active, activeSince: new Date('2026-01-10T09:00:00Z') });
  }
  auth = { admin: bearer(t.app, cast.admin), owner: bearer(t.app, cast.owner), member: bearer(t.app, cast.member), otherOwner: bearer(t.app, cast.otherOwner) };
});
afterAll(async () => {
  await t.close();
  await receiver.stop();
});
beforeEach(() => {
  receiver.received.length = 0;
  receiver.script.length = 0;
});
// Each test registers its own endpoints; none outlives it (a failed test must not feed the next).
afterEach(async () => {
  await t.db.query(`DELETE FROM webhook_endpoint`);
});

const register = (who: string, body: object) => t.http().post('/api/v1/webhooks').set('authorization', who).send(body);
async function endpoint(who: string, eventTypes: string[], url = receiver.url): Promise<{ id: string; secret: string; version: number }> {
  const res = await register(who, { url, eventTypes, description: 'test receiver' });
  expect(res.status).toBe(201);
  return res.body as { id: string; secret: string; version: number };
}
const suspend = (vendorId: string) =>
  t.db.transaction((manager) =>
    t.ctx.events.record(manager, { type: EventType.PledgeStateChanged, vendorId, data: { action: PledgeAction.Suspend, from: PledgeState.Active, to: PledgeState.Suspended, reason: 'Audit' } }),
  );
const deliveries = async (id: string, who = auth.owner) => ((await t.http().get(`/api/v1/webhooks/${id}/deliveries`).set('authorization', who)).body as WebhookDeliveryList).items;
const remove = (id: string, who = auth.owner) => t.http().delete(`/api/v1/webhooks/${id}`).set('authorization', who);

describe('webhook endpoints', () => {
  it('are registered by the owner with a signing secret shown in the answer, and managed with If-Match', async () => {
    const res = await register(auth.owner, { url: receiver.url, eventTypes: ['pledge.state_changed'] });
    expect(res.status).toBe(201);
    expectSchema(WebhookWithSecretSchema, res.body);
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(res.body).toMatchObject({ vendorId: cast.vendor.id, enabled: true, eventTypes: ['pledge.state_changed'] });
    const url = `/api/v1/webhooks/${res.body.id}`;
    const read = await t.http().get(url).set('authorization', auth.owner);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body.secret).toBeUndefined();
    expectProblem(await t.http().patch(url).set('authorization', auth.owner).send({ enabled: false }), 428, ErrorCode.PreconditionRequired);
    const paused = await t.http().patch(url).set('authorization', auth.owner).set('if-match', '"1"').send({ enabled: false });
    expect(paused.body).toMatchObject({ enabled: false, disabledReason: 'Paused by its owner', version: 2 });
    expectProblem(await t.http().patch(url).set('authorization', auth.owner).set('if-match', '"1"').send({ enabled: true }), 412, ErrorCode.PreconditionFailed);
    expect((await remove(res.body.id)).status).toBe(204);
    expectProblem(await t.http().get(url).set('authorization', auth.owner), 404, ErrorCode.NotFound);
  });

  it('belong to their vendor: members are refused, another vendor gets 404, anonymous 401', async () => {
    const { id } = await endpoint(auth.owner, ['pledge.state_changed']);
    expectUnauthenticated(await t.http().get('/api/v1/webhooks'));
    expectProblem(await register(auth.member, { url: receiver.url, eventTypes: ['pledge.state_changed'] }), 403, ErrorCode.Forbidden);
    expectProblem(await t.http().get(`/api/v1/webhooks/${id}`).set('authorization', auth.otherOwner), 404, ErrorCode.NotFound);
    expectProblem(await t.http().get(`/api/v1/webhooks/${id}/deliveries`).set('authorization', auth.otherOwner), 404, ErrorCode.NotFound);
    expectProblem(await remove(id, auth.otherOwner), 404, ErrorCode.NotFound);
    expect((await t.http().get('/api/v1/webhooks').set('authorization', auth.otherOwner)).body.items.map((e: { id: string }) => e.id)).not.toContain(id);
    // The admin's list is the program's endpoints, not the vendors'.
    expect((await t.http().get('/api/v1/webhooks').set('authorization', auth.admin)).body.items.map((e: { id: string }) => e.id)).not.toContain(id);
    // A vendor key with webhooks:manage manages its vendor's endpoints; without it, 403 naming the scope.
    const { key } = await createApiKey(t.db, { vendorId: cast.vendor.id, createdBy: cast.owner.id, scopes: [ApiScope.WebhooksManage] });
    expect((await t.http().get(`/api/v1/webhooks/${id}`).set('x-api-key', key)).status).toBe(200);
    const { key: readOnly } = await createApiKey(t.db, { vendorId: cast.vendor.id, createdBy: cast.owner.id, scopes: [ApiScope.StatusRead] });
    const refused = await t.http().get(`/api/v1/webhooks/${id}`).set('x-api-key', readOnly);
    expectProblem(refused, 403, ErrorCode.Forbidden);
    expect(refused.body.detail).toBe('This API key lacks the scope webhooks:manage');
    await remove(id);
  });

  it('refuse bad input naming the fields', async () => {
    expectFieldErrors(await register(auth.owner, { eventTypes: ['pledge.signed'] }), ['url']);
    expectFieldErrors(await register(auth.owner, { url: 'not a url', eventTypes: ['pledge.signed'] }), ['url']);
    expectFieldErrors(await register(auth.owner, { url: 'ftp://example.com/x', eventTypes: ['pledge.signed'] }), ['url']);
    expectFieldErrors(await register(auth.owner, { url: 'http://example.com/hooks', eventTypes: ['pledge.signed'] }), ['url']);
    expectFieldErrors(await register(auth.owner, { url: 'https://user:pw@example.com/hooks', eventTypes: ['pledge.signed'] }), ['url']);
    expectFieldErrors(await register(auth.owner, { url: receiver.url, eventTypes: [] }), ['eventTypes']);
    expectFieldErrors(await register(auth.owner, { url: receiver.url, eventTypes: ['pledge.exploded'] }), ['eventTypes.0']);
    // Program-only events are not a vendor's to receive.
    expectFieldErrors(await register(auth.owner, { url: receiver.url, eventTypes: ['complaint.confirmed'] }), ['eventTypes']);
    expectFieldErrors(await t.http().get('/api/v1/webhooks/not-a-uuid').set('authorization', auth.owner), ['id']);
    expectFieldErrors(await t.http().get(`/api/v1/webhooks/${randomUUID()}/deliveries?before=%%%`).set('authorization', auth.owner), ['before']);
    expectFieldErrors(await t.http().post(`/api/v1/webhooks/${randomUUID()}/redeliver`).set('authorization', auth.owner).send({ since: 'yesterday' }), ['since']);
    expectFieldErrors(await t.http().post(`/api/v1/webhooks/${randomUUID()}/redeliver`).set('authorization', auth.owner).send({ eventId: 'x' }), ['eventId']);
    expectFieldErrors(await t.http().post(`/api/v1/webhooks/${randomUUID()}/redeliver`).set('authorization', auth.owner).send({}), ['(root)']);
  });

  it('are bounded: ten per vendor; deleting one makes room, and other vendors are not counted', async () => {
    const ids: string[] = [];
    for (let i = 0; i < MAX_WEBHOOK_ENDPOINTS; i++) ids.push((await endpoint(auth.owner, ['pledge.signed'])).id);
    const refused = await register(auth.owner, { url: receiver.url, eventTypes: ['pledge.signed'] });
    expectProblem(refused, 409, ErrorCode.Conflict);
    expect(refused.body.detail).toContain('10 webhook endpoints');
    expect((await register(auth.otherOwner, { url: receiver.url, eventTypes: ['pledge.signed'] })).status).toBe(201);
    expect((await remove(ids[0] ?? '')).status).toBe(204);
    await endpoint(auth.owner, ['pledge.signed']);
  });
});

describe('delivery', () => {
  it('POSTs each subscribed event, signed so the standardwebhooks library verifies it, and logs it', async () => {
    const { id, secret } = await endpoint(auth.owner, ['pledge.state_changed']);
    const suspended = await t.http().post(`/api/v1/vendors/${cast.vendor.id}/pledge/suspend`).set('authorization', auth.admin).send({ reason: 'Unanswered complaints' });
    expect(suspended.status).toBe(200);
    expect(receiver.received).toEqual([]); // outside the request: the job queue delivers
    await t.ctx.jobs.runDue();
    expect(receiver.received).toHaveLength(1);
    const [message] = receiver.received;
    if (!message) throw new Error('nothing received');
    expect(receiver.verify(message, secret)).toMatchObject({ type: 'pledge.state_changed' });
    expect(() => receiver.verify(message, `whsec_${Buffer.alloc(32, 7).toString('base64')}`)).toThrow();
    expect(message.headers['webhook-id']).toBe(message.json.id);
    expect(message.json).toMatchObject({
      type: 'pledge.state_changed',
      vendor: { id: cast.vendor.id, slug: cast.vendor.slug, name: cast.vendor.name },
      data: { action: 'suspend', from: 'active', to: 'suspended', reason: 'Unanswered complaints' },
    });
    expect(message.json.sequence).toEqual(expect.any(Number));
    const [logged] = await deliveries(id);
    expect(logged).toMatchObject({ eventId: message.json.id, eventType: 'pledge.state_changed', status: 'succeeded', nextAttemptAt: null, attempts: [{ attempt: 1, statusCode: 200, error: null }] });
    await t.http().post(`/api/v1/vendors/${cast.vendor.id}/pledge/reinstate`).set('authorization', auth.admin).send({ reason: 'Answered' });
    await remove(id);
  });

  it('sends a vendor’s endpoint only its own events, and a program endpoint every vendor’s', async () => {
    const vendorHook = await endpoint(auth.owner, ['pledge.state_changed', 'checkpoint.accepted']);
    const programHook = await endpoint(auth.admin, ['pledge.state_changed', 'complaint.confirmed']);
    await suspend(cast.otherVendor.id);
    // A confirmed complaint is the program's business until the admin forwards it to the vendor.
    const form = complaintForm(cast.vendor.slug);
    expect((await t.http().post('/api/v1/complaints').send(form)).status).toBe(202);
    const [confirmation] = await mailTo(t.db, String(form.email).toLowerCase());
    expect((await t.http().post('/api/v1/complaints/confirm').send({ token: complaintTokenIn(confirmation?.body_text ?? '', 'confirm') })).status).toBe(200);
    await t.ctx.jobs.runDue();
    expect(await deliveries(vendorHook.id)).toEqual([]);
    expect((await deliveries(programHook.id, auth.admin)).map((d) => d.eventType).sort()).toEqual(['complaint.confirmed', 'pledge.state_changed']);
    await remove(vendorHook.id);
    await remove(programHook.id, auth.admin);
  });

  it('retries a failing receiver with backoff until it answers 2xx, logging every attempt', async () => {
    const { id } = await endpoint(auth.owner, ['pledge.state_changed']);
    receiver.script.push(500, 503, 502);
    await suspend(cast.vendor.id);
    await t.ctx.jobs.runDue();
    for (const delay of RETRY_DELAYS_SECONDS.slice(0, 3)) {
      const [pending] = await deliveries(id);
      expect(pending?.status).toBe('pending');
      // The wait is the schedule's, spread by at most a fifth either way.
      const wait = Date.parse(pending?.nextAttemptAt ?? '') - time.now().getTime();
      expect(wait).toBeGreaterThanOrEqual(delay * SECOND * 0.8 - 1000);
      expect(wait).toBeLessThanOrEqual(delay * SECOND * 1.2 + 1000);
      time.advance(wait + SECOND);
      await t.ctx.jobs.runDue();
    }
    const [done] = await deliveries(id);
    expect(done?.status).toBe('succeeded');
    expect(done?.attempts.map((a) => [a.attempt, a.statusCode, a.error])).toEqual([
      [1, 500, 'HTTP 500'],
      [2, 503, 'HTTP 503'],
      [3, 502, 'HTTP 502'],
      [4, 200, null],
    ]);
    // Every attempt carried the same webhook-id, so the receiver can tell it is one message.
    expect(new Set(receiver.received.map((m) => m.headers['webhook-id'])).size).toBe(1);
    expect((await t.http().get(`/api/v1/webhooks/${id}`).set('authorization', auth.owner)).body.failingSince).toBeNull();
    await remove(id);
  });

  it('treats a redirect as a failure and does not follow it', async () => {
    const { id } = await endpoint(auth.owner, ['pledge.state_changed']);
    receiver.script.push(302);
    await suspend(cast.vendor.id);
    await t.ctx.jobs.runDue();
    expect(receiver.received).toHaveLength(1);
    expect((await deliveries(id))[0]?.attempts[0]).toMatchObject({ statusCode: 302, error: 'Redirect (302) not followed' });
    await remove(id);
  });

  it('redelivers one event or everything since a time, with the original ids', async () => {
    const { id } = await endpoint(auth.owner, ['pledge.state_changed']);
    time.advance(SECOND);
    const since = time.now().toISOString();
    await suspend(cast.vendor.id);
    await suspend(cast.vendor.id);
    await t.ctx.jobs.runDue();
    const firstIds = receiver.received.map((m) => m.json.id);
    expect(firstIds).toHaveLength(2);
    const one = await t.http().post(`/api/v1/webhooks/${id}/redeliver`).set('authorization', auth.owner).send({ eventId: firstIds[0] });
    expect(one.status).toBe(202);
    expect(one.body).toEqual({ queued: 1 });
    const all = await t.http().post(`/api/v1/webhooks/${id}/redeliver`).set('authorization', auth.owner).send({ since });
    expect(all.body).toEqual({ queued: 2 });
    await t.ctx.jobs.runDue();
    expect(receiver.received.map((m) => m.json.id).slice(2).sort()).toEqual([firstIds[0], ...firstIds].sort());
    // Another vendor's event is not this endpoint's to redeliver.
    const foreign = await suspend(cast.otherVendor.id);
    expectProblem(await t.http().post(`/api/v1/webhooks/${id}/redeliver`).set('authorization', auth.owner).send({ eventId: foreign.id }), 404, ErrorCode.NotFound);
    await remove(id);
  });

  it('sends a test event on request, which shows in the delivery log', async () => {
    const { id, secret } = await endpoint(auth.owner, ['pledge.signed']);
    const res = await t.http().post(`/api/v1/webhooks/${id}/test`).set('authorization', auth.owner);
    expect(res.status).toBe(202);
    await t.ctx.jobs.runDue();
    const [message] = receiver.received;
    if (!message) throw new Error('nothing received');
    expect(receiver.verify(message, secret)).toMatchObject({ type: 'webhook.test' });
    expect(await deliveries(id)).toEqual([expect.objectContaining({ id: res.body.deliveryId, eventType: 'webhook.test', status: 'succeeded' })]);
    await remove(id);
  });

  it('signs with the old secret too for 24 hours after a rotation, then with the new one only', async () => {
    const { id, secret: old } = await endpoint(auth.owner, ['pledge.state_changed']);
    const rotated = await t.http().post(`/api/v1/webhooks/${id}/rotate-secret`).set('authorization', auth.owner);
    expect(rotated.status).toBe(200);
    const fresh = rotated.body.secret as string;
    expect(fresh).not.toBe(old);
    expect(rotated.body.previousSecretExpiresAt).toBe(new Date(time.now().getTime() + DAY_MS).toISOString());
    await suspend(cast.vendor.id);
    await t.ctx.jobs.runDue();
    const [during] = receiver.received;
    if (!during) throw new Error('nothing received');
    expect(during.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(receiver.verify(during, old)).toBeTruthy();
    expect(receiver.verify(during, fresh)).toBeTruthy();
    time.advance(DAY_MS + SECOND);
    await suspend(cast.vendor.id);
    await t.ctx.jobs.runDue();
    const after = receiver.received[1];
    if (!after) throw new Error('nothing received');
    expect(after.headers['webhook-signature']?.split(' ')).toHaveLength(1);
    expect(receiver.verify(after, fresh)).toBeTruthy();
    expect(() => receiver.verify(after, old)).toThrow();
    await remove(id);
  });

  it('disables an endpoint that failed for five days straight and e-mails its owners', async () => {
    const { id } = await endpoint(auth.owner, ['pledge.state_changed']);
    receiver.script.push(...Array.from({ length: 40 }, () => 500));
    await suspend(cast.vendor.id);
    await t.ctx.jobs.runDue();
    // Keep sending events and running retries for six days; every answer is a 500.
    for (let day = 0; day < 6; day += 1) {
      time.advance(DAY_MS);
      await suspend(cast.vendor.id);
      await t.ctx.jobs.runDue();
    }
    const read = await t.http().get(`/api/v1/webhooks/${id}`).set('authorization', auth.owner);
    expect(read.body.enabled).toBe(false);
    expect(read.body.disabledReason).toMatch(/^Every delivery failed for 5 days/);
    const mail = (await mailTo(t.db, cast.owner.email)).filter((m) => m.subject.startsWith('Webhook endpoint disabled'));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.body_text).toContain('http://registry.test/vendor/integrations');
    // Nothing more is sent to it; enabling it again starts afresh.
    const before = receiver.received.length;
    await suspend(cast.vendor.id);
    await t.ctx.jobs.runDue();
    expect(receiver.received).toHaveLength(before);
    const enabled = await t.http().patch(`/api/v1/webhooks/${id}`).set('authorization', auth.owner).set('if-match', read.headers.etag ?? '').send({ enabled: true });
    expect(enabled.body).toMatchObject({ enabled: true, failingSince: null, disabledReason: null });
    await remove(id);
  });

  it('announces nothing from a change that rolled back', async () => {
    const { id } = await endpoint(auth.owner, ['pledge.state_changed']);
    await expect(
      t.db.transaction(async (manager) => {
        await t.ctx.events.record(manager, { type: EventType.PledgeStateChanged, vendorId: cast.vendor.id, data: { action: PledgeAction.Lapse, from: PledgeState.Active, to: PledgeState.Lapsed, reason: null } });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await t.ctx.jobs.runDue();
    expect(receiver.received).toEqual([]);
    expect(await deliveries(id)).toEqual([]);
    await remove(id);
  });

  it('pages the delivery log newest first with a cursor', async () => {
    const { id } = await endpoint(auth.owner, ['pledge.state_changed']);
    for (let i = 0; i < 3; i += 1) {
      await suspend(cast.vendor.id);
      time.advance(SECOND);
    }
    const first = await t.http().get(`/api/v1/webhooks/${id}/deliveries?limit=2`).set('authorization', auth.owner);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.next).toEqual(expect.any(String));
    const second = await t.http().get(`/api/v1/webhooks/${id}/deliveries?limit=2&before=${first.body.next as string}`).set('authorization', auth.owner);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.next).toBeNull();
    const all = [...first.body.items, ...second.body.items].map((d: { createdAt: string }) => d.createdAt);
    expect(all).toEqual([...all].sort().reverse());
    await t.ctx.jobs.runDue();
    await remove(id);
  });

  it('misses no delivery made in the same millisecond as the last one of a page', async () => {
    const { id } = await endpoint(auth.owner, ['pledge.state_changed']);
    // PostgreSQL keeps microseconds; a cursor cut to JavaScript's milliseconds used to skip these.
    for (const at of ['2026-03-02T10:00:00.123900Z', '2026-03-02T10:00:00.123500Z', '2026-03-02T10:00:00.123100Z']) {
      await t.db.query(`INSERT INTO webhook_delivery (endpoint_id, message_id, event_type, status, created_at) VALUES ($1, gen_random_uuid(), 'pledge.state_changed', 'cancelled', $2)`, [id, at]);
    }
    const seen: string[] = [];
    let before: string | null = null;
    do {
      const res: { status: number; body: { items: { id: string }[]; next: string | null } } = await t.http().get(`/api/v1/webhooks/${id}/deliveries?limit=1${before ? `&before=${before}` : ''}`).set('authorization', auth.owner);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((d) => d.id));
      before = res.body.next;
    } while (before);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    await remove(id);
  });
});

describe('outbound safety', () => {
  let strict: TestApp;
  beforeAll(async () => {
    strict = await createTestApp({ env: { WEBHOOK_STRICT_TARGETS: 'true', WEBHOOK_ALLOWED_HOSTS: 'receiver.allowed.test' } });
  });
  afterAll(async () => strict.close());

  it('in production refuses plain http, loopback, private and link-local addresses', async () => {
    const people = await createVendorWithPeople(strict.db);
    const owner = bearer(strict.app, people.owner);
    const post = (url: string) => strict.http().post('/api/v1/webhooks').set('authorization', owner).send({ url, eventTypes: ['pledge.signed'] });
    for (const url of [receiver.url, 'https://127.0.0.1/x', 'https://localhost/x', 'https://10.1.2.3/x', 'https://192.168.0.7/x', 'https://169.254.169.254/latest', 'https://[::1]/x', 'https://[fd00::1]/x', 'http://example.com/x']) {
      expectFieldErrors(await post(url), ['url']);
    }
    expect((await post('https://hooks.example.com/cep')).status).toBe(201);
    // An allowlisted host (an on-premises receiver) is accepted even over http.
    expect((await post('http://receiver.allowed.test/hooks')).status).toBe(201);
  });
});
