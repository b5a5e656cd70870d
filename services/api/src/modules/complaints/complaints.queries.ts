import type { DataSource, EntityManager } from 'typeorm';
import { ComplaintState, COUNTED_STATES, DELIVERED_STATUSES, type Role, WITH_VENDOR_STATES } from '@cep/shared';
import { type KeysetOrder, type KeysetPage, type KeysetQuery, keysetPage } from '../../db/keyset.ts';
import { type Waiting, waiting } from '../../db/sql.ts';
import { ComplaintMessage } from './complaint-message.entity.ts';

/**
 * The complaints module's reads that need SQL (docs/architecture.md): counts across windows, the
 * watch list with its vendors, a complaint's timeline from the audit log. Statuses are bound
 * parameters from @cep/shared.
 */

export interface WatchFigures {
  recentCount: number;
  longCount: number;
  clients: number | null;
}

/**
 * For each vendor (all when `vendorIds` is null): counted complaints confirmed after `recentSince`
 * and after `longSince`, and the client count of its latest delivered checkpoint.
 */
export async function watchFiguresOf(manager: EntityManager, vendorIds: string[] | null, recentSince: Date, longSince: Date): Promise<Map<string, WatchFigures>> {
  const rows = (await manager.query(
    `SELECT v.id AS vendor_id,
            (SELECT count(*)::int FROM complaint c WHERE c.vendor_id = v.id AND c.state = ANY($4) AND c.confirmed_at > $2) AS recent,
            (SELECT count(*)::int FROM complaint c WHERE c.vendor_id = v.id AND c.state = ANY($4) AND c.confirmed_at > $3) AS long,
            (SELECT (k.data -> 'volume' ->> 'activeClients')::int FROM checkpoint k
              WHERE k.vendor_id = v.id AND k.status = ANY($5) ORDER BY k.period DESC LIMIT 1) AS clients
       FROM vendor v WHERE ($1::uuid[] IS NULL OR v.id = ANY($1))`,
    [vendorIds, recentSince, longSince, COUNTED_STATES, DELIVERED_STATUSES],
  )) as { vendor_id: string; recent: number; long: number; clients: number | null }[];
  return new Map(rows.map((r) => [r.vendor_id, { recentCount: r.recent, longCount: r.long, clients: r.clients }]));
}

/** Counted complaints about the vendor confirmed after `since` that were forwarded to it: the ones it can see. */
export async function forwardedCountedSince(manager: EntityManager, vendorId: string, since: Date): Promise<number> {
  const [row] = (await manager.query(`SELECT count(*)::int AS n FROM complaint WHERE vendor_id = $1 AND state = ANY($2) AND confirmed_at > $3 AND forwarded_at IS NOT NULL`, [
    vendorId,
    COUNTED_STATES,
    since,
  ])) as { n: number }[];
  return row?.n ?? 0;
}

/** Vendors on the watch list, or with a counted complaint confirmed after `since`. */
export async function vendorsWithRecentComplaints(manager: EntityManager, since: Date): Promise<string[]> {
  const rows = (await manager.query(
    `SELECT vendor_id FROM watch_entry
     UNION SELECT DISTINCT vendor_id FROM complaint WHERE state = ANY($2) AND confirmed_at > $1`,
    [since, COUNTED_STATES],
  )) as { vendor_id: string }[];
  return rows.map((r) => r.vendor_id);
}

export interface WatchRow {
  vendor_id: string;
  since: Date;
  reasons: ('count' | 'rate')[];
  name: string;
  slug: string;
}

const NEWEST_FIRST: KeysetOrder = { name: 'newest', keys: ['w.since', 'w.vendor_id'], descending: true };

