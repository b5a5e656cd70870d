import { Column, Entity, ForeignKey, Generated, Index, PrimaryColumn, Unique } from 'typeorm';

/** A membership credential the registry signed for a vendor (the VC-JWT is kept as issued). */
@Entity({ name: 'credential' })
@Index('credential_vendor_issued_idx', ['vendorId', 'issuedAt'])
@Unique('credential_status_index_key', ['statusIndex'])
export class Credential {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @ForeignKey('vendor', { name: 'credential_vendor_id_fkey' })
  @Column({ name: 'vendor_id', type: 'uuid' })
  vendorId: string;

  /** Its position in the revocation and suspension status lists. */
  @Column({ name: 'status_index', type: 'integer', update: false })
  @Generated('increment')
  statusIndex: number;

  @Column({ type: 'text' })
  kid: string;

  @Column({ type: 'text' })
  jwt: string;

  @Column({ name: 'agreement_version', type: 'integer' })
  agreementVersion: number;

  @Column({ name: 'last_checked_period', type: 'text', nullable: true })
  lastCheckedPeriod: string | null;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}

/** A signing key of the registry: the current one signs, retired ones stay published. */
@Entity({ name: 'issuer_key' })
export class IssuerKey {
  @PrimaryColumn({ type: 'text' })
  kid: string;

  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk: Record<string, unknown>;

  @Column({ name: 'private_jwk', type: 'jsonb', nullable: true })
  privateJwk: Record<string, unknown> | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
