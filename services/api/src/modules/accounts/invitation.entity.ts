import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A one-time link that lets an invited person set a name and password (valid 7 days). */
@Entity({ name: 'invitation' })
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('invitation_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @ForeignKey('app_user', { name: 'invitation_user_id_fkey', onDelete: 'CASCADE' })
  @Index('invitation_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ForeignKey('vendor', { name: 'invitation_vendor_id_fkey' })
  @Index('invitation_vendor_id_idx')
  @Column({ name: 'vendor_id', type: 'uuid' })
  vendorId: string;

  @ForeignKey('app_user', { name: 'invitation_invited_by_fkey' })
  @Index('invitation_invited_by_idx')
  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
