/**
 * Events: the record of what happened (the transactional outbox) and who is told. Services record
 * through `ctx.events`; subscribers — each module's e-mail notices, the webhooks — register in
 * app.ts. Sits beside `audit` at the bottom of the module layers.
 */
export { createEventBus, type EventActor, type EventBus, type EventHandler, type RecordedEvent, vendorOf, writeEvent } from './event-bus.ts';
export { DomainEventRow, EventCounter } from './domain-event.entity.ts';
