import { type CheckpointData, REVIEW_DECISIONS, type ReviewDecision } from '@cep/shared';
import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../db/checks.ts';

/**
 * One submission of a period's data, as it was sent, and the review it got: the thread both sides
 * read (every return note, every resubmission and what changed). Written by the submission and
 * completed by the review; never edited afterwards.
 */
@Entity({ name: 'checkpoint_revision' })
@Index('checkpoint_revision_number_key', ['checkpointId', 'number'], { unique: true })
@Check('checkpoint_revision_decision_check', oneOf('decision', REVIEW_DECISIONS))
export class CheckpointRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('checkpoint', { name: 'checkpoint_revision_checkpoint_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'checkpoint_id', type: 'uuid' })
  checkpointId: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'jsonb' })
  data: CheckpointData;

  @Column({ type: 'text', nullable: true })
  decision: ReviewDecision | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;
}
