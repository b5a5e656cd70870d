import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { EVENT_TYPES, type RecordedEventType } from '@cep/shared';
import { oneOf } from '../../db/checks.ts';

/**
 * The transactional outbox: one row per domain event, written in the transaction of the change it
 * records. Rows are kept (they are the change feed and what a redelivery resends).
 */
@Entity({ name: 'domain_event' })
@Check('domain_event_type_check', oneOf('type', EVENT_TYPES))
@Unique('domain_event_vendor_sequence_key', ['vendorId', 'sequence'])
@Index('domain_event_feed_idx', ['txId', 'position'])
@Index('domain_event_occurred_idx', ['occurredAt'])
export class DomainEventRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Insertion order. Not commit order: the feed pairs it with the transaction id (events.queries.ts). */
  @Column({ type: 'bigint', generated: 'identity', update: false })
  position: string;

  /** The writing transaction's id (`pg_current_xact_id()`), so a reader never passes a transaction still in flight. */
  @Column({ name: 'tx_id', type: 'bigint', update: false })
  txId: string;

  @Column({ type: 'text' })
  type: RecordedEventType;

  @ForeignKey('vendor', { name: 'domain_event_vendor_id_fkey' })
  @Column({ name: 'vendor_id', type: 'uuid', nullable: true })
  vendorId: string | null;

  /** 1, 2, 3 … per vendor, in commit order (the counter row is locked until commit). */
  @Column({ type: 'integer', nullable: true })
  sequence: number | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;
}

/** The last sequence number given to each vendor's events. */
@Entity({ name: 'event_counter' })
export class EventCounter {
  @ForeignKey('vendor', { name: 'event_counter_vendor_id_fkey' })
  @PrimaryColumn({ name: 'vendor_id', type: 'uuid' })
  vendorId: string;

  @Column({ name: 'last_sequence', type: 'integer' })
  lastSequence: number;
}
