import { DAY_MS, HOUR_MS } from '@cep/shared';
import type { AppContext } from '../context.ts';
import { FINISHED_JOB_STATUSES } from '../plugins/job-status.ts';


/**
 * Hourly clean-up of rows that only matter for a while: idempotency keys (a retry comes within
 * 24 h), finished jobs (kept a week for inspection), refresh tokens long expired, rate-limit windows
 * that ended, sign-in steps a day past their five minutes, and requests for a vendor to join that
 * their buyer never confirmed (the 7-day link ended).
 */
export function registerHousekeeping(ctx: AppContext): void {
  ctx.jobs.every('housekeeping.purge', HOUR_MS, async () => {
    const now = ctx.clock().getTime();
    await ctx.db.query(`DELETE FROM idempotency_key WHERE created_at < $1`, [new Date(now - DAY_MS)]);
    await ctx.db.query(`DELETE FROM job WHERE status = ANY($2) AND finished_at < $1`, [new Date(now - 7 * DAY_MS), FINISHED_JOB_STATUSES]);
    await ctx.db.query(`DELETE FROM refresh_token WHERE expires_at < $1`, [new Date(now - 30 * DAY_MS)]);
    await ctx.db.query(`DELETE FROM rate_limit_window WHERE expires_at < $1`, [new Date(now)]);
    await ctx.db.query(`DELETE FROM sign_in_challenge WHERE expires_at < $1`, [new Date(now - DAY_MS)]);
    await ctx.db.query(`DELETE FROM join_request WHERE confirmed_at IS NULL AND created_at < $1`, [new Date(now - 8 * DAY_MS)]);
  });
}
