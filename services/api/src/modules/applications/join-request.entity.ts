import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A buyer's request that a vendor who is not a member join the program. It counts once the buyer
 * confirms it through their own e-mail (only the token's SHA-256 is kept); the confirmation that
 * e-mails the vendor is marked `invited_at`, at most one per vendor domain in 30 days.
 */
@Entity({ name: 'join_request' })
@Index('join_request_domain_idx', ['domain', 'confirmedAt'])
export class JoinRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'vendor_name', type: 'text' })
  vendorName: string;

  @Column({ type: 'text' })
  website: string;

  @Column({ type: 'text' })
  domain: string;

  @Column({ name: 'contact_email', type: 'text' })
  contactEmail: string;

  @Column({ name: 'requester_email', type: 'text' })
  requesterEmail: string;

  @Column({ name: 'requester_name', type: 'text', nullable: true })
  requesterName: string | null;

  @Index('join_request_token_hash_key', { unique: true, where: 'token_hash IS NOT NULL' })
  @Column({ name: 'token_hash', type: 'text', nullable: true })
  tokenHash: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'invited_at', type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
