import { randomBytes, randomUUID } from 'node:crypto';
import { type EntityManager, In, IsNull } from 'typeorm';
import { type CreateWebhookBody, DAY_MS, type DeliveryListQuery, DISABLE_AFTER_FAILING_MS, type DomainEvent, ErrorCode, EVENT_AUDIENCE, EVENT_TYPES, EventAudience, EventType, MAX_DELIVERY_ATTEMPTS, MAX_WEBHOOK_ENDPOINTS, type RecordedEventType, type RedeliverBody, type RedeliverResult, retryDelayMs, Role, type UpdateWebhookBody, urlRefusal, VENDOR_EVENT_TYPES, type Webhook, type WebhookDelivery as WebhookDeliveryDto, type WebhookDeliveryList, WebhookDeliveryStatus, type WebhookList, type WebhookWithSecret } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { type KeysetOrder, keysetPage } from '../../db/keyset.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { AppError, invalid, notFound } from '../../plugins/errors.ts';
import type { Principal } from '../../plugins/auth.ts';
import { RetryAt } from '../../plugins/jobs.ts';
import { parseIfMatch } from '../../plugins/preconditions.ts';
import { mailAdmins, mailOwners } from '../accounts/index.ts';
import { type Actor, recordAudit, SYSTEM_ACTOR } from '../audit/index.ts';
import type { RecordedEvent } from '../events/index.ts';
import { mailLinks } from '../mail/index.ts';
import { deliveryWork, recordSuccess } from './webhooks.queries.ts';
import { sendWebhook } from './webhook-sender.ts';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.entity.ts';
import { endpointDisabledMail } from './webhooks.mails.ts';

export const DELIVER_WEBHOOK_JOB = 'webhook.deliver';
/** After a rotation the old secret keeps signing for a day, so receivers can switch without a gap. */
const ROTATION_OVERLAP_MS = DAY_MS;
const REDELIVER_LIMIT = 1000;

const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** Whose endpoints the caller manages: the admin (or a program key) the program's, anyone else their vendor's. */
function ownerOf(principal: Principal): string | null {
  if (principal.role === Role.Admin) return null;
  if (!principal.vendorId) throw new AppError(ErrorCode.Forbidden, 'Only a vendor’s people or the admin manage webhooks');
  return principal.vendorId;
}

function toDto(e: WebhookEndpoint): Webhook {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: e.id,
    vendorId: e.vendorId,
    url: e.url,
    description: e.description,
    eventTypes: e.eventTypes,
    enabled: e.enabled,
    disabledReason: e.disabledReason,
    failingSince: iso(e.failingSince),
    secretRotatedAt: iso(e.secretRotatedAt),
    previousSecretExpiresAt: iso(e.previousSecretExpiresAt),
    createdAt: e.createdAt.toISOString(),
    version: e.version,
  };
}

/** The endpoint, if the caller manages it; 404 otherwise (another vendor's endpoint does not exist for them). */
async function endpointOf(manager: EntityManager, principal: Principal, id: string, lock = false): Promise<WebhookEndpoint> {
  const vendorId = ownerOf(principal);
  const endpoint = await manager.getRepository(WebhookEndpoint).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!endpoint || endpoint.vendorId !== vendorId) throw notFound('Webhook endpoint');
  return endpoint;
}

function checkEndpoint(ctx: AppContext, vendorId: string | null, body: { url?: string; eventTypes?: RecordedEventType[] }): void {
  const allowed: readonly RecordedEventType[] = vendorId ? VENDOR_EVENT_TYPES : EVENT_TYPES;
  const refusal = body.url === undefined ? null : urlRefusal(body.url, ctx.config.webhooks);
  const foreign = (body.eventTypes ?? []).filter((t) => !allowed.includes(t));
  const errors = [
    ...(refusal ? [{ field: 'url', in: 'body' as const, message: refusal }] : []),
    ...(foreign.length > 0 ? [{ field: 'eventTypes', in: 'body' as const, message: `${foreign.join(', ')} ${foreign.length > 1 ? 'are' : 'is'} for program-wide endpoints only` }] : []),
  ];
  if (errors.length > 0) throw invalid(errors);
}

