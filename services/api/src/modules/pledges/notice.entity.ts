import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A notice sent once per vendor and key (a reminder, a re-signing request), however often the scan runs. */
@Entity({ name: 'notice' })
export class Notice {
  @ForeignKey('vendor', { name: 'notice_vendor_id_fkey' })
  @PrimaryColumn({ name: 'vendor_id', type: 'uuid' })
  vendorId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;
}
