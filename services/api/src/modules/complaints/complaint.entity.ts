import { COMPLAINT_PROMISES, COMPLAINT_STATES, type ComplaintPromise, ComplaintState, DISMISS_REASONS, type DismissReason } from '@cep/shared';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { oneOf } from '../../db/checks.ts';

/** A customer's complaint about a vendor; the filed text never changes (a trigger enforces it). */
@Entity({ name: 'complaint' })
@Check('complaint_promise_check', oneOf('promise', COMPLAINT_PROMISES))
@Check('complaint_state_check', oneOf('state', COMPLAINT_STATES))
@Check('complaint_dismiss_reason_check', oneOf('dismiss_reason', DISMISS_REASONS))
@Unique('complaint_reference_key', ['reference'])
@Unique('complaint_confirm_token_hash_key', ['confirmTokenHash'])
@Unique('complaint_outcome_token_hash_key', ['outcomeTokenHash'])
// The lists page by (confirmed_at, id): for everyone, one vendor, one state (db/keyset.ts).
@Index('complaint_confirmed_idx', ['confirmedAt', 'id'])
@Index('complaint_vendor_confirmed_idx', ['vendorId', 'confirmedAt', 'id'])
@Index('complaint_state_idx', ['state', 'confirmedAt', 'id'])
@Index('complaint_created_idx', ['vendorId', 'createdAt'])
export class Complaint {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  reference: string;

  @ForeignKey('vendor', { name: 'complaint_vendor_id_fkey' })
  @Column({ name: 'vendor_id', type: 'uuid' })
  vendorId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  organisation: string | null;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  promise: ComplaintPromise;

  @Column({ type: 'boolean' })
  consent: boolean;

  @Column({ type: 'text', default: ComplaintState.Unconfirmed })
  state: ComplaintState;

  @Column({ name: 'confirm_token_hash', type: 'text', nullable: true })
  confirmTokenHash: string | null;

  @Column({ name: 'confirm_expires_at', type: 'timestamptz' })
  confirmExpiresAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'dismiss_reason', type: 'text', nullable: true })
  dismissReason: DismissReason | null;

  @Column({ name: 'dismiss_note', type: 'text', nullable: true })
  dismissNote: string | null;

  @Column({ name: 'forwarded_at', type: 'timestamptz', nullable: true })
  forwardedAt: Date | null;

  @Column({ name: 'forward_note', type: 'text', nullable: true })
  forwardNote: string | null;

  @Column({ name: 'response_due_at', type: 'timestamptz', nullable: true })
  responseDueAt: Date | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Column({ name: 'outcome_token_hash', type: 'text', nullable: true })
  outcomeTokenHash: string | null;

  @Column({ name: 'outcome_at', type: 'timestamptz', nullable: true })
  outcomeAt: Date | null;

  @Column({ name: 'outcome_comment', type: 'text', nullable: true })
  outcomeComment: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
