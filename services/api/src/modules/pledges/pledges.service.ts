import type { EntityManager } from 'typeorm';
import {
  type AuditList,
  CATEGORISED_ACTIONS,
  CREDENTIAL_ISSUING_STATE,
  ReasonCategory,
  type ReasonBody,
  type AuditQuery,
  ErrorCode,
  EventType,
  FINAL_STATES,
  isMemberState,
  type NextDue,
  nextState,
  type Pledge as PledgeDto,
  PledgeAction,
  PledgeState,
  type PeriodStanding,
  type PledgeSummary,
  type Signature,
  type SignPledgeBody,
  type VendorFacts,
  dateOf,
  dueDate,
  nextPeriod,
  periodOf,
  pledgePeriods,
} from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { AppError, notFound } from '../../plugins/errors.ts';
import { assertVendorAccess, type Principal } from '../../plugins/auth.ts';
import { User } from '../accounts/index.ts';
import { type Actor, recordAudit } from '../audit/index.ts';
import { recordStanding, Vendor } from '../vendors/index.ts';
import { currentAgreement } from './agreements.service.ts';
import { queueCredentialIssue } from './credential-queue.ts';
import { appealedSince, appealsOf, deliveredPeriodsOf, periodRows, pledgeHistory, vendorAuditPage } from './pledges.queries.ts';
import { PledgeAppeal } from './pledge-appeal.entity.ts';
import { PledgeSignature } from './pledge-signature.entity.ts';
import { Pledge } from './pledge.entity.ts';

export function toSignatureDto(s: PledgeSignature): Signature {
  return {
    id: s.id,
    agreementVersion: s.agreementVersion,
    agreementTitle: s.agreementTitle,
    agreementText: s.agreementText,
    textSha256: s.textSha256,
    signerName: s.signerName,
    signerTitle: s.signerTitle,
    signerEmail: s.signerEmail,
    signedBy: s.signedBy,
    signedAt: s.signedAt.toISOString(),
    clientIp: s.clientIp,
  };
}

/**
 * The next checkpoint the vendor owes: the first period since it became active without delivered
 * data — an ended one (overdue) or the one running now. Only a member owes data: none before it
 * first signs, while it waits for a new signature, nor after the pledge ended. It does not depend
 * on the time: data for a period can only be delivered once the period has ended, so the first
 * undelivered period is never a future one, and it stays owed until its data is in.
 */
export function nextDuePeriodOf(pledge: Pick<Pledge, 'state' | 'activeSince'>, delivered: ReadonlySet<string>): string | null {
  if (!pledge.activeSince || !isMemberState(pledge.state)) return null;
  let period: string = periodOf(pledge.activeSince);
  while (delivered.has(period)) period = nextPeriod(period);
  return period;
}

export function nextDueOf(pledge: Pick<Pledge, 'state' | 'activeSince'>, delivered: ReadonlySet<string>): NextDue | null {
  const period = nextDuePeriodOf(pledge, delivered);
  return period === null ? null : { period, dueDate: dueDate(period) };
}

/**
 * Tells the vendor row where the pledge stands now (its state and the period owed next), which the
 * admin's vendor list sorts by. Called after every write that changes the pledge's state or the
 * vendor's delivered periods.
 */
export async function refreshStanding(manager: EntityManager, vendorId: string): Promise<void> {
  const pledge = await manager.getRepository(Pledge).findOneBy({ vendorId });
  if (!pledge) return;
  await recordStanding(manager, [{ vendorId, state: pledge.state, nextDuePeriod: nextDuePeriodOf(pledge, await deliveredPeriods(manager, vendorId)) }]);
}

/** Every vendor's standing afresh: after the migration that added it, and after the seeds. */
export async function rebuildStandings(manager: EntityManager): Promise<void> {
  const pledges = await manager.getRepository(Pledge).find();
  const delivered = await deliveredPeriodsOf(manager, pledges.map((p) => p.vendorId));
  const standings = pledges.map((p) => ({ vendorId: p.vendorId, state: p.state, nextDuePeriod: nextDuePeriodOf(p, delivered.get(p.vendorId) ?? new Set()) }));
  for (let i = 0; i < standings.length; i += 2000) await recordStanding(manager, standings.slice(i, i + 2000));
}

export async function deliveredPeriods(manager: EntityManager, vendorId: string): Promise<Set<string>> {
  return (await deliveredPeriodsOf(manager, [vendorId])).get(vendorId) ?? new Set();
}

