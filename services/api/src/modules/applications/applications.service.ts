import { ErrorCode, EventType, type ApplicationList, type ApplicationReceipt, type Application as ApplicationDto, type CreateApplicationBody, type ListApplicationsQuery, Role, ApplicationStatus, type Vendor as VendorDto } from '@cep/shared';
import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../context.ts';
import { type KeysetOrder, keysetPage } from '../../db/keyset.ts';
import { type Waiting, waiting } from '../../db/sql.ts';
import { AppError, notFound } from '../../plugins/errors.ts';
import { inviteUser } from '../accounts/index.ts';
import { type Actor, recordAudit } from '../audit/index.ts';
import { queueMail } from '../mail/index.ts';
import { openPledge } from '../pledges/index.ts';
import { assertCategoryExists, createVendor, toVendorDto } from '../vendors/index.ts';
import { Application } from './application.entity.ts';
import { receiptMail, rejectedMail } from './applications.mails.ts';

export function toApplicationDto(a: Application): ApplicationDto {
  return {
    id: a.id,
    companyName: a.companyName,
    website: a.website,
    category: a.category,
    contactName: a.contactName,
    contactEmail: a.contactEmail,
    contactTitle: a.contactTitle,
    message: a.message,
    status: a.status,
    rejectionReason: a.rejectionReason,
    vendorId: a.vendorId,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
  };
}

/** Anyone may apply; the applicant and the admin are told by e-mail. */
export async function submitApplication(ctx: AppContext, body: CreateApplicationBody, actor: Actor): Promise<ApplicationReceipt> {
  return ctx.db.transaction(async (manager) => {
    await assertCategoryExists(manager, body.category);
    const now = ctx.clock();
    const application = manager.getRepository(Application).create({
      companyName: body.companyName.trim(),
      website: body.website,
      category: body.category,
      contactName: body.contactName.trim(),
      contactEmail: body.contactEmail.trim().toLowerCase(),
      contactTitle: body.contactTitle?.trim() || null,
      message: body.message?.trim() || null,
      status: ApplicationStatus.Pending,
      createdAt: now,
    });
    await manager.getRepository(Application).save(application);
    await recordAudit(manager, actor, { action: 'application.submitted', entityType: 'application', entityId: application.id, to: ApplicationStatus.Pending }, now);
    await queueMail(ctx, manager, { to: application.contactEmail, ...receiptMail(application) });
    await ctx.events.record(manager, { type: EventType.ApplicationSubmitted, vendorId: null, data: { applicationId: application.id, companyName: application.companyName } }, actor);
    return { id: application.id, status: application.status, createdAt: application.createdAt.toISOString() };
  });
}

const NEWEST_FIRST: KeysetOrder = { name: 'newest', keys: ['a.created_at', 'a.id'], descending: true };
const OLDEST_FIRST: KeysetOrder = { name: 'oldest', keys: ['a.created_at', 'a.id'] };

/** The pending queue opens on what waited longest; the history on what came last. */
export async function listApplications(ctx: AppContext, query: ListApplicationsQuery): Promise<ApplicationList> {
  const qb = ctx.db.getRepository(Application).createQueryBuilder('a');
  if (query.status) qb.where('a.status = :status', { status: query.status });
  const sort = query.sort ?? (query.status === ApplicationStatus.Pending ? 'oldest' : 'newest');
  const { rows, ...page } = await keysetPage<Application>(qb, sort === 'oldest' ? OLDEST_FIRST : NEWEST_FIRST, query, { entities: true });
  return { items: rows.map(toApplicationDto), ...page };
}

async function lockPending(manager: EntityManager, id: string): Promise<Application> {
  const application = await manager.getRepository(Application).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!application) throw notFound('Application');
  if (application.status !== ApplicationStatus.Pending) {
    throw new AppError(ErrorCode.InvalidState, `The application is already ${application.status}`);
  }
  return application;
}

/**
 * Approving creates the vendor, its owner's account and the owner's one-time invitation, all in one
 * transaction: either everything exists afterwards or nothing does.
 */
export async function approveApplication(ctx: AppContext, id: string, requestedSlug: string | undefined, actor: Actor): Promise<{ application: ApplicationDto; vendor: VendorDto }> {
  return ctx.db.transaction(async (manager) => {
    const application = await lockPending(manager, id);
    const now = ctx.clock();
    const vendor = await createVendor(manager, { name: application.companyName, website: application.website, category: application.category, slug: requestedSlug }, now);
    // Every vendor has its pledge from the start, waiting for the owner's signature.
    const pledge = await openPledge(manager, vendor.id, now);
    await manager.update(Application, { id }, { status: ApplicationStatus.Approved, vendorId: vendor.id, decidedBy: actor.id, decidedAt: now });
    await recordAudit(manager, actor, { action: 'application.approved', entityType: 'application', entityId: id, vendorId: vendor.id, from: ApplicationStatus.Pending, to: ApplicationStatus.Approved }, now);
    await recordAudit(manager, actor, { action: 'vendor.created', entityType: 'vendor', entityId: vendor.id, vendorId: vendor.id, details: { slug: vendor.slug } }, now);
    await inviteUser(ctx, manager, { email: application.contactEmail, role: Role.VendorOwner, vendor, invitedBy: actor.id }, actor);
    const updated = await manager.getRepository(Application).findOneByOrFail({ id });
    return { application: toApplicationDto(updated), vendor: toVendorDto(vendor, { state: pledge.state, stateSince: now.toISOString(), nextDueDate: null }) };
  });
}

export async function rejectApplication(ctx: AppContext, id: string, reason: string, actor: Actor): Promise<ApplicationDto> {
  return ctx.db.transaction(async (manager) => {
    const application = await lockPending(manager, id);
    const now = ctx.clock();
    await manager.update(Application, { id }, { status: ApplicationStatus.Rejected, rejectionReason: reason.trim(), decidedBy: actor.id, decidedAt: now });
    await recordAudit(manager, actor, { action: 'application.rejected', entityType: 'application', entityId: id, from: ApplicationStatus.Pending, to: ApplicationStatus.Rejected, reason }, now);
    await queueMail(ctx, manager, { to: application.contactEmail, ...rejectedMail({ ...application, reason: reason.trim() }) });
    return toApplicationDto(await manager.getRepository(Application).findOneByOrFail({ id }));
  });
}

/** Applications waiting for the admin's decision (the inbox). */
export const pendingApplications = (manager: EntityManager): Promise<Waiting> => waiting(manager, 'application', 'created_at', 'status = $1', [ApplicationStatus.Pending]);
