import type { EntityManager } from 'typeorm';
import type { Checkpoint } from './checkpoint.entity.ts';

/** The checkpoints module's reads that need SQL (docs/architecture.md). */

export interface MetricsRow {
  vendor_id: string;
  vendor_name: string;
  period: string;
  status: Checkpoint['status'];
  data: Checkpoint['data'];
  ticket_import: Checkpoint['ticketImport'];
}

/** Every period of one vendor with its data, ordered for the trends. */
export async function checkpointRows(manager: EntityManager, vendorId: string): Promise<MetricsRow[]> {
  return (await manager.query(
    `SELECT c.vendor_id, v.name AS vendor_name, c.period, c.status, c.data, c.ticket_import
       FROM checkpoint c
       JOIN vendor v ON v.id = c.vendor_id
      WHERE c.vendor_id = $1
      ORDER BY c.period`,
    [vendorId],
  )) as MetricsRow[];
}
