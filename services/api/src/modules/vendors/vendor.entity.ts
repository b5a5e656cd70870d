import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { BusinessCalendar, QueuePriorities, SupportContact } from '@cep/shared';

/** A member or applicant vendor. */
@Entity({ name: 'vendor' })
// Indexes on expressions, which TypeORM cannot describe, are created by the migrations and left
// alone here: (lower(name), slug) for lists by name, trigram indexes for search (db/keyset.ts):
// the admin's by name and slug, the directory's on one text of name, slug and description.
@Index('vendor_name_order_idx', { synchronize: false })
@Index('vendor_name_trgm_idx', { synchronize: false })
@Index('vendor_slug_trgm_idx', { synchronize: false })
@Index('vendor_search_trgm_idx', { synchronize: false })
// The admin list's sorts by pledge state and by next due, each then by name.
@Index('vendor_state_order_idx', { synchronize: false })
@Index('vendor_next_due_idx', { synchronize: false })
@Index('vendor_category_order_idx', { synchronize: false })
// The admin list by creation date pages by (created_at, slug) (db/keyset.ts).
@Index('vendor_created_idx', ['createdAt', 'slug'])
export class Vendor {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Index('vendor_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  website: string;

  @ForeignKey('category', { name: 'vendor_category_fkey' })
  @Index('vendor_category_idx')
  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'support_contact', type: 'jsonb', nullable: true })
  supportContact: SupportContact | null;

  @Column({ name: 'queue_priorities', type: 'jsonb', nullable: true })
  queuePriorities: QueuePriorities | null;

  @Column({ name: 'badge_domains', type: 'text', array: true, default: () => "'{}'" })
  badgeDomains: string[];

  @Column({ type: 'jsonb' })
  calendar: BusinessCalendar;

  /**
   * Where the vendor's pledge stands, for sorting the admin's list without a join: the state's
   * position in the lifecycle (`PLEDGE_STATES`) and the period whose data it owes next. The pledges
   * module keeps them (`recordStanding`) with every write that changes them; neither moves with
   * time alone.
   */
  @Column({ name: 'pledge_state_order', type: 'smallint', nullable: true })
  pledgeStateOrder: number | null;

  @Column({ name: 'next_due_period', type: 'text', nullable: true })
  nextDuePeriod: string | null;

  /** Optimistic lock: every update is `… WHERE id = $1 AND version = $2` and bumps it. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
