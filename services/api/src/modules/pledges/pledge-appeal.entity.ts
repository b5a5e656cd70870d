import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PledgeState } from '@cep/shared';

/** A vendor's written answer to a suspension or revocation, for the admin to read. */
@Entity({ name: 'pledge_appeal' })
@Index('pledge_appeal_pledge_id_idx', ['pledgeId', 'createdAt'])
export class PledgeAppeal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey('pledge', { name: 'pledge_appeal_pledge_id_fkey' })
  @Column({ name: 'pledge_id', type: 'uuid' })
  pledgeId: string;

  @ForeignKey('vendor', { name: 'pledge_appeal_vendor_id_fkey' })
  @Index('pledge_appeal_vendor_id_idx')
  @Column({ name: 'vendor_id', type: 'uuid' })
  vendorId: string;

  @ForeignKey('app_user', { name: 'pledge_appeal_author_id_fkey' })
  @Index('pledge_appeal_author_id_idx')
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ name: 'state_at_appeal', type: 'text' })
  stateAtAppeal: PledgeState;

  @Column({ name: 'body', type: 'text' })
  text: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
