import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A signature: the exact text signed and its hash, by whom, when, from where. Never updated. */
@Entity({ name: 'pledge_signature' })
@Index('pledge_signature_pledge_version_key', ['pledgeId', 'agreementVersion'], { unique: true })
export class PledgeSignature {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('pledge', { name: 'pledge_signature_pledge_id_fkey' })
  @Column({ name: 'pledge_id', type: 'uuid' })
  pledgeId: string;

  @ForeignKey('vendor', { name: 'pledge_signature_vendor_id_fkey' })
  @Index('pledge_signature_vendor_id_idx')
  @Column({ name: 'vendor_id', type: 'uuid' })
  vendorId: string;

  @ForeignKey('agreement_version', { name: 'pledge_signature_agreement_version_fkey' })
  @Index('pledge_signature_agreement_version_idx')
  @Column({ name: 'agreement_version', type: 'integer' })
  agreementVersion: number;

  @Column({ name: 'agreement_title', type: 'text' })
  agreementTitle: string;

  @Column({ name: 'agreement_text', type: 'text' })
  agreementText: string;

  @Column({ name: 'text_sha256', type: 'text' })
  textSha256: string;

  @Column({ name: 'signer_name', type: 'text' })
  signerName: string;

  @Column({ name: 'signer_title', type: 'text' })
  signerTitle: string;

  @Column({ name: 'signer_email', type: 'text' })
  signerEmail: string;

  @ForeignKey('app_user', { name: 'pledge_signature_signed_by_fkey' })
  @Index('pledge_signature_signed_by_idx')
  @Column({ name: 'signed_by', type: 'uuid' })
  signedBy: string;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;

  @Column({ name: 'client_ip', type: 'text' })
  clientIp: string;
}
