import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One opaque refresh token, stored as its SHA-256. Tokens rotate on use; all tokens descending
 * from one login share a family, so reuse of a rotated token revokes the family.
 */
@Entity({ name: 'refresh_token' })
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('app_user', { name: 'refresh_token_user_id_fkey', onDelete: 'CASCADE' })
  @Index('refresh_token_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index('refresh_token_family_id_idx')
  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Index('refresh_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** Where the sign-in (or the refresh that issued this token) came from: the sessions list shows the latest. */
  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
