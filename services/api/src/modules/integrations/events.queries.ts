import type { EntityManager } from 'typeorm';
import type { DomainEvent } from '@cep/shared';

/** The reads of the event log that integrations serve: SQL, as the data-access rule allows for reads (docs/architecture.md). */

/** An event row with its vendor, as the reads below select it. */
export interface EventRow {
  id: string;
  type: DomainEvent['type'];
  occurred_at: Date;
  sequence: number | null;
  data: Record<string, unknown>;
  vendor_id: string | null;
  vendor_slug: string | null;
  vendor_name: string | null;
  tx_id: string;
  position: string;
}

const SELECT = `SELECT e.id, e.type, e.occurred_at, e.sequence, e.data, e.tx_id, e.position, v.id AS vendor_id, v.slug AS vendor_slug, v.name AS vendor_name
                  FROM domain_event e LEFT JOIN vendor v ON v.id = e.vendor_id`;

export function toEnvelope(r: EventRow): DomainEvent {
  return {
    id: r.id,
    type: r.type,
    timestamp: new Date(r.occurred_at).toISOString(),
    vendor: r.vendor_id && r.vendor_slug && r.vendor_name ? { id: r.vendor_id, slug: r.vendor_slug, name: r.vendor_name } : null,
    sequence: r.sequence,
    data: r.data,
  };
}

/** A place in the feed: after the event of this transaction and position. */
export interface FeedPosition {
  txId: string;
  position: string;
}

/**
 * The events of `types` after `after`, in commit order, held back at the first transaction still
 * in flight: positions are handed out at insert, so a transaction that began earlier can commit an
 * event numbered below one already visible. Ordering by the writing transaction's id and reading
 * only below the oldest running one (`pg_snapshot_xmin`) means a reader that resumes from its last
 * position never misses an event.
 */
export async function eventsAfter(manager: EntityManager, after: FeedPosition | null, types: readonly string[], limit: number): Promise<{ events: DomainEvent[]; last: FeedPosition | null }> {
  const rows = (await manager.query(
    `${SELECT}
      WHERE e.type = ANY($1)
        AND e.tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
        AND ($2::bigint IS NULL OR (e.tx_id, e.position) > ($2::bigint, $3::bigint))
      ORDER BY e.tx_id, e.position
      LIMIT $4`,
    [types, after?.txId ?? null, after?.position ?? null, limit],
  )) as EventRow[];
  const tail = rows.at(-1);
  return { events: rows.map(toEnvelope), last: tail ? { txId: String(tail.tx_id), position: String(tail.position) } : null };
}

/** The latest events of `types`, newest first (the public feeds: readers want what is new). */
export async function latestEvents(manager: EntityManager, types: readonly string[], limit: number): Promise<DomainEvent[]> {
  const rows = (await manager.query(`${SELECT} WHERE e.type = ANY($1) ORDER BY e.occurred_at DESC, e.position DESC LIMIT $2`, [types, limit])) as EventRow[];
  return rows.map(toEnvelope);
}
