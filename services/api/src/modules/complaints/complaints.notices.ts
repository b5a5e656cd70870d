import type { EntityManager } from 'typeorm';
import { ComplaintState, EventType, localDateOf } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { mailAdmins, mailOwners } from '../accounts/index.ts';
import { vendorOf } from '../events/index.ts';
import { mailLinks } from '../mail/index.ts';
import { Vendor } from '../vendors/index.ts';
import { Complaint } from './complaint.entity.ts';
import { forwardedCountedSince } from './complaints.queries.ts';
import { confirmedMail, forwardedMail, outcomeMail, overdueMail, responseDueSoonMail, watchEnteredMail, watchLeftMail } from './complaints.mails.ts';
import { RESPONSE_BUSINESS_DAYS, localDeadline } from './complaints.service.ts';

/**
 * Who hears of a complaint's events by e-mail: the admins of new confirmed complaints, the
 * vendor's owners once it is forwarded to them, both when a deadline passes or a vendor crosses
 * the watch-list thresholds.
 */
export function registerComplaintNotices(ctx: AppContext): void {
  const links = mailLinks(ctx.config.publicUrl);
  const load = async (manager: EntityManager, complaintId: string) => {
    const complaint = await manager.getRepository(Complaint).findOneByOrFail({ id: complaintId });
    const vendor = await manager.getRepository(Vendor).findOneByOrFail({ id: complaint.vendorId });
    const zone = vendor.calendar.timeZone;
    const due = complaint.responseDueAt;
    return { complaint, vendor, dueDate: due ? localDateOf(due, zone) : '', deadline: due ? localDeadline(due, zone) : '' };
  };

  ctx.events.on(EventType.ComplaintConfirmed, async (event, manager) => {
    const { complaint, vendor } = await load(manager, event.data.complaintId);
    await mailAdmins(ctx, manager, confirmedMail(links, { complaintId: complaint.id, vendorName: vendor.name, reference: complaint.reference, subject: complaint.subject }));
  });

  ctx.events.on(EventType.ComplaintForwarded, async (event, manager) => {
    const { complaint, vendor, dueDate, deadline } = await load(manager, event.data.complaintId);
    const facts = { complaintId: complaint.id, vendorName: vendor.name, reference: complaint.reference, subject: complaint.subject, dueDate, deadline, responseDays: RESPONSE_BUSINESS_DAYS, note: complaint.forwardNote };
    await mailOwners(ctx, manager, vendor.id, forwardedMail(links, facts));
  });

  ctx.events.on(EventType.ComplaintResponseDueSoon, async (event, manager) => {
    const { complaint, vendor, dueDate, deadline } = await load(manager, event.data.complaintId);
    const facts = { complaintId: complaint.id, reference: complaint.reference, subject: complaint.subject, dueDate, deadline, businessDaysUsed: event.data.businessDaysUsed, responseDays: RESPONSE_BUSINESS_DAYS };
    await mailOwners(ctx, manager, vendor.id, responseDueSoonMail(links, facts));
  });

  ctx.events.on(EventType.ComplaintOverdue, async (event, manager) => {
    const { complaint, vendor, deadline } = await load(manager, event.data.complaintId);
    const mail = overdueMail(links, { complaintId: complaint.id, vendorName: vendor.name, reference: complaint.reference, subject: complaint.subject, deadline });
    await mailOwners(ctx, manager, vendor.id, mail);
    await mailAdmins(ctx, manager, mail);
  });

  ctx.events.on(EventType.ComplaintOutcome, async (event, manager) => {
    // A verdict the complainant gave; the silent close after 30 days is no news to tell.
    if (event.data.outcome === ComplaintState.AssumedResolved) return;
    const { complaint, vendor } = await load(manager, event.data.complaintId);
    await mailOwners(ctx, manager, vendor.id, outcomeMail({ vendorName: vendor.name, reference: complaint.reference, subject: complaint.subject, outcome: event.data.outcome, comment: complaint.outcomeComment }));
  });

  ctx.events.on(EventType.WatchlistEntered, async (event, manager) => {
    const vendorId = vendorOf(event);
    const vendor = await manager.getRepository(Vendor).findOneByOrFail({ id: vendorId });
    // Over the longer of the two watch windows: every complaint that can have put the vendor there.
    const { countDays, rateDays } = ctx.config.complaints.watch;
    const days = Math.max(countDays, rateDays);
    const forwarded = await forwardedCountedSince(manager, vendorId, new Date(event.occurredAt.getTime() - days * 24 * 60 * 60 * 1000));
    const mails = watchEnteredMail(links, { vendorName: vendor.name, summary: event.data.summary, forwarded, days });
    await mailOwners(ctx, manager, vendorId, mails.owners);
    await mailAdmins(ctx, manager, mails.admins);
  });

  ctx.events.on(EventType.WatchlistLeft, async (event, manager) => {
    const vendorId = vendorOf(event);
    const vendor = await manager.getRepository(Vendor).findOneByOrFail({ id: vendorId });
    await mailOwners(ctx, manager, vendorId, watchLeftMail({ vendorName: vendor.name, summary: event.data.summary }));
  });
}
