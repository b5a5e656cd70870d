import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { oneOf } from '../../db/checks.ts';
import { Role, ROLES } from '@cep/shared';

/** A person who signs in: the program admin, or an owner or member of one vendor. */
@Entity({ name: 'app_user' })
@Check('app_user_role_check', oneOf('role', ROLES))
@Check('app_user_vendor_matches_role', `(role = '${Role.Admin}') = (vendor_id IS NULL)`)
@Check('app_user_email_lower', 'email = lower(email)')
/** A vendor has exactly one owner: ownership is handed on, never shared. */
@Index('app_user_one_owner_key', ['vendorId'], { unique: true, where: `role = '${Role.VendorOwner}' AND removed_at IS NULL` })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Unique among the people still on a team: a removed member's address can be invited again. */
  @Index('app_user_email_key', { unique: true, where: 'removed_at IS NULL' })
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', default: '' })
  name: string;

  /** scrypt hash; null until the invited person sets a password. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text' })
  role: Role;

  @ForeignKey('vendor', { name: 'app_user_vendor_id_fkey' })
  @Index('app_user_vendor_id_idx')
  @Column({ name: 'vendor_id', type: 'uuid', nullable: true })
  vendorId: string | null;

  /** Set when the owner removed this person from the team: the row stays for history, sign-in ends. */
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  /** Base32 secret of the authenticator app; counts once a code confirmed it (`totpEnabledAt`). */
  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The newest 30-second step a code was accepted for: a code works once, never again. */
  @Column({ name: 'totp_last_step', type: 'integer', nullable: true })
  totpLastStep: number | null;

  /** A secret being set up, shown once as a QR code and waiting for its first code. */
  @Column({ name: 'totp_pending_secret', type: 'text', nullable: true })
  totpPendingSecret: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
