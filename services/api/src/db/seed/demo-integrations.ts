import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ApiScope, DAY_MS, EventType, HOUR_MS, PLEDGE_ACTIONS, type PledgeAction, type PledgeState, WebhookDeliveryStatus } from '@cep/shared';
import { writeEvent } from '../../modules/events/index.ts';
import { ApiKeyRow, newApiKey, WebhookAttempt, WebhookDelivery, WebhookEndpoint } from '../../modules/integrations/index.ts';


/**
 * The demo's history as events: every pledge move the seed wrote to the audit log becomes the
 * `pledge.state_changed` it would have recorded, in order, so the change feed, the Atom feed and
 * the program's webhooks have something to show on first start.
 */
export async function seedEventHistory(manager: EntityManager): Promise<void> {
  const moves = (await manager.query(
    `SELECT vendor_id, action, from_state, to_state, reason, at FROM audit_log
      WHERE vendor_id IS NOT NULL AND action = ANY($1) AND from_state IS NOT NULL AND to_state IS NOT NULL
      ORDER BY at, id`,
    [PLEDGE_ACTIONS.map((a) => `pledge.${a}`)],
  )) as { vendor_id: string; action: string; from_state: PledgeState; to_state: PledgeState; reason: string | null; at: Date }[];
  for (const move of moves) {
    const data = { action: move.action.slice('pledge.'.length) as PledgeAction, from: move.from_state, to: move.to_state, reason: move.reason };
    await writeEvent(manager, { type: EventType.PledgeStateChanged, vendorId: move.vendor_id, data }, new Date(move.at));
  }
}

/**
 * One vendor's integrations as they look after some use: a helpdesk key used yesterday, and a
 * paused webhook endpoint with a delivery log (a test event that arrived, an event that failed).
 * The program gets a read-only key, printed once at start so a newcomer can try the API at once.
 */
export async function seedIntegrations(manager: EntityManager, vendor: { id: string }, owner: { id: string }, admin: { id: string }, now: Date): Promise<string> {
  const keys = manager.getRepository(ApiKeyRow);
  const helpdesk = newApiKey();
  await keys.insert({
    vendorId: vendor.id,
    name: 'Zendesk export',
    prefix: helpdesk.prefix,
    hash: helpdesk.hash,
    scopes: [ApiScope.CheckpointsWrite, ApiScope.CheckpointsRead],
    createdBy: owner.id,
    createdAt: new Date(now.getTime() - 40 * DAY_MS),
    lastUsedAt: new Date(now.getTime() - 20 * HOUR_MS),
    lastUsedIp: '203.0.113.24',
  });
  const program = newApiKey();
  await keys.insert({ vendorId: null, name: 'Demo marketplace sync', prefix: program.prefix, hash: program.hash, scopes: [ApiScope.StatusRead, ApiScope.AdminRead], createdBy: admin.id, createdAt: now });

  const endpoint = await manager.getRepository(WebhookEndpoint).save(
    manager.getRepository(WebhookEndpoint).create({
      vendorId: vendor.id,
      url: 'https://hooks.acme-learning.example/cep',
      description: 'CRM sync (paused while the receiver moves)',
      eventTypes: [EventType.PledgeStateChanged, EventType.ComplaintForwarded, EventType.CheckpointReturned],
      secret: `whsec_${Buffer.from(helpdesk.hash.slice(0, 32)).toString('base64')}`,
      enabled: false,
      disabledReason: 'Paused by its owner',
      createdBy: owner.id,
      createdAt: new Date(now.getTime() - 30 * DAY_MS),
    }),
  );
  // Its log: a test message that arrived a month ago, and one that failed three times this week.
  const logged = async (status: WebhookDeliveryStatus, createdAt: Date, tries: [number, number][]) => {
    const delivery = await manager.getRepository(WebhookDelivery).save(
      manager.getRepository(WebhookDelivery).create({
        endpointId: endpoint.id,
        eventId: null,
        messageId: randomUUID(),
        eventType: EventType.Ping,
        payload: { type: EventType.Ping },
        status,
        attemptCount: tries.length,
        createdAt,
        deliveredAt: status === WebhookDeliveryStatus.Succeeded ? createdAt : null,
      }),
    );
    for (const [i, [offset, code]] of tries.entries()) {
      const ok = code < 300;
      await manager.getRepository(WebhookAttempt).insert({ deliveryId: delivery.id, attempt: i + 1, at: new Date(createdAt.getTime() + offset), statusCode: code, latencyMs: ok ? 84 : 160 + i * 40, error: ok ? null : `HTTP ${code}` });
    }
  };
  await logged(WebhookDeliveryStatus.Succeeded, new Date(now.getTime() - 30 * DAY_MS), [[0, 200]]);
  await logged(WebhookDeliveryStatus.Failed, new Date(now.getTime() - 3 * DAY_MS), [
    [0, 503],
    [5_000, 503],
    [300_000, 502],
  ]);
  return program.key;
}
