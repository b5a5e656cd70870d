import Type from 'typebox';
import { CURSOR_PATTERN, DateTime, Id } from './atoms.ts';
import { EVENT_TYPES } from './events.ts';

export const WebhookDeliveryStatus = { Pending: 'pending', Succeeded: 'succeeded', Failed: 'failed', Cancelled: 'cancelled' } as const;
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];
export const WEBHOOK_DELIVERY_STATUSES = Object.values(WebhookDeliveryStatus);

const WebhookUrl = Type.String({ format: 'uri', maxLength: 2048, description: 'Where events are POSTed: https (http only for a local receiver during development)' });
/** Webhook endpoints a vendor, or the program, may have at once. */
export const MAX_WEBHOOK_ENDPOINTS = 10;

const EventTypes = Type.Array(Type.Enum(EVENT_TYPES), { minItems: 1, uniqueItems: true, description: 'The event types to receive' });
const Description = Type.String({ maxLength: 200 });

export const CreateWebhookBody = Type.Object({ url: WebhookUrl, eventTypes: EventTypes, description: Type.Optional(Description) }, { additionalProperties: false });
export type CreateWebhookBody = Type.Static<typeof CreateWebhookBody>;

export const UpdateWebhookBody = Type.Object(
  {
    url: Type.Optional(WebhookUrl),
    eventTypes: Type.Optional(EventTypes),
    description: Type.Optional(Description),
    enabled: Type.Optional(Type.Boolean({ description: 'false pauses deliveries; true re-enables an endpoint that was disabled after failing' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateWebhookBody = Type.Static<typeof UpdateWebhookBody>;

export const WebhookSchema = Type.Object({
  id: Id,
  vendorId: Type.Union([Id, Type.Null()], { description: 'The vendor whose events it receives; null for a program-wide endpoint' }),
  url: Type.String(),
  description: Type.String(),
  eventTypes: Type.Array(Type.Enum(EVENT_TYPES)),
  enabled: Type.Boolean(),
  disabledReason: Type.Union([Type.String(), Type.Null()]),
  failingSince: Type.Union([DateTime, Type.Null()], { description: 'Every delivery has failed since then; after 5 days the endpoint is disabled' }),
  secretRotatedAt: Type.Union([DateTime, Type.Null()]),
  previousSecretExpiresAt: Type.Union([DateTime, Type.Null()], { description: 'Until then deliveries are signed with the old secret too' }),
  createdAt: DateTime,
  version: Type.Integer(),
});
export type Webhook = Type.Static<typeof WebhookSchema>;

/** Creating an endpoint or rotating its secret: the only answers that carry the secret. */
export const WebhookWithSecretSchema = Type.Object({ ...WebhookSchema.properties, secret: Type.String({ description: 'whsec_…: verify signatures with it (Standard Webhooks)' }) });
export type WebhookWithSecret = Type.Static<typeof WebhookWithSecretSchema>;

export const WebhookList = Type.Object({ items: Type.Array(WebhookSchema) });
export type WebhookList = Type.Static<typeof WebhookList>;

export const WebhookAttemptSchema = Type.Object({
  attempt: Type.Integer({ minimum: 1 }),
  at: DateTime,
  statusCode: Type.Union([Type.Integer(), Type.Null()]),
  latencyMs: Type.Integer({ minimum: 0 }),
  error: Type.Union([Type.String(), Type.Null()]),
});
export type WebhookAttempt = Type.Static<typeof WebhookAttemptSchema>;

export const WebhookDeliverySchema = Type.Object({
  id: Id,
  eventId: Id,
  eventType: Type.String(),
  status: Type.Enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: Type.Array(WebhookAttemptSchema),
  nextAttemptAt: Type.Union([DateTime, Type.Null()]),
  createdAt: DateTime,
  deliveredAt: Type.Union([DateTime, Type.Null()]),
});
export type WebhookDelivery = Type.Static<typeof WebhookDeliverySchema>;

/** Newest first; `next` is the cursor of the following page, null on the last. */
export const WebhookDeliveryList = Type.Object({ items: Type.Array(WebhookDeliverySchema), next: Type.Union([Type.String(), Type.Null()]) });
export type WebhookDeliveryList = Type.Static<typeof WebhookDeliveryList>;

export const DeliveryListQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(WEBHOOK_DELIVERY_STATUSES)),
    before: Type.Optional(Type.String({ pattern: CURSOR_PATTERN, description: 'The `next` cursor of the previous page' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);
export type DeliveryListQuery = Type.Static<typeof DeliveryListQuery>;

/** Resend one event (`eventId`), or every event the endpoint subscribes to since a time (`since`, at most 1,000). */
export const RedeliverBody = Type.Object(
  { eventId: Type.Optional(Id), since: Type.Optional(Type.String({ format: 'date-time' })) },
  { additionalProperties: false, minProperties: 1, maxProperties: 1, description: 'Either eventId or since' },
);
export type RedeliverBody = Type.Static<typeof RedeliverBody>;
export const RedeliverResult = Type.Object({ queued: Type.Integer({ minimum: 0 }) });
export type RedeliverResult = Type.Static<typeof RedeliverResult>;

export const WebhookParams = Type.Object({ id: Id });
export type WebhookParams = Type.Static<typeof WebhookParams>;
