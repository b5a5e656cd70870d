import { type CheckpointCalendar, FINAL_STATES, SubmissionStatus, calendarStatus, dateOf, dueDate, nextPeriod, periodBounds, periodOf, pledgePeriods } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../plugins/errors.ts';
import { assertVendorAccess, type Principal } from '../../plugins/auth.ts';
import { Pledge } from '../pledges/index.ts';
import { Checkpoint } from './checkpoint.entity.ts';

/**
 * The vendor's checkpoint calendar: every period since the pledge became active, plus the next one,
 * each with its dates and where it stands (its submission's status once data exists). An ended
 * pledge's calendar stops at the period in which it ended.
 */
export async function checkpointCalendar(ctx: AppContext, principal: Principal, vendorId: string): Promise<CheckpointCalendar> {
  assertVendorAccess(principal, vendorId);
  const pledge = await ctx.db.getRepository(Pledge).findOneBy({ vendorId });
  if (!pledge) throw notFound('Vendor');
  if (!pledge.activeSince) return { items: [] };
  const now = ctx.clock();
  const today = dateOf(now);
  const submissions = new Map((await ctx.db.getRepository(Checkpoint).findBy({ vendorId })).map((c) => [c.period, c]));
  // A revoked or withdrawn pledge owes nothing after the period it ended in.
  const ended = FINAL_STATES.includes(pledge.state);
  const periods = ended ? pledgePeriods(pledge.activeSince, pledge.stateSince) : [...pledgePeriods(pledge.activeSince, now), nextPeriod(periodOf(now))];
  return {
    items: periods.map((period) => {
      const submission = submissions.get(period);
      // A draft is work in progress: the period still stands where the calendar puts it.
      const status = submission && submission.status !== SubmissionStatus.Draft ? submission.status : calendarStatus(period, today);
      return {
        period,
        ...periodBounds(period),
        dueDate: dueDate(period),
        status,
        submittedAt: submission?.submittedAt?.toISOString() ?? null,
      };
    }),
  };
}