/** Every period the pledge has run, with its submission's status (what `lapseReason` reads). */
export async function standings(manager: EntityManager, vendorId: string, activeSince: Date, now: Date): Promise<PeriodStanding[]> {
  const rows = await periodRows(manager, vendorId);
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  return pledgePeriods(activeSince, now).map((period) => ({ period, status: byPeriod.get(period)?.status ?? null, returnedAt: byPeriod.get(period)?.returnedAt ?? null }));
}

/** Summaries for many vendors at once (admin list): one query for pledges, one for checkpoints. */
export async function pledgeSummaries(manager: EntityManager, vendorIds: string[]): Promise<Map<string, PledgeSummary>> {
  if (vendorIds.length === 0) return new Map();
  const pledges = await manager.getRepository(Pledge).createQueryBuilder('p').where('p.vendorId IN (:...ids)', { ids: vendorIds }).getMany();
  const delivered = await deliveredPeriodsOf(manager, vendorIds);
  return new Map(
    pledges.map((p) => [
      p.vendorId,
      { state: p.state, stateSince: p.stateSince.toISOString(), nextDueDate: nextDueOf(p, delivered.get(p.vendorId) ?? new Set())?.dueDate ?? null },
    ]),
  );
}

/** What the vendor's home page computes its to-dos from, of the pledge: its state, reason, deadlines, appeal and next period. */
export async function pledgeFacts(manager: EntityManager, vendorId: string): Promise<Pick<VendorFacts, 'pledge' | 'nextDue'> | null> {
  const pledge = await manager.getRepository(Pledge).findOneBy({ vendorId });
  if (!pledge) return null;
  const delivered = (await deliveredPeriodsOf(manager, [vendorId])).get(vendorId) ?? new Set<string>();
  const appealedAt = await appealedSince(manager, pledge.id, pledge.stateSince);
  return {
    pledge: {
      state: pledge.state,
      since: pledge.stateSince.toISOString(),
      reason: pledge.stateReason,
      resignBy: pledge.resignBy ? dateOf(pledge.resignBy) : null,
      appealedAt: appealedAt ? new Date(appealedAt).toISOString() : null,
    },
    nextDue: nextDueOf(pledge, delivered),
  };
}

/** A new vendor's pledge, waiting for its owner's signature (the application's approval opens it). */
export async function openPledge(manager: EntityManager, vendorId: string, now: Date): Promise<Pledge> {
  const pledge = await manager.getRepository(Pledge).save(manager.getRepository(Pledge).create({ vendorId, state: PledgeState.PendingSignature, stateSince: now }));
  await recordStanding(manager, [{ vendorId, state: pledge.state, nextDuePeriod: null }]);
  return pledge;
}

export async function lockPledge(manager: EntityManager, vendorId: string): Promise<Pledge> {
  const pledge = await manager.getRepository(Pledge).findOne({ where: { vendorId }, lock: { mode: 'pessimistic_write' } });
  if (!pledge) throw notFound('Vendor');
  return pledge;
}

const PAST_TENSE: Record<PledgeAction, string> = {
  sign: 'signed',
  lapse: 'lapsed',
  restore: 'restored',
  suspend: 'suspended',
  reinstate: 'reinstated',
  revoke: 'revoked',
  withdraw: 'withdrawn',
  require_signature: 'sent back for signature',
};

/**
 * Moves a locked pledge by one lifecycle action, or refuses with 409 naming the current state.
 * Every move is one audit line (who, when, from, to, why).
 */
export async function applyTransition(
  ctx: AppContext,
  manager: EntityManager,
  pledge: Pledge,
  action: PledgeAction,
  actor: Actor,
  reason: string | null,
  reasonCategory: ReasonCategory = ReasonCategory.Other,
): Promise<Pledge> {
  const to = nextState(pledge.state, action);
  if (!to) throw new AppError(ErrorCode.InvalidState, `A pledge that is ${pledge.state} cannot be ${PAST_TENSE[action]}`);
  const now = ctx.clock();
  const from = pledge.state;
  const moved = await updateVersioned(manager, Pledge, pledge, {
    state: to,
    stateSince: now,
    stateReason: reason,
    stateReasonCategory: CATEGORISED_ACTIONS.includes(action) ? reasonCategory : null,
    activeSince: pledge.activeSince ?? (to === PledgeState.Active ? now : null),
  });
  if (to === CREDENTIAL_ISSUING_STATE) await queueCredentialIssue(ctx, manager, pledge.vendorId);
  await refreshStanding(manager, pledge.vendorId);
  const details = CATEGORISED_ACTIONS.includes(action) ? { reasonCategory } : undefined;
  await recordAudit(manager, actor, { action: `pledge.${action}`, entityType: 'pledge', entityId: pledge.id, vendorId: pledge.vendorId, from, to, reason, details }, now);
  await ctx.events.record(manager, { type: EventType.PledgeStateChanged, vendorId: pledge.vendorId, data: { action, from, to, reason } }, actor);
  return moved;
}

