import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../db/checks.ts';
import { JobStatus } from './job-status.ts';

/**
 * A unit of background work (plugins/jobs.ts). The queue reads and writes it in SQL — claiming uses
 * `FOR UPDATE SKIP LOCKED`, enqueueing `ON CONFLICT` on the singleton key — and this class maps the
 * table so that its schema is declared in one place with every other.
 */
@Entity({ name: 'job' })
@Check('job_status_check', oneOf('status', Object.values(JobStatus)))
@Index('job_due_idx', ['runAt'], { where: oneOf('status', [JobStatus.Pending, JobStatus.Running]) })
export class Job {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'jsonb', default: {} })
  payload: Record<string, unknown>;

  @Column({ type: 'text', default: JobStatus.Pending })
  status: JobStatus;

  @Column({ name: 'run_at', type: 'timestamptz', default: () => 'now()' })
  runAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'max_attempts', type: 'integer', default: 5 })
  maxAttempts: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Index('job_singleton_key', { unique: true })
  @Column({ name: 'singleton_key', type: 'text', nullable: true })
  singletonKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
