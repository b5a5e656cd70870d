import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** Badge views of one vendor on one day from one site, added up in batches (badge-views.ts). */
@Entity({ name: 'badge_view' })
export class BadgeView {
  @ForeignKey('vendor', { name: 'badge_view_vendor_id_fkey' })
  @PrimaryColumn({ name: 'vendor_id', type: 'uuid' })
  vendorId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'text' })
  domain: string;

  @Column({ type: 'integer', default: 0 })
  views: number;

  /** Views from a site that is not one of the vendor's badge domains. */
  @Column({ type: 'integer', default: 0 })
  unverified: number;
}
