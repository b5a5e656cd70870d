import { type CheckpointData, type MetricsPoint, PERIOD_PATTERN, SUBMISSION_STATUSES, SubmissionStatus, type TicketImport } from '@cep/shared';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { oneOf } from '../../db/checks.ts';

/** A vendor's data for one period: a draft until submitted, then reviewed by the admin. */
@Entity({ name: 'checkpoint' })
@Index('checkpoint_vendor_period_key', ['vendorId', 'period'], { unique: true })
@Check('checkpoint_period_check', `period ~ '${PERIOD_PATTERN}'`)
@Check('checkpoint_status_check', oneOf('status', SUBMISSION_STATUSES))
@Index('checkpoint_status_idx', ['status', 'submittedAt'])
// On (status, coalesce(submitted_at, 'infinity'), id), created by its migration: the review queue's order.
@Index('checkpoint_queue_idx', { synchronize: false })
export class Checkpoint {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('vendor', { name: 'checkpoint_vendor_id_fkey' })
  @Column({ name: 'vendor_id', type: 'uuid' })
  vendorId: string;

  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'text', default: SubmissionStatus.Draft })
  status: SubmissionStatus;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'jsonb', default: {} })
  data: CheckpointData;

  @Column({ name: 'ticket_import', type: 'jsonb', nullable: true })
  ticketImport: TicketImport | null;

  /** The trend point as computed when the data was delivered (null while it is not): what it adds to `program_period`. */
  @Column({ type: 'jsonb', nullable: true })
  figures: MetricsPoint | null;

  @Column({ name: 'review_notes', type: 'text', nullable: true })
  reviewNotes: string | null;

  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
