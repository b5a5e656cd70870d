import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../db/checks.ts';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@cep/shared';

/** A vendor's request to join the program, decided by the admin. */
@Entity({ name: 'application' })
// The list pages newest first by (created_at, id), all or by status (db/keyset.ts).
@Index('application_created_idx', ['createdAt', 'id'])
@Index('application_status_created_idx', ['status', 'createdAt', 'id'])
@Check('application_status_check', oneOf('status', APPLICATION_STATUSES))
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'company_name', type: 'text' })
  companyName: string;

  @Column({ type: 'text' })
  website: string;

  @ForeignKey('category', { name: 'application_category_fkey' })
  @Index('application_category_idx')
  @Column({ type: 'text' })
  category: string;

  @Column({ name: 'contact_name', type: 'text' })
  contactName: string;

  @Column({ name: 'contact_email', type: 'text' })
  contactEmail: string;

  @Column({ name: 'contact_title', type: 'text', nullable: true })
  contactTitle: string | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'text', default: 'pending' })
  status: ApplicationStatus;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  @ForeignKey('vendor', { name: 'application_vendor_id_fkey' })
  @Index('application_vendor_id_idx')
  @Column({ name: 'vendor_id', type: 'uuid', nullable: true })
  vendorId: string | null;

  @ForeignKey('app_user', { name: 'application_decided_by_fkey' })
  @Index('application_decided_by_idx')
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
