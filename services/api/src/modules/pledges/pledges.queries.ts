import type { DataSource, EntityManager } from 'typeorm';
import { DELIVERED_STATUSES, PledgeState, type SubmissionStatus } from '@cep/shared';
import { type KeysetOrder, type KeysetPage, type KeysetQuery, keysetPage } from '../../db/keyset.ts';
import { type Waiting, waiting } from '../../db/sql.ts';

/**
 * The pledge module's reads that need SQL (docs/architecture.md). What the pledge rules read of the
 * vendor's checkpoint data — which periods are delivered, each period's status (the lapse rule) —
 * is read here too: the checkpoints module writes that table and sits above this one.
 */

/** For each vendor, the periods whose data is delivered (`DELIVERED_STATUSES`). */
export async function deliveredPeriodsOf(manager: EntityManager, vendorIds: string[]): Promise<Map<string, Set<string>>> {
  const rows = (await manager.query(`SELECT vendor_id, period FROM checkpoint WHERE vendor_id = ANY($1) AND status = ANY($2)`, [vendorIds, DELIVERED_STATUSES])) as {
    vendor_id: string;
    period: string;
  }[];
  const delivered = new Map<string, Set<string>>();
  for (const r of rows) delivered.set(r.vendor_id, (delivered.get(r.vendor_id) ?? new Set()).add(r.period));
  return delivered;
}

export interface PeriodRow {
  period: string;
  status: SubmissionStatus;
  returnedAt: Date | null;
}

/** Every period of the vendor that has data, with its status and when it was last returned. */
export async function periodRows(manager: EntityManager, vendorId: string): Promise<PeriodRow[]> {
  return (await manager.query(`SELECT period, status, returned_at AS "returnedAt" FROM checkpoint WHERE vendor_id = $1`, [vendorId])) as PeriodRow[];
}

export interface HistoryRow {
  at: Date;
  action: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  actor_label: string;
}

/** The pledge's own audit lines, newest first (the 200 latest). */
export async function pledgeHistory(manager: EntityManager, pledgeId: string): Promise<HistoryRow[]> {
  return (await manager.query(
    `SELECT at, action, from_state, to_state, reason, actor_label FROM audit_log WHERE entity_type = 'pledge' AND entity_id = $1 ORDER BY at DESC, id DESC LIMIT 200`,
    [pledgeId],
  )) as HistoryRow[];
}

export interface AppealRow {
  id: string;
  body: string;
  state_at_appeal: PledgeState;
  created_at: Date;
  email: string;
}

/** The pledge's appeals with their authors' addresses, newest first. */
export async function appealsOf(manager: EntityManager, pledgeId: string): Promise<AppealRow[]> {
  return (await manager.query(
    `SELECT a.id, a.body, a.state_at_appeal, a.created_at, u.email FROM pledge_appeal a JOIN app_user u ON u.id = a.author_id WHERE a.pledge_id = $1 ORDER BY a.created_at DESC`,
    [pledgeId],
  )) as AppealRow[];
}

export interface AuditRow {
  id: string;
  at: Date;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  request_id: string | null;
}

const NEWEST_FIRST: KeysetOrder = { name: 'newest', keys: ['l.at', 'l.id'], descending: true };

/** One page of everything the audit log holds about a vendor, newest first (index audit_log_vendor_at_idx). */
export async function vendorAuditPage(db: DataSource, vendorId: string, query: KeysetQuery): Promise<KeysetPage<AuditRow>> {
  const qb = db
    .createQueryBuilder()
    .select(['l.id AS id', 'l.at AS at', 'l.actor_label AS actor_label', 'l.action AS action', 'l.entity_type AS entity_type', 'l.entity_id AS entity_id'])
    .addSelect(['l.from_state AS from_state', 'l.to_state AS to_state', 'l.reason AS reason', 'l.request_id AS request_id'])
    .from('audit_log', 'l')
    .where('l.vendor_id = :vendorId', { vendorId });
  return keysetPage<AuditRow>(qb, NEWEST_FIRST, query);
}

/** The promise-3 target of the agreement version each vendor signed (vendors that never signed are absent). */
export async function signedTargets(manager: EntityManager, vendorIds: readonly string[] | null): Promise<{ vendorId: string; responseTargetMinutes: number; responseTargetShare: number }[]> {
  const rows = (await manager.query(
    `SELECT p.vendor_id, a.response_target_minutes, a.response_target_share
       FROM pledge p
       JOIN pledge_signature s ON s.id = p.signature_id
       JOIN agreement_version a ON a.version = s.agreement_version
      WHERE $1::uuid[] IS NULL OR p.vendor_id = ANY($1)`,
    [vendorIds],
  )) as { vendor_id: string; response_target_minutes: number; response_target_share: string }[];
  // numeric(5,4) arrives as text.
  return rows.map((r) => ({ vendorId: r.vendor_id, responseTargetMinutes: r.response_target_minutes, responseTargetShare: Number(r.response_target_share) }));
}

/**
 * Pledges appealed since they were suspended or revoked, and not decided since (a decision moves
 * the state, so an older appeal no longer counts); `oldest` is the earliest such appeal.
 */
export const openAppeals = (manager: EntityManager): Promise<Waiting> =>
  waiting(
    manager,
    `(SELECT min(a.created_at) AS appealed_at FROM pledge p JOIN pledge_appeal a ON a.pledge_id = p.id AND a.created_at >= p.state_since WHERE p.state = ANY($1) GROUP BY p.id) open`,
    'appealed_at',
    'TRUE',
    [[PledgeState.Suspended, PledgeState.Revoked]],
  );

/** The latest appeal of the pledge since it entered its current state, or null. */
export async function appealedSince(manager: EntityManager, pledgeId: string, since: Date): Promise<Date | null> {
  const [row] = (await manager.query(`SELECT max(created_at) AS at FROM pledge_appeal WHERE pledge_id = $1 AND created_at >= $2`, [pledgeId, since])) as { at: Date | null }[];
  return row?.at ?? null;
}
