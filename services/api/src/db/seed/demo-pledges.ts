import type { EntityManager } from 'typeorm';
import { PledgeState, type ReasonCategory, addDays, dateOf, lapseDate, nextPeriod, periodBounds, periodOf, periodsBetween, previousPeriod } from '@cep/shared';
import { type User } from '../../modules/accounts/index.ts';
import { recordAudit, SYSTEM_ACTOR } from '../../modules/audit/index.ts';
import { Pledge, PledgeAppeal, PledgeSignature } from '../../modules/pledges/index.ts';
import { type Vendor } from '../../modules/vendors/index.ts';
import { type DemoCheckpoint, seedCheckpoints } from './demo-checkpoints.ts';

/** How a demo vendor's pledge should stand, relative to today so the demo stays coherent any day. */
export type DemoPledge =
  | { kind: 'pending' }
  /** Active for two years: three periods accepted, the last one submitted and waiting for review. */
  | { kind: 'active-with-history' }
  /** Active since the period before last: that one accepted, the last one returned with notes. */
  | { kind: 'active-returned'; notes: string }
  | { kind: 'active-this-period' }
  | { kind: 'lapsed' }
  | { kind: 'suspended'; reason: string; reasonCategory: ReasonCategory; appeal: string }
  | { kind: 'revoked'; reason: string; reasonCategory: ReasonCategory }
  | { kind: 'withdrawn'; reason: string };

const day = (date: string) => new Date(`${date}T12:00:00Z`);

/**
 * Writes the pledge, its signature, delivered checkpoints and the audit trail that would have led
 * there, so the demo shows every state with a believable history.
 */
export async function seedPledge(manager: EntityManager, vendor: Vendor, owner: User, plan: DemoPledge, now: Date): Promise<void> {
  const current = periodOf(now);
  const last = previousPeriod(current);
  const pledgeRepo = manager.getRepository(Pledge);
  const { identifiers } = await pledgeRepo.insert({ vendorId: vendor.id, state: PledgeState.PendingSignature, stateSince: now });
  const pledgeId = String(identifiers[0]?.id);
  if (plan.kind === 'pending') return;

  const back = (period: string, n: number): string => (n === 0 ? period : back(previousPeriod(period), n - 1));
  const activeSince =
    plan.kind === 'active-this-period'
      ? day(addDays(periodBounds(current).start, 5))
      : plan.kind === 'active-with-history'
        ? day(addDays(periodBounds(back(last, 3)).start, 10))
        : plan.kind === 'active-returned'
          ? day(addDays(periodBounds(back(last, 1)).start, 10))
          : day(addDays(periodBounds(back(last, 2)).start, 20));
  const [agreement] = (await manager.query(`SELECT version, title, body, text_sha256 FROM agreement_version ORDER BY version LIMIT 1`)) as {
    version: number;
    title: string;
    body: string;
    text_sha256: string;
  }[];
  if (!agreement) throw new Error('no agreement version to sign');
  const signature = await manager.getRepository(PledgeSignature).insert({
    pledgeId,
    vendorId: vendor.id,
    agreementVersion: agreement.version,
    agreementTitle: agreement.title,
    agreementText: agreement.body,
    textSha256: agreement.text_sha256,
    signerName: owner.name,
    signerTitle: 'Head of Support',
    signerEmail: owner.email,
    signedBy: owner.id,
    signedAt: activeSince,
    clientIp: '203.0.113.10',
  });
  const history: { at: Date; action: string; from: PledgeState; to: PledgeState; reason: string | null; actor: 'owner' | 'system' | 'admin' }[] = [
    { at: activeSince, action: 'pledge.sign', from: PledgeState.PendingSignature, to: PledgeState.Active, reason: `Signed agreement version ${agreement.version}`, actor: 'owner' },
  ];
  let state: PledgeState = PledgeState.Active;
  let stateSince = activeSince;
  let stateReason: string | null = null;
  let stateReasonCategory: ReasonCategory | null = null;
  const checkpoints = (list: DemoCheckpoint[]) => seedCheckpoints(manager, vendor, list, now, 120);

  if (plan.kind === 'active-with-history') {
    await checkpoints([
      { period: back(last, 3), status: 'accepted', step: 0 },
      { period: back(last, 2), status: 'accepted', step: 1 },
      { period: back(last, 1), status: 'accepted', step: 2 },
      { period: last, status: 'submitted', step: 3, source: 'tickets' },
    ]);
  } else if (plan.kind === 'active-returned') {
    await checkpoints([
      { period: back(last, 1), status: 'accepted', step: 0 },
      { period: last, status: 'returned', step: 1, reviewNotes: plan.notes },
    ]);
  } else if (plan.kind === 'active-this-period') {
    // Work in progress on the period running now: some sections filled in.
    await checkpoints([{ period: current, status: 'draft', step: 0, partial: true }]);
  } else {
    const first = periodOf(activeSince);
    await checkpoints([{ period: first, status: 'accepted', step: 0 }]);
    const missed = nextPeriod(first);
    // The lapsed vendor has finished its late data and only needs to submit it (which restores the pledge).
    if (plan.kind === 'lapsed') {
      await checkpoints(periodsBetween(missed, last).map((period, i) => ({ period, status: 'draft', step: i + 1 })));
    }
    if (plan.kind === 'lapsed' || plan.kind === 'suspended') {
      stateSince = day(lapseDate(missed));
      history.push({ at: stateSince, action: 'pledge.lapse', from: state, to: PledgeState.Lapsed, reason: `No checkpoint data for ${missed} by its due date`, actor: 'system' });
      state = PledgeState.Lapsed;
    }
    const ending = { suspended: PledgeState.Suspended, revoked: PledgeState.Revoked, withdrawn: PledgeState.Withdrawn } as const;
    if (plan.kind === 'suspended' || plan.kind === 'revoked' || plan.kind === 'withdrawn') {
      stateSince = day(addDays(dateOf(stateSince > activeSince ? stateSince : day(lapseDate(first))), 7));
      stateReason = plan.reason;
      stateReasonCategory = plan.kind === 'withdrawn' ? null : plan.reasonCategory;
      history.push({ at: stateSince, action: `pledge.${plan.kind === 'suspended' ? 'suspend' : plan.kind === 'revoked' ? 'revoke' : 'withdraw'}`, from: state, to: ending[plan.kind], reason: plan.reason, actor: plan.kind === 'withdrawn' ? 'owner' : 'admin' });
      state = ending[plan.kind];
    }
  }

  await pledgeRepo.update({ id: pledgeId }, { state, stateSince, stateReason, stateReasonCategory, activeSince, signatureId: String(signature.identifiers[0]?.id) });
  for (const entry of history) {
    const actor = entry.actor === 'system' ? SYSTEM_ACTOR : entry.actor === 'owner' ? { id: owner.id, label: owner.email, requestId: null } : { id: null, label: 'admin', requestId: null };
    await recordAudit(manager, actor, { action: entry.action, entityType: 'pledge', entityId: pledgeId, vendorId: vendor.id, from: entry.from, to: entry.to, reason: entry.reason }, entry.at);
  }
  if (plan.kind === 'suspended') {
    await manager.getRepository(PledgeAppeal).insert({ pledgeId, vendorId: vendor.id, authorId: owner.id, stateAtAppeal: PledgeState.Suspended, text: plan.appeal, createdAt: day(addDays(dateOf(stateSince), 2)) });
  }
}
