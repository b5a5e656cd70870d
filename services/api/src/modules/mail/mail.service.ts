import type { EntityManager } from 'typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { MailStatus, type ListOutboxQuery, type OutboxList, type OutboxMessage } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { type KeysetOrder, keysetPage } from '../../db/keyset.ts';
import { escapeLike, type Waiting, waiting } from '../../db/sql.ts';
import { MailMessage } from './mail-message.entity.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export const DELIVER_MAIL_JOB = 'mail.deliver';

/**
 * Writes a message to the outbox in the caller's transaction. With SMTP configured it is queued for
 * the delivery job; without, it is held for the admin to read in the web app.
 */
export async function queueMail(ctx: AppContext, manager: EntityManager, mail: OutgoingMail): Promise<void> {
  const status = ctx.config.smtpUrl ? MailStatus.Queued : MailStatus.Held;
  const { identifiers } = await manager.insert(MailMessage, { to: mail.to, subject: mail.subject, text: mail.text, status, createdAt: ctx.clock() });
  const id = String(identifiers[0]?.id);
  if (status === MailStatus.Queued) await ctx.jobs.enqueue(manager, DELIVER_MAIL_JOB, { id }, { maxAttempts: 6 });
}

/** The delivery job: sends one queued message; a failure retries with backoff, the last one marks it failed. */
export function registerMailDelivery(ctx: AppContext): void {
  if (!ctx.config.smtpUrl) return;
  const transport: Transporter = nodemailer.createTransport(ctx.config.smtpUrl);
  ctx.jobs.register(DELIVER_MAIL_JOB, async (payload, job) => {
    const message = await ctx.db.getRepository(MailMessage).findOneBy({ id: String(payload.id) });
    if (!message || message.status !== MailStatus.Queued) return;
    try {
      await transport.sendMail({ from: ctx.config.mailFrom, to: message.to, subject: message.subject, text: message.text });
      await ctx.db.getRepository(MailMessage).update({ id: message.id }, { status: MailStatus.Sent, sentAt: ctx.clock(), attempts: job.attempt, lastError: null });
    } catch (error) {
      const lastError = error instanceof Error ? error.message : String(error);
      await ctx.db
        .getRepository(MailMessage)
        .update({ id: message.id }, { attempts: job.attempt, lastError, status: job.lastAttempt ? MailStatus.Failed : MailStatus.Queued });
      throw error;
    }
  });
}

function toOutboxMessage(m: MailMessage): OutboxMessage {
  return {
    id: m.id,
    to: m.to,
    subject: m.subject,
    text: m.text,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  };
}

const NEWEST_FIRST: KeysetOrder = { name: 'newest', keys: ['m.created_at', 'm.id'], descending: true };

export async function listOutbox(ctx: AppContext, query: ListOutboxQuery): Promise<OutboxList> {
  const qb = ctx.db.getRepository(MailMessage).createQueryBuilder('m');
  if (query.status) qb.andWhere('m.status = :status', { status: query.status });
  if (query.to) qb.andWhere('m.to ILIKE :to', { to: `%${escapeLike(query.to)}%` });
  const { rows, ...page } = await keysetPage<MailMessage>(qb, NEWEST_FIRST, query, { entities: true });
  return { items: rows.map(toOutboxMessage), ...page };
}

/** E-mail held in the outbox (no SMTP server set, or held on purpose): the inbox counts it. */
export const heldMail = (manager: EntityManager): Promise<Waiting> => waiting(manager, 'mail_message', 'created_at', 'status = $1', [MailStatus.Held]);
