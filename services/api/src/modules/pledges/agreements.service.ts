import type { EntityManager } from 'typeorm';
import { type Agreement, EventType, type AgreementList, type FieldError, type PublishAgreementBody, type ResponseTarget, heldTarget } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { invalid, notFound } from '../../plugins/errors.ts';
import { sha256 } from '../accounts/index.ts';
import { type Actor, recordAudit } from '../audit/index.ts';
import { AgreementVersion } from './agreement.entity.ts';
import { signedTargets } from './pledges.queries.ts';

export const SCAN_JOB = 'pledge.scan';

export function toAgreementDto(a: AgreementVersion): Agreement {
  return {
    version: a.version,
    title: a.title,
    text: a.text,
    textSha256: a.textSha256,
    responseTargetMinutes: a.responseTargetMinutes,
    // Number(): after an insert TypeORM merges a column's database default back without its
    // transformer, so a defaulted share arrives as PostgreSQL's numeric text ("0.9500").
    responseTargetShare: Number(a.responseTargetShare),
    effectiveAt: a.effectiveAt.toISOString(),
    publishedAt: a.publishedAt.toISOString(),
  };
}

/** The version in force at `now`: the highest one whose effective date has come. */
export async function currentAgreement(manager: EntityManager, now: Date): Promise<AgreementVersion> {
  const current = await manager
    .getRepository(AgreementVersion)
    .createQueryBuilder('a')
    .where('a.effectiveAt <= :now', { now })
    .orderBy('a.version', 'DESC')
    .getOne();
  if (!current) throw notFound('Agreement in effect');
  return current;
}

const targetOf = (a: Pick<AgreementVersion, 'responseTargetMinutes' | 'responseTargetShare'>): ResponseTarget => ({ targetMinutes: a.responseTargetMinutes, threshold: a.responseTargetShare });

/**
 * The promise-3 target each of `vendorIds` is held to (`heldTarget`: the signed agreement's, else
 * the current one's), read in one query however many vendors a page shows.
 */
export async function heldTargets(manager: EntityManager, vendorIds: readonly string[] | 'all', now: Date): Promise<(vendorId: string) => ResponseTarget> {
  const [signed, agreement] = await Promise.all([signedTargets(manager, vendorIds === 'all' ? null : vendorIds), currentAgreement(manager, now)]);
  const byVendor = new Map(signed.map((r) => [r.vendorId, targetOf(r)]));
  const current = targetOf(agreement);
  return (vendorId) => heldTarget(byVendor.get(vendorId) ?? null, current);
}

export async function getCurrentAgreement(ctx: AppContext): Promise<Agreement> {
  return toAgreementDto(await currentAgreement(ctx.db.manager, ctx.clock()));
}

export async function listAgreements(ctx: AppContext): Promise<AgreementList> {
  const rows = await ctx.db.getRepository(AgreementVersion).find({ order: { version: 'DESC' } });
  return { items: rows.map(toAgreementDto) };
}

/**
 * Publishes the next version. Vendors signed on an older one are told by the next scan (run at
 * once when the version is already in effect) and keep their standing for 60 days.
 */
export async function publishAgreement(ctx: AppContext, body: PublishAgreementBody, actor: Actor): Promise<Agreement> {
  const now = ctx.clock();
  const effectiveAt = body.effectiveAt ? new Date(body.effectiveAt) : now;
  const title = body.title.trim();
  const text = body.text.replace(/\r\n/g, '\n').trim();
  // The schema counts spaces; what is stored is trimmed, so the minimums apply to that.
  const errors: FieldError[] = [];
  if (title.length < 3) errors.push({ field: 'title', in: 'body', message: 'must have at least 3 characters besides spaces' });
  if (text.length < 50) errors.push({ field: 'text', in: 'body', message: 'must have at least 50 characters besides spaces' });
  if (effectiveAt.getTime() < now.getTime() - 60_000) errors.push({ field: 'effectiveAt', in: 'body', message: 'must not be in the past' });
  if (errors.length > 0) throw invalid(errors);
  return ctx.db.transaction(async (manager) => {
    // Serialise publications: two admins publishing at once get versions N+1 and N+2, not a clash.
    await manager.query(`LOCK TABLE agreement_version IN SHARE ROW EXCLUSIVE MODE`);
    const [{ next }] = (await manager.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM agreement_version`)) as [{ next: number }];
    const agreement = manager.getRepository(AgreementVersion).create({
      version: next,
      title,
      text,
      textSha256: sha256(text),
      responseTargetMinutes: body.responseTargetMinutes,
      responseTargetShare: body.responseTargetShare,
      effectiveAt,
      publishedAt: now,
      publishedBy: actor.id,
    });
    await manager.getRepository(AgreementVersion).insert(agreement);
    await recordAudit(manager, actor, { action: 'agreement.published', entityType: 'agreement', entityId: String(next), to: String(next), details: { effectiveAt: effectiveAt.toISOString() } }, now);
    await ctx.jobs.enqueue(manager, SCAN_JOB, {}, { runAt: effectiveAt, singletonKey: `${SCAN_JOB}@agreement-v${next}` });
    await ctx.events.record(manager, { type: EventType.AgreementPublished, vendorId: null, data: { version: next, title, effectiveAt: effectiveAt.toISOString() } }, actor);
    return toAgreementDto(agreement);
  });
}