export async function getPledge(ctx: AppContext, principal: Principal, vendorId: string): Promise<PledgeDto> {
  assertVendorAccess(principal, vendorId);
  const manager = ctx.db.manager;
  const pledge = await manager.getRepository(Pledge).findOneBy({ vendorId });
  if (!pledge) throw notFound('Vendor');
  const now = ctx.clock();
  const [agreement, signature, history, appeals, delivered] = await Promise.all([
    currentAgreement(manager, now),
    pledge.signatureId ? manager.getRepository(PledgeSignature).findOneBy({ id: pledge.signatureId }) : null,
    pledgeHistory(manager, pledge.id),
    appealsOf(manager, pledge.id),
    deliveredPeriods(manager, vendorId),
  ]);
  return {
    vendorId,
    state: pledge.state,
    stateSince: pledge.stateSince.toISOString(),
    stateReason: pledge.stateReason,
    stateReasonCategory: pledge.stateReasonCategory,
    activeSince: pledge.activeSince?.toISOString() ?? null,
    currentAgreementVersion: agreement.version,
    signature: signature ? toSignatureDto(signature) : null,
    resignBy: pledge.resignBy?.toISOString() ?? null,
    nextDue: nextDueOf(pledge, delivered),
    history: history.map((h) => ({ at: new Date(h.at).toISOString(), action: h.action, from: h.from_state, to: h.to_state, reason: h.reason, actor: h.actor_label })),
    appeals: appeals.map((a) => ({ id: a.id, text: a.body, stateAtAppeal: a.state_at_appeal, authorEmail: a.email, createdAt: new Date(a.created_at).toISOString() })),
    version: pledge.version,
  };
}

/**
 * The owner signs the agreement version they read. A pending pledge becomes active; a pledge on an
 * older version keeps its state and its grace deadline is cleared. The row lock and the unique
 * (pledge, version) index make concurrent requests produce exactly one signature.
 */
export async function signPledge(ctx: AppContext, principal: Principal, vendorId: string, body: SignPledgeBody, clientIp: string, actor: Actor): Promise<PledgeDto> {
  assertVendorAccess(principal, vendorId);
  await ctx.db.transaction(async (manager) => {
    const pledge = await lockPledge(manager, vendorId);
    const now = ctx.clock();
    const agreement = await currentAgreement(manager, now);
    if (body.agreementVersion !== agreement.version) {
      throw new AppError(ErrorCode.Conflict, `Version ${body.agreementVersion} is not the agreement in effect; read version ${agreement.version} and sign that`, [
        { field: 'agreementVersion', in: 'body', message: `must be ${agreement.version}, the version in effect` },
      ]);
    }
    if (FINAL_STATES.includes(pledge.state)) throw new AppError(ErrorCode.InvalidState, `The pledge is ${pledge.state}; it cannot be signed again`);
    const current = pledge.signatureId ? await manager.getRepository(PledgeSignature).findOneBy({ id: pledge.signatureId }) : null;
    if (current && current.agreementVersion >= agreement.version) {
      throw new AppError(ErrorCode.InvalidState, `The pledge is ${pledge.state} and version ${agreement.version} is already signed (by ${current.signerName} on ${current.signedAt.toISOString().slice(0, 10)})`);
    }
    const signer = await manager.getRepository(User).findOneByOrFail({ id: principal.userId });
    const signature = manager.getRepository(PledgeSignature).create({
      pledgeId: pledge.id,
      vendorId,
      agreementVersion: agreement.version,
      agreementTitle: agreement.title,
      agreementText: agreement.text,
      textSha256: agreement.textSha256,
      signerName: body.signerName.trim(),
      signerTitle: body.signerTitle.trim(),
      signerEmail: signer.email,
      signedBy: signer.id,
      signedAt: now,
      clientIp,
    });
    await manager.getRepository(PledgeSignature).insert(signature);
    await recordAudit(
      manager,
      actor,
      { action: 'pledge.signature_recorded', entityType: 'pledge', entityId: pledge.id, vendorId, reason: null, details: { agreementVersion: agreement.version, textSha256: agreement.textSha256 } },
      now,
    );
    let updated = pledge;
    if (pledge.state === PledgeState.PendingSignature) {
      updated = await applyTransition(ctx, manager, pledge, PledgeAction.Sign, actor, `Signed agreement version ${agreement.version}`);
    }
    await updateVersioned(manager, Pledge, updated, { signatureId: signature.id, resignBy: null });
    // A member signing a new agreement version gets a credential naming it.
    if (updated.state === CREDENTIAL_ISSUING_STATE) await queueCredentialIssue(ctx, manager, vendorId);
    await ctx.events.record(manager, { type: EventType.PledgeSigned, vendorId, data: { signatureId: signature.id, agreementVersion: agreement.version, signedAt: now.toISOString() } }, actor);
  });
  return getPledge(ctx, principal, vendorId);
}

