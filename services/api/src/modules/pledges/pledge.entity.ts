import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { oneOf } from '../../db/checks.ts';
import { PLEDGE_STATES, PledgeState, REASON_CATEGORIES, type ReasonCategory } from '@cep/shared';

/** A vendor's pledge and where it stands in the lifecycle (one per vendor). */
@Entity({ name: 'pledge' })
@Check('pledge_state_check', oneOf('state', PLEDGE_STATES))
@Check('pledge_state_reason_category_check', oneOf('state_reason_category', REASON_CATEGORIES))
export class Pledge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('vendor', { name: 'pledge_vendor_id_fkey' })
  @Index('pledge_vendor_id_key', { unique: true })
  @Column({ name: 'vendor_id', type: 'uuid' })
  vendorId: string;

  @Index('pledge_state_idx')
  @Column({ type: 'text', default: PledgeState.PendingSignature })
  state: PledgeState;

  @Column({ name: 'state_since', type: 'timestamptz', default: () => 'now()' })
  stateSince: Date;

  @Column({ name: 'state_reason', type: 'text', nullable: true })
  stateReason: string | null;

  /** For a suspension or revocation: the reason's category, which the public sees. */
  @Column({ name: 'state_reason_category', type: 'text', nullable: true })
  stateReasonCategory: ReasonCategory | null;

  /**
   * When the pledge first became active ("member since"): its first checkpoint period is the one
   * holding this date. Set once; a suspension, lapse or re-signing never resets it.
   */
  @Column({ name: 'active_since', type: 'timestamptz', nullable: true })
  activeSince: Date | null;

  /** The signature currently in force (the latest). */
  @ForeignKey('pledge_signature', { name: 'pledge_signature_id_fkey' })
  @Index('pledge_signature_id_idx')
  @Column({ name: 'signature_id', type: 'uuid', nullable: true })
  signatureId: string | null;

  /** Set when a newer agreement version is in effect: the date the old signature stops counting. */
  @Column({ name: 'resign_by', type: 'timestamptz', nullable: true })
  resignBy: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
