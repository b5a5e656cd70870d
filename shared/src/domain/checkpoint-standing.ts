import { isDelivered, SubmissionStatus } from './checkpoint-states.ts';
import { addDays, dateOf, lapseDate, periodBounds } from './periods.ts';

/**
 * Whether a pledge owes checkpoint data (SPEC §4): a period that has ended and has no submitted
 * data lapses the pledge on the day after its due date; data the admin returned and the vendor left
 * more than 14 days lapses it too. Returned data never lapses a pledge before the period's own lapse
 * date: a vendor that submitted early is not worse off than one that had not submitted yet.
 *
 * The hourly scan lapses on the first reason found; a submission restores a lapsed pledge when no
 * reason is left.
 */

export const RETURNED_GRACE_DAYS = 14;

export interface PeriodStanding {
  period: string;
  status: SubmissionStatus | null;
  returnedAt: Date | null;
}

/** The day from which returned data lapses the pledge: more than 14 days after it was returned. */
export function returnedLapseDate(period: string, returnedAt: Date): string {
  const afterGrace = addDays(dateOf(returnedAt), RETURNED_GRACE_DAYS + 1);
  const own = lapseDate(period);
  return afterGrace > own ? afterGrace : own;
}

/** Why the pledge should be lapsed on `today` (YYYY-MM-DD), or null when nothing is owed. */
export function lapseReason(periods: readonly PeriodStanding[], today: string): string | null {
  for (const { period, status, returnedAt } of periods) {
    if (today <= periodBounds(period).end || isDelivered(status)) continue;
    if (status === SubmissionStatus.Returned && returnedAt) {
      if (today >= returnedLapseDate(period, returnedAt)) return `Checkpoint data for ${period} was returned on ${dateOf(returnedAt)} and not resubmitted within ${RETURNED_GRACE_DAYS} days`;
    } else if (today >= lapseDate(period)) {
      return `No checkpoint data for ${period} by its due date ${addDays(lapseDate(period), -1)}`;
    }
  }
  return null;
}
