import { PARTIES, type Party } from '@cep/shared';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../db/checks.ts';

/**
 * One message of a complaint's conversation (issue 12): the registry's questions to the
 * complainant or the vendor, their answers, the vendor's later words to the customer. A question
 * to the complainant carries a one-time link (only its SHA-256 here), spent by the answer.
 */
@Entity({ name: 'complaint_message' })
@Check('complaint_message_from_check', oneOf('from_party', PARTIES))
@Check('complaint_message_to_check', oneOf('to_party', PARTIES))
@Index('complaint_message_complaint_idx', ['complaintId', 'position'])
export class ComplaintMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Insertion order: the conversation reads in the order it was written, whatever the clocks said. */
  @Column({ type: 'bigint', generated: 'identity', update: false })
  position: string;

  @ForeignKey('complaint', { name: 'complaint_message_complaint_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'complaint_id', type: 'uuid' })
  complaintId: string;

  @Column({ name: 'from_party', type: 'text' })
  from: Party;

  @Column({ name: 'to_party', type: 'text' })
  to: Party;

  @Column({ type: 'text' })
  body: string;

  /** The person who wrote it (the admin or a vendor's person); null for the complainant. */
  @ForeignKey('app_user', { name: 'complaint_message_author_id_fkey' })
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  /** A question: the message that answered it. */
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Index('complaint_message_answer_token_key', { unique: true, where: 'answer_token_hash IS NOT NULL' })
  @Column({ name: 'answer_token_hash', type: 'text', nullable: true })
  answerTokenHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
