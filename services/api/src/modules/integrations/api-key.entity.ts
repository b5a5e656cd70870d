import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ApiScope } from '@cep/shared';

/**
 * An API key: only its SHA-256 is stored (the key is 32 random bytes, so a fast hash is enough: there
 * is nothing to guess), with a visible prefix to tell keys apart. `vendor_id` null is a program-wide key.
 */
@Entity({ name: 'api_key' })
@Unique('api_key_hash_key', ['hash'])
@Index('api_key_vendor_idx', ['vendorId', 'createdAt'])
export class ApiKeyRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('vendor', { name: 'api_key_vendor_id_fkey' })
  @Column({ name: 'vendor_id', type: 'uuid', nullable: true })
  vendorId: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  prefix: string;

  @Column({ type: 'text' })
  hash: string;

  @Column({ type: 'text', array: true })
  scopes: ApiScope[];

  @ForeignKey('app_user', { name: 'api_key_created_by_fkey' })
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'last_used_ip', type: 'text', nullable: true })
  lastUsedIp: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @ForeignKey('app_user', { name: 'api_key_revoked_by_fkey' })
  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy: string | null;
}
