import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../db/checks.ts';
import { MAIL_STATUSES, type MailStatus } from '@cep/shared';

/**
 * The outbox: every message the registry sends is written here in the transaction that caused it.
 * With SMTP configured a job delivers it (`queued` → `sent` / `failed`); without, it stays `held`
 * and the admin reads it in the web app.
 */
@Entity({ name: 'mail_message' })
// The outbox pages newest first by (created_at, id), all or by status (db/keyset.ts).
@Index('mail_message_created_idx', ['createdAt', 'id'])
@Index('mail_message_status_created_idx', ['status', 'createdAt', 'id'])
// A trigram index on to_address (created by its migration) serves the search by recipient.
@Index('mail_message_to_trgm_idx', { synchronize: false })
@Check('mail_message_status_check', oneOf('status', MAIL_STATUSES))
export class MailMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('mail_message_to_idx')
  @Column({ name: 'to_address', type: 'text' })
  to: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'body_text', type: 'text' })
  text: string;

  @Column({ type: 'text' })
  status: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
