/**
 * Integrations: what machines use — API keys (and, with them, the scopes every route declares),
 * webhooks, the bulk status and change feeds. The top of the module layers: it reads the events
 * every other module records.
 */
export { ApiKeyRow } from './api-key.entity.ts';
export { apiKeysRoutes } from './api-keys.routes.ts';
export { createKeyAuthenticator, newApiKey } from './api-keys.service.ts';
export { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.entity.ts';
export { webhooksRoutes } from './webhooks.routes.ts';
export { DELIVER_WEBHOOK_JOB, registerWebhookDelivery, registerWebhookFanout } from './webhooks.service.ts';
export { feedsRoutes } from './feeds.routes.ts';
