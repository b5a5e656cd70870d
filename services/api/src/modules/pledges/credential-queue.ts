import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../context.ts';

/**
 * The job that issues a member its credential. The pledge module names it because pledges and
 * checkpoints are what make a credential due; the credentials module, which sits above them,
 * registers its handler (credentials.jobs.ts).
 */
export const ISSUE_CREDENTIAL_JOB = 'credentials.issue';

/**
 * Asks for a fresh credential once the caller's transaction commits: the pledge became active, a
 * period was accepted, or a new agreement version was signed. Nothing is issued if the change rolls
 * back.
 */
export function queueCredentialIssue(ctx: AppContext, manager: EntityManager, vendorId: string): Promise<void> {
  // A sign that is also an activation asks twice; the second job finds the credential current.
  return ctx.jobs.enqueue(manager, ISSUE_CREDENTIAL_JOB, { vendorId }, { maxAttempts: 5 });
}
