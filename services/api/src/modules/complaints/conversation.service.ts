import type { EntityManager } from 'typeorm';
import { type AnswerBody, type AskBody, type Complaint as ComplaintDto, ErrorCode, messageRefusal, type Party, type QuestionView, type VendorMessageBody } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../plugins/errors.ts';
import type { Principal } from '../../plugins/auth.ts';
import { hashToken, mailAdmins, mailOwners, newToken } from '../accounts/index.ts';
import { type Actor, recordAudit } from '../audit/index.ts';
import { mailLinks, queueMail } from '../mail/index.ts';
import { vendorName } from '../vendors/index.ts';
import { ComplaintMessage } from './complaint-message.entity.ts';
import { Complaint } from './complaint.entity.ts';
import { answerToRegistryMail, questionToComplainantMail, questionToVendorMail, vendorReplyMail } from './complaints.mails.ts';
import { COMPLAINANT, complaintDto, loadForChange, lockComplaint } from './complaints.service.ts';

/**
 * A complaint's conversation (issue 12): the admin asks either side for details, the complainant
 * answers through the e-mailed link, the vendor answers on the complaint's page and may write to
 * the customer again after its response. Who may write to whom, when, is `messageRefusal`
 * (@cep/shared); each message is audited and mailed to its reader.
 */

function assertMayWrite(complaint: Complaint, from: Party, to: Party, now: Date): void {
  const refusal = messageRefusal({ from, to, state: complaint.state, now, responseDueAt: complaint.responseDueAt });
  if (refusal) throw new AppError(ErrorCode.InvalidState, refusal);
}

async function addMessage(manager: EntityManager, complaint: Complaint, message: { from: Party; to: Party; body: string; authorId: string | null; answerTokenHash?: string; at: Date }): Promise<ComplaintMessage> {
  return manager.getRepository(ComplaintMessage).save(
    manager.getRepository(ComplaintMessage).create({
      complaintId: complaint.id,
      from: message.from,
      to: message.to,
      body: message.body,
      authorId: message.authorId,
      answerTokenHash: message.answerTokenHash ?? null,
      answeredAt: null,
      createdAt: message.at,
    }),
  );
}

/** The registry's questions to `to` still waiting for an answer are answered by this message. */
async function markAnswered(manager: EntityManager, complaintId: string, to: Party, at: Date): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(ComplaintMessage)
    .set({ answeredAt: at, answerTokenHash: null })
    .where('complaint_id = :complaintId AND from_party = :registry AND to_party = :to AND answered_at IS NULL', { complaintId, registry: 'registry', to })
    .execute();
}

export async function askForDetails(ctx: AppContext, principal: Principal, id: string, body: AskBody, actor: Actor): Promise<ComplaintDto> {
  return ctx.db.transaction(async (manager) => {
    const now = ctx.clock();
    const complaint = await loadForChange(manager, principal, id);
    assertMayWrite(complaint, 'registry', body.to, now);
    const question = body.question.trim();
    const name = await vendorName(manager, complaint.vendorId);
    const links = mailLinks(ctx.config.publicUrl);
    if (body.to === 'complainant') {
      const token = newToken();
      await addMessage(manager, complaint, { from: 'registry', to: 'complainant', body: question, authorId: principal.userId, answerTokenHash: hashToken(token), at: now });
      await queueMail(ctx, manager, { to: complaint.email, ...questionToComplainantMail(links, { vendorName: name, reference: complaint.reference, subject: complaint.subject, question, token }) });
    } else {
      await addMessage(manager, complaint, { from: 'registry', to: 'vendor', body: question, authorId: principal.userId, at: now });
      await mailOwners(ctx, manager, complaint.vendorId, questionToVendorMail(links, { complaintId: complaint.id, reference: complaint.reference, subject: complaint.subject, question }));
    }
    await recordAudit(manager, actor, { action: 'complaint.question_asked', entityType: 'complaint', entityId: complaint.id, vendorId: complaint.vendorId, details: { to: body.to } }, now);
    return complaintDto(ctx, manager, principal, id);
  });
}