/** One page of the watch list with its vendors' names, newest first (index watch_entry_since_idx). */
export async function watchEntries(db: DataSource, query: KeysetQuery & { vendorId?: string | undefined }): Promise<KeysetPage<WatchRow>> {
  const qb = db
    .createQueryBuilder()
    .select(['w.vendor_id AS vendor_id', 'w.since AS since', 'w.reasons AS reasons', 'v.name AS name', 'v.slug AS slug'])
    .from('watch_entry', 'w')
    .innerJoin('vendor', 'v', 'v.id = w.vendor_id');
  if (query.vendorId) qb.where('w.vendor_id = :vendorId', { vendorId: query.vendorId });
  return keysetPage<WatchRow>(qb, NEWEST_FIRST, query);
}

export interface TimelineRow {
  at: Date;
  action: string;
  actor_label: string;
  actor_role: Role | null;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
}

/** A complaint's history, oldest first, with the role of whoever acted (a vendor sees the admin as "registry"). */
export async function complaintTimeline(manager: EntityManager, complaintId: string): Promise<TimelineRow[]> {
  return (await manager.query(
    `SELECT a.at, a.action, a.actor_label, u.role AS actor_role, a.from_state, a.to_state, a.reason
       FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_id
      WHERE a.entity_type = 'complaint' AND a.entity_id = $1 ORDER BY a.at, a.id`,
    [complaintId],
  )) as TimelineRow[];
}

/** Confirmed complaints waiting for the admin's triage (the inbox). */
export const complaintsToTriage = (manager: EntityManager): Promise<Waiting> => waiting(manager, 'complaint', 'confirmed_at', 'state = $1', [ComplaintState.Confirmed]);

/** Vendors that went on the watch list since `since` (the inbox). */
export const newlyWatched = (manager: EntityManager, since: Date): Promise<Waiting> => waiting(manager, 'watch_entry', 'since', 'since >= $1', [since]);

/** Complaints forwarded to the vendor and not answered yet, soonest deadline first (the vendor's to-dos). */
export async function awaitingResponse(manager: EntityManager, vendorId: string): Promise<{ id: string; reference: string; subject: string; responseDueAt: string }[]> {
  const rows = (await manager.query(
    `SELECT id, reference, subject, response_due_at FROM complaint WHERE vendor_id = $1 AND state = $2 AND response_due_at IS NOT NULL ORDER BY response_due_at, id`,
    [vendorId, ComplaintState.Forwarded],
  )) as { id: string; reference: string; subject: string; response_due_at: Date }[];
  return rows.map((r) => ({ id: r.id, reference: r.reference, subject: r.subject, responseDueAt: new Date(r.response_due_at).toISOString() }));
}

/** Complaints of the vendor with a question of the registry to it still unanswered, oldest question first. */
export async function questionsForVendor(manager: EntityManager, vendorId: string): Promise<{ id: string; reference: string; askedAt: string }[]> {
  const rows = (await manager.query(
    `SELECT c.id, c.reference, min(m.created_at) AS asked_at
       FROM complaint_message m JOIN complaint c ON c.id = m.complaint_id
      WHERE c.vendor_id = $1 AND m.to_party = 'vendor' AND m.answered_at IS NULL AND c.state = ANY($2)
      GROUP BY c.id, c.reference ORDER BY asked_at`,
    [vendorId, WITH_VENDOR_STATES],
  )) as { id: string; reference: string; asked_at: Date }[];
  return rows.map((r) => ({ id: r.id, reference: r.reference, askedAt: new Date(r.asked_at).toISOString() }));
}

/** Since when the vendor is on the watch list, or null. */
export async function watchedSince(manager: EntityManager, vendorId: string): Promise<string | null> {
  const [row] = (await manager.query(`SELECT since FROM watch_entry WHERE vendor_id = $1`, [vendorId])) as { since: Date }[];
  return row ? new Date(row.since).toISOString() : null;
}

/** A complaint's conversation, in the order it was written. */
export function complaintMessages(manager: EntityManager, complaintId: string): Promise<ComplaintMessage[]> {
  return manager.getRepository(ComplaintMessage).find({ where: { complaintId }, order: { position: 'ASC' } });
}