export async function listWebhooks(ctx: AppContext, principal: Principal): Promise<WebhookList> {
  const vendorId = ownerOf(principal);
  const rows = await ctx.db.getRepository(WebhookEndpoint).find({ where: { vendorId: vendorId ?? IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
  return { items: rows.map(toDto) };
}

export async function getWebhook(ctx: AppContext, principal: Principal, id: string): Promise<Webhook> {
  return toDto(await endpointOf(ctx.db.manager, principal, id));
}

export async function createWebhook(ctx: AppContext, principal: Principal, body: CreateWebhookBody, actor: Actor): Promise<WebhookWithSecret> {
  const vendorId = ownerOf(principal);
  checkEndpoint(ctx, vendorId, body);
  return ctx.db.transaction(async (manager) => {
    const repo = manager.getRepository(WebhookEndpoint);
    const now = ctx.clock();
    if ((await repo.countBy({ vendorId: vendorId ?? IsNull() })) >= MAX_WEBHOOK_ENDPOINTS) {
      throw new AppError(ErrorCode.Conflict, `${vendorId ? 'This vendor' : 'The program'} already has ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints, the most allowed; delete one it no longer uses first`);
    }
    const endpoint = await repo.save(
      repo.create({ vendorId, url: body.url, description: body.description?.trim() ?? '', eventTypes: body.eventTypes, secret: newSecret(), createdBy: principal.userId, createdAt: now }),
    );
    await recordAudit(manager, actor, { action: 'webhook.created', entityType: 'webhook_endpoint', entityId: endpoint.id, vendorId, details: { url: endpoint.url, eventTypes: endpoint.eventTypes } }, now);
    return { ...toDto(endpoint), secret: endpoint.secret };
  });
}

export async function updateWebhook(ctx: AppContext, principal: Principal, id: string, ifMatch: string | undefined, body: UpdateWebhookBody, actor: Actor): Promise<Webhook> {
  const expected = parseIfMatch(ifMatch);
  if (expected === null) throw new AppError(ErrorCode.PreconditionRequired, 'Send If-Match with the ETag of the endpoint you read');
  return ctx.db.transaction(async (manager) => {
    const endpoint = await endpointOf(manager, principal, id);
    checkEndpoint(ctx, endpoint.vendorId, body);
    const stale = () => new AppError(ErrorCode.PreconditionFailed, `The endpoint is at version ${endpoint.version}; reload and apply your change again`);
    if (Number.isNaN(expected)) throw stale();
    const changes: Partial<WebhookEndpoint> = {
      ...(body.url !== undefined ? { url: body.url } : {}),
      ...(body.eventTypes !== undefined ? { eventTypes: body.eventTypes } : {}),
      ...(body.description !== undefined ? { description: body.description.trim() } : {}),
      // Re-enabling starts afresh: the failures before it no longer count towards disabling.
      ...(body.enabled !== undefined ? { enabled: body.enabled, disabledReason: body.enabled ? null : 'Paused by its owner', failingSince: null } : {}),
    };
    const updated = await updateVersioned(manager, WebhookEndpoint, { id, version: expected }, changes, stale);
    await recordAudit(manager, actor, { action: 'webhook.updated', entityType: 'webhook_endpoint', entityId: id, vendorId: endpoint.vendorId, details: { fields: Object.keys(body) } }, ctx.clock());
    return toDto(updated);
  });
}

export async function deleteWebhook(ctx: AppContext, principal: Principal, id: string, actor: Actor): Promise<void> {
  await ctx.db.transaction(async (manager) => {
    const endpoint = await endpointOf(manager, principal, id, true);
    await manager.getRepository(WebhookEndpoint).delete({ id });
    await recordAudit(manager, actor, { action: 'webhook.deleted', entityType: 'webhook_endpoint', entityId: id, vendorId: endpoint.vendorId, details: { url: endpoint.url } }, ctx.clock());
  });
}

/** A new secret; the old one keeps signing (a second signature) for 24 hours. */
export async function rotateSecret(ctx: AppContext, principal: Principal, id: string, actor: Actor): Promise<WebhookWithSecret> {
  return ctx.db.transaction(async (manager) => {
    const endpoint = await endpointOf(manager, principal, id, true);
    const now = ctx.clock();
    const updated = await updateVersioned(manager, WebhookEndpoint, endpoint, {
      secret: newSecret(),
      previousSecret: endpoint.secret,
      previousSecretExpiresAt: new Date(now.getTime() + ROTATION_OVERLAP_MS),
      secretRotatedAt: now,
    });
    await recordAudit(manager, actor, { action: 'webhook.secret_rotated', entityType: 'webhook_endpoint', entityId: id, vendorId: endpoint.vendorId }, now);
    return { ...toDto(updated), secret: updated.secret };
  });
}

/** Creates deliveries (and their jobs) in the caller's transaction. */
async function queueDeliveries(ctx: AppContext, manager: EntityManager, rows: Pick<WebhookDelivery, 'endpointId' | 'eventId' | 'messageId' | 'eventType' | 'payload'>[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const now = ctx.clock();
  const repo = manager.getRepository(WebhookDelivery);
  const saved = await repo.save(rows.map((r) => repo.create({ ...r, status: WebhookDeliveryStatus.Pending, createdAt: now, nextAttemptAt: now })));
  for (const delivery of saved) await ctx.jobs.enqueue(manager, DELIVER_WEBHOOK_JOB, { deliveryId: delivery.id }, { maxAttempts: MAX_DELIVERY_ATTEMPTS });
  return saved.map((d) => d.id);
}

/**
 * The webhooks' subscription to every event: a delivery for each enabled endpoint that wants its
 * type — the vendor's own endpoints (for events its vendor may see) and the program's — written in
 * the transaction that records the event, so a change that rolls back is never announced.
 */
export function registerWebhookFanout(ctx: AppContext): void {
  ctx.events.onEvery(async (event: RecordedEvent, manager) => {
    const toVendor = event.vendorId !== null && EVENT_AUDIENCE[event.type] === EventAudience.Vendor;
    const endpoints = (await manager.query(
      `SELECT id FROM webhook_endpoint
        WHERE enabled AND $1 = ANY(event_types) AND (vendor_id IS NULL OR (vendor_id = $2 AND $3))`,
      [event.type, event.vendorId, toVendor],
    )) as { id: string }[];
    await queueDeliveries(
      ctx,
      manager,
      endpoints.map((e) => ({ endpointId: e.id, eventId: event.id, messageId: event.id, eventType: event.type, payload: null })),
    );
  });
}

/** "Send a test event": a `webhook.test` message to this endpoint only, delivered like any other. */
export async function sendTestEvent(ctx: AppContext, principal: Principal, id: string): Promise<{ deliveryId: string }> {
  return ctx.db.transaction(async (manager) => {
    const endpoint = await endpointOf(manager, principal, id);
    const messageId = randomUUID();
    const payload: DomainEvent = {
      id: messageId,
      type: EventType.Ping,
      timestamp: ctx.clock().toISOString(),
      vendor: null,
      sequence: null,
      data: { message: 'A test event from the Customer Excellence Pledge registry. Answer with any 2xx status.', endpointId: endpoint.id },
    };
    const [deliveryId] = await queueDeliveries(ctx, manager, [{ endpointId: endpoint.id, eventId: null, messageId, eventType: EventType.Ping, payload }]);
    return { deliveryId: String(deliveryId) };
  });
}

/** Sends again one event or every subscribed event since a time, with their original ids (receivers deduplicate). */
export async function redeliver(ctx: AppContext, principal: Principal, id: string, body: RedeliverBody): Promise<RedeliverResult> {
  return ctx.db.transaction(async (manager) => {
    const endpoint = await endpointOf(manager, principal, id);
    const params: unknown[] = [endpoint.eventTypes, endpoint.vendorId, endpoint.vendorId ? [...VENDOR_EVENT_TYPES] : [...EVENT_TYPES]];
    const which = body.eventId ? `e.id = $4` : `e.occurred_at >= $4`;
    params.push(body.eventId ?? new Date(body.since ?? 0));
    const events = (await manager.query(
      `SELECT e.id, e.type FROM domain_event e
        WHERE e.type = ANY($1) AND ($2::uuid IS NULL OR e.vendor_id = $2) AND e.type = ANY($3) AND ${which}
        ORDER BY e.position LIMIT ${REDELIVER_LIMIT}`,
      params,
    )) as { id: string; type: string }[];
    if (body.eventId && events.length === 0) throw notFound('Event');
    const queued = await queueDeliveries(ctx, manager, events.map((e) => ({ endpointId: endpoint.id, eventId: e.id, messageId: e.id, eventType: e.type, payload: null })));
    return { queued: queued.length };
  });
}

/** Newest first (db/keyset.ts): the cursor carries the database's own timestamp, microseconds and all. */
const NEWEST_FIRST: KeysetOrder = { name: 'newest', keys: ['d.created_at', 'd.id'], descending: true };

/** The delivery log, newest first, each delivery with its attempts. */
export async function listDeliveries(ctx: AppContext, principal: Principal, id: string, query: DeliveryListQuery): Promise<WebhookDeliveryList> {
  const endpoint = await endpointOf(ctx.db.manager, principal, id);
  const qb = ctx.db.getRepository(WebhookDelivery).createQueryBuilder('d').where('d.endpointId = :id', { id: endpoint.id });
  if (query.status) qb.andWhere('d.status = :status', { status: query.status });
  const { rows: page, next } = await keysetPage<WebhookDelivery>(qb, NEWEST_FIRST, { after: query.before, limit: query.limit }, { field: 'before', entities: true, count: false });
  const attempts = page.length > 0 ? await ctx.db.getRepository(WebhookAttempt).find({ where: { deliveryId: In(page.map((d) => d.id)) }, order: { attempt: 'ASC' } }) : [];
  return {
    items: page.map(
      (d): WebhookDeliveryDto => ({
        id: d.id,
        eventId: d.messageId,
        eventType: d.eventType,
        status: d.status,
        attempts: attempts
          .filter((a) => a.deliveryId === d.id)
          .map((a) => ({ attempt: a.attempt, at: a.at.toISOString(), statusCode: a.statusCode, latencyMs: a.latencyMs, error: a.error })),
        nextAttemptAt: d.status === WebhookDeliveryStatus.Pending ? (d.nextAttemptAt?.toISOString() ?? null) : null,
        createdAt: d.createdAt.toISOString(),
        deliveredAt: d.deliveredAt?.toISOString() ?? null,
      }),
    ),
    next,
  };
}

/** An endpoint failing for five days straight stops receiving; its owners (or the admins) are told. */
async function disableFailing(ctx: AppContext, manager: EntityManager, endpoint: WebhookEndpoint, now: Date): Promise<void> {
  const reason = `Every delivery failed for 5 days (since ${endpoint.failingSince?.toISOString() ?? now.toISOString()})`;
  await updateVersioned(manager, WebhookEndpoint, endpoint, { enabled: false, disabledReason: reason });
  await manager.getRepository(WebhookDelivery).update({ endpointId: endpoint.id, status: WebhookDeliveryStatus.Pending }, { status: WebhookDeliveryStatus.Cancelled, nextAttemptAt: null });
  await recordAudit(manager, SYSTEM_ACTOR, { action: 'webhook.disabled', entityType: 'webhook_endpoint', entityId: endpoint.id, vendorId: endpoint.vendorId, reason }, now);
  const links = mailLinks(ctx.config.publicUrl);
  const mail = endpointDisabledMail(links, { url: endpoint.url, program: endpoint.vendorId === null, since: endpoint.failingSince ?? now });
  if (endpoint.vendorId) await mailOwners(ctx, manager, endpoint.vendorId, mail);
  else await mailAdmins(ctx, manager, mail);
}

/**
 * The delivery job: one attempt, logged. A 2xx ends it; a failure is retried on the schedule of
 * `webhook-retries` (about three days), after which the delivery is failed for good.
 */
export function registerWebhookDelivery(ctx: AppContext): void {
  ctx.jobs.register(DELIVER_WEBHOOK_JOB, async (payload) => {
    const deliveryId = String(payload.deliveryId);
    const work = await deliveryWork(ctx.db.manager, deliveryId);
    if (!work || work.status !== WebhookDeliveryStatus.Pending) return;
    if (!work.enabled) {
      await ctx.db.getRepository(WebhookDelivery).update({ id: deliveryId }, { status: WebhookDeliveryStatus.Cancelled, nextAttemptAt: null });
      return;
    }
    if (!work.body) throw new Error(`event ${work.eventId} of delivery ${deliveryId} is missing`);
    const now = ctx.clock();
    const secrets = [work.secret, ...(work.previousSecret && work.previousSecretExpiresAt && work.previousSecretExpiresAt > now ? [work.previousSecret] : [])];
    const result = await sendWebhook(work.url, { id: work.messageId, body: JSON.stringify(work.body), secrets }, ctx.config.webhooks);
    const attempt = work.attemptCount + 1;
    const logged = { deliveryId, attempt, at: ctx.clock(), statusCode: result.statusCode, latencyMs: result.latencyMs, error: result.error?.slice(0, 500) ?? null };
    if (result.ok) {
      await recordSuccess(ctx.db.manager, work.endpointId, logged);
      return;
    }
    const delay = retryDelayMs(attempt, Math.random());
    const nextAttemptAt = delay === null ? null : new Date(logged.at.getTime() + delay);
    const retry = await ctx.db.transaction(async (manager) => {
      await manager.getRepository(WebhookAttempt).insert(logged);
      const status = nextAttemptAt ? WebhookDeliveryStatus.Pending : WebhookDeliveryStatus.Failed;
      await manager.getRepository(WebhookDelivery).update({ id: deliveryId }, { attemptCount: attempt, status, nextAttemptAt });
      // Failures take the endpoint's lock: the one that finds five failing days disables it once.
      const current = await manager.getRepository(WebhookEndpoint).findOne({ where: { id: work.endpointId }, lock: { mode: 'pessimistic_write' } });
      if (!current) return false;
      const failingSince = current.failingSince ?? logged.at;
      if (!current.failingSince) await manager.getRepository(WebhookEndpoint).update({ id: current.id }, { failingSince });
      if (current.enabled && logged.at.getTime() - failingSince.getTime() >= DISABLE_AFTER_FAILING_MS) {
        await disableFailing(ctx, manager, { ...current, failingSince }, logged.at);
        return false; // disabling cancelled the delivery: nothing left to retry
      }
      return nextAttemptAt !== null;
    });
    if (retry && nextAttemptAt) throw new RetryAt(nextAttemptAt, `attempt ${attempt} failed: ${result.error ?? 'no answer'}`);
  });
}
