import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { oneOf } from '../../db/checks.ts';
import { Role, ROLES } from '@cep/shared';

/** A person who signs in: the program admin, or an owner or member of one vendor. */
@Entity({ name: 'app_user' })
@Check('app_user_role_check', oneOf('role', ROLES))
@Check('app_user_vendor_matches_role', `(role = '${Role.Admin}') = (vendor_id IS NULL)`)
@Check('app_user_email_lower', 'email = lower(email)')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('app_user_email_key', { unique: true })
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
