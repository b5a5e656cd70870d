import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** One published version of the pledge text; the current one is the latest already in effect. */
@Entity({ name: 'agreement_version' })
@Check('agreement_version_response_target_minutes_check', 'response_target_minutes > 0')
@Check('agreement_version_response_target_share_check', 'response_target_share > 0 AND response_target_share <= 1')
export class AgreementVersion {
  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'body', type: 'text' })
  text: string;

  @Column({ name: 'text_sha256', type: 'text' })
  textSha256: string;

  @Column({ name: 'response_target_minutes', type: 'integer', default: 120 })
  responseTargetMinutes: number;

  /** numeric(5,4): pg returns it as a string, so convert on the way in and out. */
  @Column({ name: 'response_target_share', type: 'numeric', precision: 5, scale: 4, default: () => '0.95', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  responseTargetShare: number;

  @Index('agreement_version_effective_idx')
  @Column({ name: 'effective_at', type: 'timestamptz' })
  effectiveAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;

  @ForeignKey('app_user', { name: 'agreement_version_published_by_fkey' })
  @Index('agreement_version_published_by_idx')
  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;
}
