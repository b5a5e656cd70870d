import type { EntityManager } from 'typeorm';
import { DELIVERED_STATUSES, type SubmissionStatus } from '@cep/shared';

/**
 * What the pledge rules read of the vendor's checkpoint data: which periods are delivered, and each
 * period's status (the lapse rule). Reads only — the checkpoints module writes that table — kept
 * in SQL here so the pledge module needs nothing of the checkpoints module (which sits above it).
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
