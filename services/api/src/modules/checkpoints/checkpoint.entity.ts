import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type CheckpointSubmissionStatus = 'draft' | 'submitted' | 'accepted' | 'returned';

/** A vendor's data for one period. The submission content arrives with the checkpoints capability. */
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
  status: CheckpointSubmissionStatus;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