/**
 * The vendor writes: to the registry (answering its questions), or to the customer after its
 * response and before its deadline (e-mailed, and shown on the outcome page).
 */
export async function vendorMessage(ctx: AppContext, principal: Principal, id: string, body: VendorMessageBody, actor: Actor): Promise<ComplaintDto> {
  return ctx.db.transaction(async (manager) => {
    const now = ctx.clock();
    const complaint = await loadForChange(manager, principal, id);
    assertMayWrite(complaint, 'vendor', body.to, now);
    const text = body.message.trim();
    const name = await vendorName(manager, complaint.vendorId);
    await addMessage(manager, complaint, { from: 'vendor', to: body.to, body: text, authorId: principal.userId, at: now });
    if (body.to === 'registry') {
      await markAnswered(manager, complaint.id, 'vendor', now);
      await mailAdmins(ctx, manager, answerToRegistryMail(mailLinks(ctx.config.publicUrl), { complaintId: complaint.id, reference: complaint.reference, vendorName: name, from: 'vendor', answer: text }));
    } else {
      await queueMail(ctx, manager, { to: complaint.email, ...vendorReplyMail({ vendorName: name, reference: complaint.reference, subject: complaint.subject, message: text }) });
    }
    await recordAudit(manager, actor, { action: 'complaint.vendor_wrote', entityType: 'complaint', entityId: complaint.id, vendorId: complaint.vendorId, details: { to: body.to } }, now);
    return complaintDto(ctx, manager, principal, id);
  });
}

/** The question a complainant's link points at, unanswered; 410 otherwise. */
async function openQuestion(manager: EntityManager, token: string): Promise<ComplaintMessage> {
  const question = await manager.getRepository(ComplaintMessage).findOneBy({ answerTokenHash: hashToken(token) });
  if (!question || question.answeredAt) throw new AppError(ErrorCode.TokenInvalid, 'This link was already used to answer, or it is unknown');
  return question;
}

/** What the answer page shows; the link stays unspent. */
export async function lookUpQuestion(ctx: AppContext, token: string): Promise<QuestionView> {
  const question = await openQuestion(ctx.db.manager, token);
  const complaint = await ctx.db.getRepository(Complaint).findOneByOrFail({ id: question.complaintId });
  return { reference: complaint.reference, vendorName: await vendorName(ctx.db.manager, complaint.vendorId), subject: complaint.subject, question: question.body, askedAt: question.createdAt.toISOString() };
}

/** The complainant answers the registry's question; the link is spent and the admin told. */
export async function answerQuestion(ctx: AppContext, body: AnswerBody): Promise<{ reference: string }> {
  return ctx.db.transaction(async (manager) => {
    const now = ctx.clock();
    const found = await openQuestion(manager, body.token);
    const complaint = await lockComplaint(manager, await manager.getRepository(Complaint).findOneByOrFail({ id: found.complaintId }));
    // Read again under the complaint's lock: a second use of the same link may have answered meanwhile.
    const question = await openQuestion(manager, body.token);
    assertMayWrite(complaint, 'complainant', 'registry', now);
    const answer = body.answer.trim();
    await addMessage(manager, complaint, { from: 'complainant', to: 'registry', body: answer, authorId: null, at: now });
    await manager.update(ComplaintMessage, { id: question.id }, { answeredAt: now, answerTokenHash: null });
    const name = await vendorName(manager, complaint.vendorId);
    await mailAdmins(ctx, manager, answerToRegistryMail(mailLinks(ctx.config.publicUrl), { complaintId: complaint.id, reference: complaint.reference, vendorName: name, from: 'complainant', answer }));
    await recordAudit(manager, COMPLAINANT, { action: 'complaint.question_answered', entityType: 'complaint', entityId: complaint.id, vendorId: complaint.vendorId }, now);
    return { reference: complaint.reference };
  });
}
