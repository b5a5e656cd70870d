import { randomBytes } from 'node:crypto';
import { type EntityManager, MoreThan } from 'typeorm';
import { addBusinessDays, type Complaint as ComplaintDto, ComplaintAction, type ComplaintFiled, type ComplaintList, type ComplaintListQuery, complaintMachine, ComplaintState, type ComplaintTokenResult, type ConfirmComplaintBody, CONFIRMED_STATES, DAY_MS, type DismissBody, ErrorCode, EventType, type FileComplaintBody, type ForwardBody, FORWARDED_STATES, HOUR_MS, isMemberState, localDateOf, type NewEvent, OUTCOME_ACTIONS, type OutcomeBody, type RespondBody, Role, type VendorResponseView } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { type KeysetOrder, keysetPage } from '../../db/keyset.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { AppError, notFound } from '../../plugins/errors.ts';
import type { Principal } from '../../plugins/auth.ts';
import { hashToken, newToken } from '../accounts/index.ts';
import { type Actor, recordAudit } from '../audit/index.ts';
import { mailLinks, queueMail } from '../mail/index.ts';
import { Pledge } from '../pledges/index.ts';
import { Vendor, vendorName } from '../vendors/index.ts';
import { Complaint } from './complaint.entity.ts';
import { confirmationMail, dismissedToComplainantMail, forwardedToComplainantMail, responseToComplainantMail } from './complaints.mails.ts';
import { complaintMessages, complaintTimeline } from './complaints.queries.ts';
import { evaluateWatch, lockVendorComplaints } from './watchlist.service.ts';

/**
 * Complaints (SPEC §6): public intake confirmed by a one-time e-mail link, the admin's triage, the
 * vendor's response within 10 business days of its own calendar, and the complainant's verdict.
 *
 * Privacy: the complainant's name, e-mail and organisation reach the vendor only with consent, and
 * never the audit log (public actions are recorded as "complainant") nor the vendor's audit view
 * (complaint entries carry no vendor id there; the complaint's own timeline reads them).
 */

export const CONFIRM_DAYS = 7;
export const OUTCOME_DAYS = 30;
export const RESPONSE_BUSINESS_DAYS = 10;
/** Without any business hours on its calendar a vendor still gets two calendar weeks. */
const FALLBACK_RESPONSE_DAYS = 14;
export const COMPLAINANT: Actor = { id: null, label: 'complainant', requestId: null };

/** A deadline as the vendor reads it: its own date and time, and the zone. */
export function localDeadline(instant: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  return `${localDateOf(instant, timeZone)} ${time} (${timeZone})`;
}

