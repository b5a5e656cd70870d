import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A create retried with the same `Idempotency-Key` gets the first answer (plugins/idempotency.ts, SPEC §8). */
@Entity({ name: 'idempotency_key' })
export class IdempotencyKey {
  @PrimaryColumn({ type: 'text' })
  scope: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode: number | null;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody: unknown;

  @Index('idempotency_key_created_idx')
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
