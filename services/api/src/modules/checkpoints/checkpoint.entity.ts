import type { CheckpointData, SubmissionStatus, TicketImport } from '@cep/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A vendor's data for one period: a draft until submitted, then reviewed by the admin. */
@Entity({ name: 'checkpoint' })
@Index('checkpoint_vendor_period_key', ['vendorId', 'period'], { unique: true })
export class Checkpoint {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'vendor_id', type: 'uuid' })
  vendorId: string;

  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'text' })
  status: SubmissionStatus;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'jsonb', default: {} })
  data: CheckpointData;

  @Column({ name: 'ticket_import', type: 'jsonb', nullable: true })
  ticketImport: TicketImport | null;

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