const ADMIN_ACTIONS = { suspend: PledgeAction.Suspend, reinstate: PledgeAction.Reinstate, revoke: PledgeAction.Revoke } as const;
export type AdminAction = keyof typeof ADMIN_ACTIONS;

/** Suspend, reinstate or revoke (admin, reason required); the vendor's owners are e-mailed the reason. */
export async function adminTransition(ctx: AppContext, vendorId: string, action: AdminAction, body: ReasonBody, actor: Actor): Promise<void> {
  const reason = body.reason.trim();
  await ctx.db.transaction(async (manager) => {
    const pledge = await lockPledge(manager, vendorId);
    await applyTransition(ctx, manager, pledge, ADMIN_ACTIONS[action], actor, reason, body.reasonCategory);
  });
}

/** The owner ends the pledge. The admin is told. */
export async function withdrawPledge(ctx: AppContext, principal: Principal, vendorId: string, reason: string | undefined, actor: Actor): Promise<void> {
  assertVendorAccess(principal, vendorId);
  await ctx.db.transaction(async (manager) => {
    const pledge = await lockPledge(manager, vendorId);
    await applyTransition(ctx, manager, pledge, PledgeAction.Withdraw, actor, reason?.trim() || null);
  });
}

/** A suspended or revoked vendor answers in writing; the admin reads it on the vendor's page. */
export async function appealPledge(ctx: AppContext, principal: Principal, vendorId: string, givenText: string, actor: Actor): Promise<void> {
  assertVendorAccess(principal, vendorId);
  const text = givenText.trim();
  await ctx.db.transaction(async (manager) => {
    const pledge = await lockPledge(manager, vendorId);
    if (pledge.state !== PledgeState.Suspended && pledge.state !== PledgeState.Revoked) {
      throw new AppError(ErrorCode.InvalidState, `Only a suspended or revoked pledge can be appealed; this one is ${pledge.state}`);
    }
    const now = ctx.clock();
    const { identifiers } = await manager.insert(PledgeAppeal, { pledgeId: pledge.id, vendorId, authorId: principal.userId, stateAtAppeal: pledge.state, text, createdAt: now });
    const appealId = String(identifiers[0]?.id);
    await recordAudit(manager, actor, { action: 'pledge.appealed', entityType: 'pledge', entityId: pledge.id, vendorId, from: pledge.state, to: pledge.state, details: { appealId } }, now);
    await ctx.events.record(manager, { type: EventType.PledgeAppealed, vendorId, data: { appealId, state: pledge.state } }, actor);
  });
}

export async function listAudit(ctx: AppContext, principal: Principal, vendorId: string, query: AuditQuery): Promise<AuditList> {
  assertVendorAccess(principal, vendorId);
  if (!(await ctx.db.getRepository(Vendor).existsBy({ id: vendorId }))) throw notFound('Vendor');
  const { rows, ...page } = await vendorAuditPage(ctx.db, vendorId, query);
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      at: new Date(r.at).toISOString(),
      actor: r.actor_label,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      from: r.from_state,
      to: r.to_state,
      reason: r.reason,
      requestId: r.request_id,
    })),
    ...page,
  };
}
