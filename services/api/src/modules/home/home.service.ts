import { type AdminInbox, dateOf, type VendorHome, vendorTodos } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import type { Waiting } from '../../db/sql.ts';
import { notFound } from '../../plugins/errors.ts';
import { assertVendorAccess, type Principal } from '../../plugins/auth.ts';
import { pendingApplications } from '../applications/index.ts';
import { returnedPeriods, submissionsToReview } from '../checkpoints/index.ts';
import { awaitingResponse, complaintsToTriage, newlyWatched, questionsForVendor, watchedSince } from '../complaints/index.ts';
import { heldMail } from '../mail/index.ts';
import { openAppeals, pledgeFacts } from '../pledges/index.ts';
import { Vendor } from '../vendors/index.ts';

/**
 * Where people land: a vendor's standing with its to-dos, the admin's inbox. Each module answers
 * for its own data through its front door; the rules that turn facts into to-dos are the pure
 * `vendorTodos` in @cep/shared.
 */

/** Vendors new on the watch list within this many days show in the inbox. */
export const NEWLY_WATCHED_DAYS = 7;

export async function vendorHome(ctx: AppContext, principal: Principal, vendorId: string): Promise<VendorHome> {
  assertVendorAccess(principal, vendorId);
  const manager = ctx.db.manager;
  const vendor = await manager.getRepository(Vendor).findOne({ select: { id: true, name: true }, where: { id: vendorId } });
  const pledge = vendor ? await pledgeFacts(manager, vendorId) : null;
  if (!vendor || !pledge) throw notFound('Vendor');
  const [returned, complaints, questions, watched] = await Promise.all([returnedPeriods(manager, vendorId), awaitingResponse(manager, vendorId), questionsForVendor(manager, vendorId), watchedSince(manager, vendorId)]);
  const todos = vendorTodos({ ...pledge, returned, awaitingResponse: complaints, questions, watchedSince: watched }, dateOf(ctx.clock()));
  return { vendorName: vendor.name, state: pledge.pledge.state, since: pledge.pledge.since, reason: pledge.pledge.reason, todos };
}

const queue = (w: Waiting) => ({ count: w.count, oldest: w.oldest ? new Date(w.oldest).toISOString() : null });

export async function adminInbox(ctx: AppContext): Promise<AdminInbox> {
  const manager = ctx.db.manager;
  const since = new Date(ctx.clock().getTime() - NEWLY_WATCHED_DAYS * 24 * 60 * 60 * 1000);
  const [applications, reviews, complaints, appeals, watchList, mail] = await Promise.all([
    pendingApplications(manager),
    submissionsToReview(manager),
    complaintsToTriage(manager),
    openAppeals(manager),
    newlyWatched(manager, since),
    heldMail(manager),
  ]);
  return { applications: queue(applications), reviews: queue(reviews), complaints: queue(complaints), appeals: queue(appeals), watchList: queue(watchList), heldMail: queue(mail) };
}