/** `C-` and eight characters a person can read over the phone (no 0/O, 1/I). */
function newReference(): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  return `C-${[...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

async function audit(manager: EntityManager, actor: Actor, complaint: Complaint, action: string, from: string | null, to: string | null, note: string | null, at: Date) {
  await recordAudit(manager, actor, { action: `complaint.${action}`, entityType: 'complaint', entityId: complaint.id, vendorId: null, from, to, reason: note }, at);
}

/** How a refusal names each action: "a complaint that is dismissed cannot be answered". */
const ACTION_WORDS: Record<ComplaintAction, string> = {
  confirm: 'confirmed',
  forward: 'forwarded',
  dismiss: 'dismissed',
  respond: 'answered',
  miss_deadline: 'marked unanswered',
  resolve: 'marked resolved',
  unresolve: 'marked unresolved',
  assume_resolved: 'closed as resolved',
};

/**
 * The event each move records. A dismissal records none: the vendor never saw the complaint, and
 * the admin who dismissed it needs no notice.
 */
function eventOf(moved: Complaint, action: ComplaintAction): NewEvent | null {
  const ref = { complaintId: moved.id, reference: moved.reference };
  const vendorId = moved.vendorId;
  switch (action) {
    case ComplaintAction.Confirm:
      return { type: EventType.ComplaintConfirmed, vendorId, data: ref };
    case ComplaintAction.Forward:
      return { type: EventType.ComplaintForwarded, vendorId, data: { ...ref, responseDueAt: (moved.responseDueAt ?? new Date(0)).toISOString() } };
    case ComplaintAction.Respond:
      return { type: EventType.ComplaintResponded, vendorId, data: ref };
    case ComplaintAction.MissDeadline:
      return { type: EventType.ComplaintOverdue, vendorId, data: { ...ref, responseDueAt: (moved.responseDueAt ?? new Date(0)).toISOString() } };
    case ComplaintAction.Resolve:
    case ComplaintAction.Unresolve:
    case ComplaintAction.AssumeResolved:
      return { type: EventType.ComplaintOutcome, vendorId, data: { ...ref, outcome: moved.state } };
    default:
      return null;
  }
}

/**
 * Moves a locked complaint by one action of the lifecycle table (`complaintMachine`) together with
 * the row's other changes, writes the audit line named after the state reached and records the
 * move's event. Every state change of a complaint goes through here; a move the table forbids is a 409.
 */
export async function moveComplaint(
  ctx: AppContext,
  manager: EntityManager,
  complaint: Complaint,
  action: ComplaintAction,
  change: { actor: Actor; at: Date; note: string | null; fields?: Partial<Complaint> },
): Promise<Complaint> {
  const to = complaintMachine.next(complaint.state, action);
  if (to === null) throw new AppError(ErrorCode.InvalidState, `A complaint that is ${complaint.state.replace('_', ' ')} cannot be ${ACTION_WORDS[action]}`);
  const moved = await updateVersioned(manager, Complaint, complaint, { ...change.fields, state: to });
  await audit(manager, change.actor, complaint, to, complaint.state, to, change.note, change.at);
  const event = eventOf(moved, action);
  if (event) await ctx.events.record(manager, event, change.actor);
  return moved;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const ACCEPTED_MESSAGE = 'Thank you. We sent you an e-mail: open the link in it within 7 days to confirm your complaint. Unconfirmed complaints are deleted.';

/**
 * Files a complaint. A bot that fills the hidden field, or sends the form faster than a person
 * could, gets the same answer as a person and nothing is stored or sent: it learns nothing to adapt to.
 */
export async function fileComplaint(ctx: AppContext, body: FileComplaintBody, log: { info(o: object, m: string): void }): Promise<ComplaintFiled> {
  if ((body.website ?? '').trim() !== '' || body.fillTimeMs < ctx.config.complaints.minFillMs) {
    log.info({ trap: body.website ? 'honeypot' : 'fill-time', fillTimeMs: body.fillTimeMs }, 'complaint ignored as automated');
    return { reference: newReference(), message: ACCEPTED_MESSAGE };
  }
  // The schema refused blank texts; what is stored is trimmed.
  const text = { name: body.name.trim(), subject: body.subject.trim(), description: body.description.trim() };
  const now = ctx.clock();
  const key = body.vendor.toLowerCase();
  // A slug may look like a uuid; only then is it tried as an id too.
  const vendor = await ctx.db
    .getRepository(Vendor)
    .createQueryBuilder('v')
    .where(UUID.test(key) ? '(v.id = CAST(:id AS uuid) OR v.slug = :slug)' : 'v.slug = :slug', { id: key, slug: key })
    .getOne();
  const pledge = vendor ? await ctx.db.getRepository(Pledge).findOneBy({ vendorId: vendor.id }) : null;
  // Only a member of the program answers to it for its promises.
  if (!vendor || !pledge || !isMemberState(pledge.state)) throw notFound('Pledged vendor');

  return ctx.db.transaction(async (manager) => {
    await lockVendorComplaints(manager, vendor.id);
    const recent = await manager.getRepository(Complaint).countBy({ vendorId: vendor.id, createdAt: MoreThan(new Date(now.getTime() - HOUR_MS)) });
    if (recent >= ctx.config.rateLimits.complaintsPerVendor) {
      throw new AppError(ErrorCode.RateLimited, `Too many complaints about ${vendor.name} in the last hour; please try again later`, undefined, { 'retry-after': '600' });
    }
    const token = newToken();
    const complaint = await manager.getRepository(Complaint).save(
      manager.getRepository(Complaint).create({
        reference: newReference(),
        vendorId: vendor.id,
        name: text.name,
        email: body.email.toLowerCase(),
        organisation: body.organisation?.trim() || null,
        subject: text.subject,
        description: text.description,
        promise: body.promise,
        consent: body.consent,
        state: ComplaintState.Unconfirmed,
        confirmTokenHash: hashToken(token),
        confirmExpiresAt: new Date(now.getTime() + CONFIRM_DAYS * DAY_MS),
        createdAt: now,
      }),
    );
    await audit(manager, COMPLAINANT, complaint, 'filed', null, ComplaintState.Unconfirmed, null, now);
    const mail = confirmationMail(mailLinks(ctx.config.publicUrl), { ...complaint, vendorName: vendor.name, token, confirmDays: CONFIRM_DAYS });
    await queueMail(ctx, manager, { to: complaint.email, ...mail });
    return { reference: complaint.reference, message: ACCEPTED_MESSAGE };
  });
}

/**
 * The complaint a one-time link points at, under its vendor's lock and then its own row lock (the
 * order every complaint write takes them in); 410 for an unknown, used or expired link.
 */
async function byToken(manager: EntityManager, column: 'confirmTokenHash' | 'outcomeTokenHash', token: string): Promise<Complaint> {
  const hash = hashToken(token);
  const found = await manager.getRepository(Complaint).findOneBy({ [column]: hash });
  if (!found) throw new AppError(ErrorCode.TokenInvalid);
  const complaint = await lockComplaint(manager, found);
  // A concurrent use of the same link may have spent it while this one waited for the locks.
  if (complaint[column] !== hash) throw new AppError(ErrorCode.TokenInvalid);
  return complaint;
}

export async function confirmComplaint(ctx: AppContext, body: ConfirmComplaintBody): Promise<ComplaintTokenResult> {
  return ctx.db.transaction(async (manager) => {
    const now = ctx.clock();
    const complaint = await byToken(manager, 'confirmTokenHash', body.token);
    if (!complaintMachine.can(complaint.state, ComplaintAction.Confirm) || complaint.confirmExpiresAt <= now) throw new AppError(ErrorCode.TokenInvalid);
    await moveComplaint(ctx, manager, complaint, ComplaintAction.Confirm, { actor: COMPLAINANT, at: now, note: null, fields: { confirmedAt: now, confirmTokenHash: null } });
    const name = await vendorName(manager, complaint.vendorId);
    await evaluateWatch(ctx, manager, complaint.vendorId);
    return { reference: complaint.reference, vendorName: name, state: ComplaintState.Confirmed };
  });
}

/** A complaint under its vendor's lock and then its own row lock, the order every complaint write takes them in. */
export async function lockComplaint(manager: EntityManager, found: Pick<Complaint, 'id' | 'vendorId'>): Promise<Complaint> {
  await lockVendorComplaints(manager, found.vendorId);
  return manager.getRepository(Complaint).findOneOrFail({ where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
}

/** The complaint, locked, visible to this caller (404 otherwise). */
export async function loadForChange(manager: EntityManager, principal: Principal, id: string): Promise<Complaint> {
  const found = await manager.getRepository(Complaint).findOneBy({ id });
  if (!found || !visibleTo(principal, found)) throw notFound('Complaint');
  return lockComplaint(manager, found);
}

/** The admin sees confirmed complaints; a vendor's people see those forwarded to their vendor. */
function visibleTo(principal: Principal, complaint: Pick<Complaint, 'state' | 'vendorId'>): boolean {
  if (principal.role === Role.Admin) return complaint.state !== ComplaintState.Unconfirmed;
  return principal.vendorId === complaint.vendorId && FORWARDED_STATES.includes(complaint.state);
}

export async function forwardComplaint(ctx: AppContext, principal: Principal, id: string, body: ForwardBody, actor: Actor): Promise<ComplaintDto> {
  return ctx.db.transaction(async (manager) => {
    const now = ctx.clock();
    const complaint = await loadForChange(manager, principal, id);
    const vendor = await manager.getRepository(Vendor).findOneByOrFail({ id: complaint.vendorId });
    const due = addBusinessDays(now, RESPONSE_BUSINESS_DAYS, vendor.calendar) ?? new Date(now.getTime() + FALLBACK_RESPONSE_DAYS * DAY_MS);
    const note = body.note?.trim() || null;
    await moveComplaint(ctx, manager, complaint, ComplaintAction.Forward, { actor, at: now, note, fields: { forwardedAt: now, forwardNote: note, responseDueAt: due } });
    const told = forwardedToComplainantMail({ vendorName: vendor.name, reference: complaint.reference, subject: complaint.subject, deadline: localDeadline(due, vendor.calendar.timeZone), responseDays: RESPONSE_BUSINESS_DAYS });
    await queueMail(ctx, manager, { to: complaint.email, ...told });
    return complaintDto(ctx, manager, principal, id);
  });
}

export async function dismissComplaint(ctx: AppContext, principal: Principal, id: string, body: DismissBody, actor: Actor): Promise<ComplaintDto> {
  return ctx.db.transaction(async (manager) => {
    const now = ctx.clock();
    const complaint = await loadForChange(manager, principal, id);
    const note = body.note?.trim() || null;
    await moveComplaint(ctx, manager, complaint, ComplaintAction.Dismiss, { actor, at: now, note: note ? `${body.reason}: ${note}` : body.reason, fields: { dismissReason: body.reason, dismissNote: note } });
    // The complainant learns the reason's category; the admin's note stays the admin's.
    const told = dismissedToComplainantMail({ vendorName: await vendorName(manager, complaint.vendorId), reference: complaint.reference, subject: complaint.subject, reason: body.reason });
    await queueMail(ctx, manager, { to: complaint.email, ...told });
    await evaluateWatch(ctx, manager, complaint.vendorId);
    return complaintDto(ctx, manager, principal, id);
  });
}

export async function respondToComplaint(ctx: AppContext, principal: Principal, id: string, body: RespondBody, actor: Actor): Promise<ComplaintDto> {
  return ctx.db.transaction(async (manager) => {
    const now = ctx.clock();
    const response = body.response.trim();
    const complaint = await loadForChange(manager, principal, id);
    const token = newToken();
    await moveComplaint(ctx, manager, complaint, ComplaintAction.Respond, { actor, at: now, note: null, fields: { respondedAt: now, response, outcomeTokenHash: hashToken(token) } });
    const mail = responseToComplainantMail(mailLinks(ctx.config.publicUrl), { ...complaint, vendorName: await vendorName(manager, complaint.vendorId), response, token, outcomeDays: OUTCOME_DAYS });
    await queueMail(ctx, manager, { to: complaint.email, ...mail });
    return complaintDto(ctx, manager, principal, id);
  });
}

/** The vendor's response, for the page the outcome link opens; the link stays unspent. */
export async function lookUpResponse(ctx: AppContext, token: string): Promise<VendorResponseView> {
  const complaint = await ctx.db.getRepository(Complaint).findOneBy({ outcomeTokenHash: hashToken(token) });
  if (!complaint?.response || !complaint.respondedAt) throw new AppError(ErrorCode.TokenInvalid);
  const replies = (await complaintMessages(ctx.db.manager, complaint.id)).filter((m) => m.from === 'vendor' && m.to === 'complainant');
  return {
    reference: complaint.reference,
    vendorName: await vendorName(ctx.db.manager, complaint.vendorId),
    subject: complaint.subject,
    response: complaint.response,
    respondedAt: complaint.respondedAt.toISOString(),
    replies: replies.map((m) => ({ at: m.createdAt.toISOString(), body: m.body })),
  };
}

export async function recordOutcome(ctx: AppContext, body: OutcomeBody): Promise<ComplaintTokenResult> {
  return ctx.db.transaction(async (manager) => {
    const now = ctx.clock();
    const complaint = await byToken(manager, 'outcomeTokenHash', body.token);
    const action = OUTCOME_ACTIONS[body.outcome];
    if (!complaintMachine.can(complaint.state, action)) throw new AppError(ErrorCode.TokenInvalid);
    const comment = body.comment?.trim() || null;
    const { state } = await moveComplaint(ctx, manager, complaint, action, { actor: COMPLAINANT, at: now, note: comment, fields: { outcomeAt: now, outcomeComment: comment, outcomeTokenHash: null } });
    const name = await vendorName(manager, complaint.vendorId);
    return { reference: complaint.reference, vendorName: name, state };
  });
}

export async function getComplaint(ctx: AppContext, principal: Principal, id: string): Promise<ComplaintDto> {
  return complaintDto(ctx, ctx.db.manager, principal, id);
}

export async function complaintDto(ctx: AppContext, manager: EntityManager, principal: Principal, id: string): Promise<ComplaintDto> {
  const c = await manager.getRepository(Complaint).findOneBy({ id });
  if (!c || !visibleTo(principal, c)) throw notFound('Complaint');
  const timeline = await complaintTimeline(manager, id);
  // The admin reads the whole conversation; a vendor what it wrote and what it was asked.
  const messages = (await complaintMessages(manager, id)).filter((m) => principal.role === Role.Admin || m.from === 'vendor' || m.to === 'vendor');
  const showContact = principal.role === Role.Admin || c.consent;
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: c.id,
    reference: c.reference,
    vendorId: c.vendorId,
    vendorName: await vendorName(manager, c.vendorId),
    state: c.state,
    promise: c.promise,
    subject: c.subject,
    description: c.description,
    consent: c.consent,
    complainant: showContact ? { name: c.name, email: c.email, organisation: c.organisation } : null,
    filedAt: c.createdAt.toISOString(),
    confirmedAt: iso(c.confirmedAt),
    forwardedAt: iso(c.forwardedAt),
    forwardNote: c.forwardNote,
    responseDueAt: iso(c.responseDueAt),
    respondedAt: iso(c.respondedAt),
    response: c.response,
    // Why the admin dismissed a complaint is the admin's business; a vendor never sees dismissed ones anyway.
    dismissReason: c.dismissReason,
    dismissNote: principal.role === Role.Admin ? c.dismissNote : null,
    outcomeAt: iso(c.outcomeAt),
    outcomeComment: c.outcomeComment,
    // A vendor sees "registry" where the admin acted, never the admin's own address.
    timeline: timeline.map((t) => ({ at: new Date(t.at).toISOString(), action: t.action.replace(/^complaint\./, ''), actor: principal.role !== Role.Admin && t.actor_role === Role.Admin ? 'registry' : t.actor_label, from: t.from_state, to: t.to_state, note: t.reason })),
    messages: messages.map((m) => ({ id: m.id, at: m.createdAt.toISOString(), from: m.from, to: m.to, body: m.body, answered: m.from === 'registry' ? m.answeredAt !== null : null })),
    version: c.version,
  };
}

/** Oldest confirmation first: what has waited longest. Index complaint_queue_idx. */
const OLDEST_FIRST: KeysetOrder = { name: 'oldest', keys: ['c.confirmed_at', 'c.id'] };

export async function listComplaints(ctx: AppContext, principal: Principal, query: ComplaintListQuery): Promise<ComplaintList> {
  const now = ctx.clock();
  const admin = principal.role === Role.Admin;
  // Filters only, for the count; the page adds the vendor's name.
  const matching = ctx.db
    .getRepository(Complaint)
    .createQueryBuilder('c')
    .where('c.state IN (:...states)', { states: admin ? CONFIRMED_STATES : FORWARDED_STATES });
  if (!admin) matching.andWhere('c.vendorId = :own', { own: principal.vendorId });
  else if (query.vendorId) matching.andWhere('c.vendorId = :vendorId', { vendorId: query.vendorId });
  if (query.state) matching.andWhere('c.state = :state', { state: query.state });
  if (query.promise) matching.andWhere('c.promise = :promise', { promise: query.promise });
  if (query.minAgeDays !== undefined) matching.andWhere('c.confirmedAt <= :oldest', { oldest: new Date(now.getTime() - query.minAgeDays * DAY_MS) });
  if (query.maxAgeDays !== undefined) matching.andWhere('c.confirmedAt > :newest', { newest: new Date(now.getTime() - (query.maxAgeDays + 1) * DAY_MS) });
  const qb = matching
    .clone()
    .innerJoin(Vendor, 'v', 'v.id = c.vendorId')
    .select([
      'c.id AS id',
      'c.reference AS reference',
      'c.vendorId AS "vendorId"',
      'v.name AS "vendorName"',
      'c.state AS state',
      'c.promise AS promise',
      'c.subject AS subject',
      'c.confirmedAt AS "confirmedAt"',
      'c.forwardedAt AS "forwardedAt"',
      'c.responseDueAt AS "responseDueAt"',
    ]);
  const { rows, ...page } = await keysetPage<
    Omit<ComplaintList['items'][number], 'confirmedAt' | 'forwardedAt' | 'responseDueAt' | 'ageDays'> & { confirmedAt: Date | null; forwardedAt: Date | null; responseDueAt: Date | null }
  >(qb, OLDEST_FIRST, query, { countFrom: matching });
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    items: rows.map((r) => ({
      ...r,
      confirmedAt: iso(r.confirmedAt),
      forwardedAt: iso(r.forwardedAt),
      responseDueAt: iso(r.responseDueAt),
      ageDays: r.confirmedAt ? Math.max(0, Math.floor((now.getTime() - new Date(r.confirmedAt).getTime()) / DAY_MS)) : 0,
    })),
    ...page,
  };
}
