import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One fixed window of a shared rate limit (plugins/rate-counter.ts); written by raw upserts, mapped for the schema's sake. */
@Entity({ name: 'rate_limit_window' })
export class RateLimitWindow {
  @PrimaryColumn({ type: 'text' })
  bucket: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Index('rate_limit_window_expires')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'integer' })
  hits: number;
}
