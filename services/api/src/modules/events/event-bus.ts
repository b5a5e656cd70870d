import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { EventData, NewEvent, RecordedEventType } from '@cep/shared';
import type { Clock } from '../../clock.ts';

/** Who caused an event, for the notices that name them; never stored with it nor sent out. */
export interface EventActor {
  label: string;
}

/** An event as recorded: what subscribers receive. */
export type RecordedEvent<T extends RecordedEventType = RecordedEventType> = {
  [K in T]: { id: string; type: K; vendorId: string | null; sequence: number | null; occurredAt: Date; data: EventData[K]; actor: EventActor | null };
}[T];

/**
 * A subscriber runs inside the transaction that records the event: what it writes (an e-mail in
 * the outbox, a delivery job) commits with the change or not at all. Work that leaves the
 * database — sending the e-mail, calling a webhook — happens later, in the job queue.
 */
export type EventHandler<T extends RecordedEventType> = (event: RecordedEvent<T>, manager: EntityManager) => Promise<void>;

export interface EventBus {
  /** Records the event in the caller's transaction and runs its subscribers there. */
  record(manager: EntityManager, event: NewEvent, actor?: EventActor): Promise<RecordedEvent>;
  /** Subscribes to one or more types, in registration order. */
  on<T extends RecordedEventType>(types: T | readonly T[], handler: EventHandler<T>): void;
  /** Subscribes to every type (the webhooks). */
  onEvery(handler: EventHandler<RecordedEventType>): void;
}

async function nextSequence(manager: EntityManager, vendorId: string): Promise<number> {
  // The counter row stays locked until commit, so one vendor's sequence follows commit order.
  const [row] = (await manager.query(
    `INSERT INTO event_counter (vendor_id, last_sequence) VALUES ($1, 1)
     ON CONFLICT (vendor_id) DO UPDATE SET last_sequence = event_counter.last_sequence + 1
     RETURNING last_sequence`,
    [vendorId],
  )) as { last_sequence: number }[];
  return Number(row?.last_sequence);
}

/**
 * Writes an event row in the caller's transaction, numbered in its vendor's sequence, and tells no
 * one: the bus's `record` is this plus the subscribers. The demo seed writes its history with it.
 */
export async function writeEvent(manager: EntityManager, event: NewEvent, occurredAt: Date, actor: EventActor | null = null): Promise<RecordedEvent> {
  const recorded = {
    id: randomUUID(),
    type: event.type,
    vendorId: event.vendorId,
    sequence: event.vendorId ? await nextSequence(manager, event.vendorId) : null,
    occurredAt,
    data: event.data,
    actor,
  } as RecordedEvent;
  // SQL rather than the repository: the transaction id is an expression evaluated by the insert.
  await manager.query(
    `INSERT INTO domain_event (id, tx_id, type, vendor_id, sequence, occurred_at, data)
     VALUES ($1, pg_current_xact_id()::text::bigint, $2, $3, $4, $5, $6)`,
    [recorded.id, recorded.type, recorded.vendorId, recorded.sequence, recorded.occurredAt, JSON.stringify(recorded.data)],
  );
  return recorded;
}

export function createEventBus(clock: Clock): EventBus {
  const handlers = new Map<RecordedEventType, EventHandler<RecordedEventType>[]>();
  const everyType: EventHandler<RecordedEventType>[] = [];

  return {
    async record(manager, event, actor) {
      const recorded = await writeEvent(manager, event, clock(), actor ?? null);
      for (const handler of [...(handlers.get(event.type) ?? []), ...everyType]) await handler(recorded, manager);
      return recorded;
    },
    on(types, handler) {
      for (const type of typeof types === 'string' ? [types] : types) {
        handlers.set(type, [...(handlers.get(type) ?? []), handler as EventHandler<RecordedEventType>]);
      }
    },
    onEvery(handler) {
      everyType.push(handler);
    },
  };
}

/** The vendor a vendor event concerns (every type but the program's own has one). */
export function vendorOf(event: RecordedEvent): string {
  if (!event.vendorId) throw new Error(`event ${event.type} ${event.id} concerns no vendor`);
  return event.vendorId;
}
