import type { EntityManager } from 'typeorm';
import { ErrorCode, type SessionList } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { AppError, notFound } from '../../plugins/errors.ts';
import type { Principal } from '../../plugins/auth.ts';
import { type Actor, recordAudit } from '../audit/index.ts';
import { RefreshToken } from './refresh-token.entity.ts';
import { hashToken } from './tokens.ts';

/**
 * The signed-in devices of an account: one per refresh-token family that still holds a live token
 * (neither used, revoked nor expired). Signed in at its first token, last used at its latest, and
 * from where the latest came.
 */

interface SessionRow {
  family_id: string;
  signed_in_at: Date;
  last_used_at: Date;
  ip: string | null;
  user_agent: string | null;
}

/** The family of the refresh cookie the request carried, if it is this account's. */
async function currentFamily(ctx: AppContext, userId: string, presented: string | undefined): Promise<string | null> {
  if (!presented) return null;
  return (await ctx.db.getRepository(RefreshToken).findOneBy({ tokenHash: hashToken(presented), userId }))?.familyId ?? null;
}

export async function listSessions(ctx: AppContext, principal: Principal, presented: string | undefined): Promise<SessionList> {
  const current = await currentFamily(ctx, principal.userId, presented);
  const rows: SessionRow[] = await ctx.db.query(
    `SELECT family_id, min(created_at) AS signed_in_at, max(created_at) AS last_used_at,
            (array_agg(ip ORDER BY created_at DESC))[1] AS ip, (array_agg(user_agent ORDER BY created_at DESC))[1] AS user_agent
       FROM refresh_token
      WHERE user_id = $1
      GROUP BY family_id
     HAVING bool_or(used_at IS NULL AND revoked_at IS NULL AND expires_at > $2)
      ORDER BY max(created_at) DESC`,
    [principal.userId, ctx.clock()],
  );
  return {
    items: rows.map((r) => ({
      id: r.family_id,
      signedInAt: new Date(r.signed_in_at).toISOString(),
      lastUsedAt: new Date(r.last_used_at).toISOString(),
      ip: r.ip,
      userAgent: r.user_agent,
      current: r.family_id === current,
    })),
  };
}

/** Revokes the live sessions of the account that `which` selects; answers how many ended. */
async function revokeLive(manager: EntityManager, userId: string, now: Date, which: string, familyId: string): Promise<number> {
  const [row]: { n: number }[] = await manager.query(
    `WITH live AS (
       SELECT DISTINCT family_id FROM refresh_token
        WHERE user_id = $1 AND ${which} AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2
     ), ended AS (
       UPDATE refresh_token SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL AND family_id IN (SELECT family_id FROM live) RETURNING family_id
     )
     SELECT count(DISTINCT family_id)::int AS n FROM ended`,
    [userId, now, familyId],
  );
  return row?.n ?? 0;
}

/** Signs one device out. Another account's session, or one already ended, is a 404. */
export async function endSession(ctx: AppContext, principal: Principal, familyId: string, actor: Actor): Promise<void> {
  await ctx.db.transaction(async (manager) => {
    const now = ctx.clock();
    const ended = await revokeLive(manager, principal.userId, now, 'family_id = $3', familyId);
    if (ended === 0) throw notFound('Session');
    await recordAudit(manager, actor, { action: 'user.session_ended', entityType: 'user', entityId: principal.userId, vendorId: principal.vendorId, details: { session: familyId } }, now);
  });
}

/** Signs out every device but the one asking (its refresh cookie); without that cookie, a 409. */
export async function endOtherSessions(ctx: AppContext, principal: Principal, presented: string | undefined, actor: Actor): Promise<{ ended: number }> {
  const current = await currentFamily(ctx, principal.userId, presented);
  if (!current) throw new AppError(ErrorCode.InvalidState, 'This request carries no sign-in of this account to keep; sign out here instead');
  return ctx.db.transaction(async (manager) => {
    const now = ctx.clock();
    const ended = await revokeLive(manager, principal.userId, now, 'family_id <> $3', current);
    await recordAudit(manager, actor, { action: 'user.sessions_ended', entityType: 'user', entityId: principal.userId, vendorId: principal.vendorId, details: { kept: current, ended } }, now);
    return { ended };
  });
}
