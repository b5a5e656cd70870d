import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../db/checks.ts';

/** What an e-mailed link lets its holder do once. */
export const LinkPurpose = { PasswordReset: 'password_reset', EmailChange: 'email_change' } as const;
export type LinkPurpose = (typeof LinkPurpose)[keyof typeof LinkPurpose];
export const LINK_PURPOSES = Object.values(LinkPurpose);

/**
 * A one-time link sent to a person about their own account: set a new password (forgot password,
 * valid 30 minutes) or confirm a new e-mail address (sent to that address, valid 24 hours). Only
 * the token's SHA-256 is kept.
 */
@Entity({ name: 'account_link' })
@Check('account_link_purpose_check', oneOf('purpose', LINK_PURPOSES))
@Index('account_link_user_purpose_idx', ['userId', 'purpose', 'createdAt'])
export class AccountLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('account_link_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @ForeignKey('app_user', { name: 'account_link_user_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  purpose: LinkPurpose;

  /** The address being confirmed (email_change only). */
  @Column({ name: 'new_email', type: 'text', nullable: true })
  newEmail: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
