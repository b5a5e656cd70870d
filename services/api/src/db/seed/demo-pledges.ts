import type { EntityManager } from 'typeorm';
import { PledgeState, addDays, dateOf, lapseDate, nextPeriod, periodBounds, periodOf, previousPeriod } from '@cep/shared';
import type { User } from '../../modules/accounts/user.entity.ts';
import { SYSTEM_ACTOR, recordAudit } from '../../modules/audit/audit.service.ts';
import { Checkpoint } from '../../modules/checkpoints/checkpoint.entity.ts';
import { PledgeAppeal } from '../../modules/pledges/pledge-appeal.entity.ts';
import { PledgeSignature } from '../../modules/pledges/pledge-signature.entity.ts';
import { Pledge } from '../../modules/pledges/pledge.entity.ts';
import type { Vendor } from '../../modules/vendors/vendor.entity.ts';

/** How a demo vendor's pledge should stand, relative to today so the demo stays coherent any day. */
export type DemoPledge =
  | { kind: 'pending' }
  | { kind: 'active-since-last-period' }
  | { kind: 'active-this-period' }
  | { kind: 'lapsed' }
  | { kind: 'suspended'; reason: string; appeal: string }
  | { kind: 'revoked'; reason: string }
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

  const activeSince =
    plan.kind === 'active-this-period'
      ? day(addDays(periodBounds(current).start, 5))
      : plan.kind === 'active-since-last-period'
        ? day(addDays(periodBounds(last).start, 10))
        : day(addDays(periodBounds(previousPeriod(previousPeriod(last))).start, 20));
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
  const deliver = async (period: string) => {
    const submittedAt = day(addDays(periodBounds(period).end, 12));
    await manager.getRepository(Checkpoint).insert({ vendorId: vendor.id, period, status: 'accepted', submittedAt, reviewedAt: day(addDays(periodBounds(period).end, 20)) });
  };

  if (plan.kind === 'active-since-last-period') {
    // The last period's data came in on time and was accepted.
    await deliver(last);
  } else if (plan.kind !== 'active-this-period') {
    const first = periodOf(activeSince);
    await deliver(first);
    const missed = nextPeriod(first);
    if (plan.kind === 'lapsed' || plan.kind === 'suspended') {
      stateSince = day(lapseDate(missed));
      history.push({ at: stateSince, action: 'pledge.lapse', from: state, to: PledgeState.Lapsed, reason: `No checkpoint data for ${missed} by its due date`, actor: 'system' });
      state = PledgeState.Lapsed;
    }
    const ending = { suspended: PledgeState.Suspended, revoked: PledgeState.Revoked, withdrawn: PledgeState.Withdrawn } as const;
    if (plan.kind === 'suspended' || plan.kind === 'revoked' || plan.kind === 'withdrawn') {
      stateSince = day(addDays(dateOf(stateSince > activeSince ? stateSince : day(lapseDate(first))), 7));
      stateReason = plan.reason;
      history.push({ at: stateSince, action: `pledge.${plan.kind === 'suspended' ? 'suspend' : plan.kind === 'revoked' ? 'revoke' : 'withdraw'}`, from: state, to: ending[plan.kind], reason: plan.reason, actor: plan.kind === 'withdrawn' ? 'owner' : 'admin' });
      state = ending[plan.kind];
    }
  }

  await pledgeRepo.update({ id: pledgeId }, { state, stateSince, stateReason, activeSince, signatureId: String(signature.identifiers[0]?.id) });
  for (const entry of history) {
    const actor = entry.actor === 'system' ? SYSTEM_ACTOR : entry.actor === 'owner' ? { id: owner.id, label: owner.email, requestId: null } : { id: null, label: 'admin', requestId: null };
    await recordAudit(manager, actor, { action: entry.action, entityType: 'pledge', entityId: pledgeId, vendorId: vendor.id, from: entry.from, to: entry.to, reason: entry.reason }, entry.at);
  }
  if (plan.kind === 'suspended') {
    await manager.getRepository(PledgeAppeal).insert({ pledgeId, vendorId: vendor.id, authorId: owner.id, stateAtAppeal: PledgeState.Suspended, text: plan.appeal, createdAt: day(addDays(dateOf(stateSince), 2)) });
  }
}
