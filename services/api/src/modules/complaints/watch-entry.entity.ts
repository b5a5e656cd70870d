import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A vendor on the admin's watch list since a crossing of the complaint thresholds (watchlist.service.ts). */
@Entity({ name: 'watch_entry' })
// The list pages newest first by (since, vendor_id) (db/keyset.ts).
@Index('watch_entry_since_idx', ['since', 'vendorId'])
export class WatchEntry {
  @ForeignKey('vendor', { name: 'watch_entry_vendor_id_fkey' })
  @PrimaryColumn({ name: 'vendor_id', type: 'uuid' })
  vendorId: string;

  @Column({ type: 'timestamptz' })
  since: Date;

  @Column({ type: 'text', array: true })
  reasons: string[];
}
