import {
  ErrorCode,
  PLEDGE_STATES,
  type CategoryList,
  type DirectoryList,
  type DirectoryQuery,
  type InviteMemberBody,
  type ListVendorsQuery,
  type Member,
  type PledgeSummary,
  type PledgeState,
  type Verification,
  DIRECTORY_STATES,
  type MemberList,
  Role,
  type UpdateVendorBody,
  type Vendor as VendorDto,
  type VendorList,
  validateCalendar,
} from '@cep/shared';
import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../context.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { escapeLike } from '../../db/sql.ts';
import { AppError, invalid, notFound } from '../../plugins/errors.ts';
import { assertVendorAccess, type Principal } from '../../plugins/auth.ts';
import { inviteUser } from '../accounts/accounts.service.ts';
import { User } from '../accounts/user.entity.ts';
import { assertCategoryExists } from '../applications/applications.service.ts';
import { type Actor, recordAudit } from '../audit/audit.service.ts';
import { pledgeSummaries } from '../pledges/pledges.service.ts';
import { readStandings, verificationOf } from '../badges/badge-read.ts';
import { Category } from './category.entity.ts';
import { Vendor } from './vendor.entity.ts';

export function toVendorDto(v: Vendor, pledge: PledgeSummary | null): VendorDto {
  return {
    id: v.id,
    name: v.name,
    slug: v.slug,
    website: v.website,
    category: v.category,
    description: v.description,
    supportContact: v.supportContact,
    queuePriorities: v.queuePriorities,
    badgeDomains: v.badgeDomains,
    calendar: v.calendar,
    pledge,
    version: v.version,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

/** The strong ETag of a vendor is its optimistic-lock version. */
export const vendorEtag = (version: number) => `"${version}"`;

/** `"3"`, `W/"3"` or `3` → 3; absent or blank → null; anything else → NaN (it cannot match). */
export function parseIfMatch(header: string | undefined): number | null {
  if (header === undefined || header.trim() === '') return null;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  return match ? Number(match[1]) : Number.NaN;
}

export async function getVendor(ctx: AppContext, principal: Principal, id: string): Promise<VendorDto> {
  assertVendorAccess(principal, id);
  const vendor = await ctx.db.getRepository(Vendor).findOneBy({ id });
  if (!vendor) throw notFound('Vendor');
  return withPledge(ctx.db.manager, vendor, ctx.clock());
}

async function withPledge(manager: EntityManager, vendor: Vendor, now: Date): Promise<VendorDto> {
  const summaries = await pledgeSummaries(manager, [vendor.id], now);
  return toVendorDto(vendor, summaries.get(vendor.id) ?? null);
}

type SortKey = 'name' | 'createdAt' | 'state' | 'nextDue';
const SORT_KEYS: Record<SortKey, (v: VendorDto) => string> = {
  name: (v) => v.name.toLowerCase(),
  createdAt: (v) => v.createdAt,
  // In lifecycle order (pending, active, lapsed, suspended, revoked, withdrawn), not by name.
  state: (v) => (v.pledge ? String(PLEDGE_STATES.indexOf(v.pledge.state)).padStart(2, '0') : '99'),
  // Vendors owing nothing yet (not signed) sort after every dated one.
  nextDue: (v) => v.pledge?.nextDueDate ?? '9999-12-31',
};

/**
 * The admin lists every vendor; a vendor's people list only their own. Filters run in SQL; the
 * sort and the page are applied after the pledge summaries are computed, since the next due date
 * is derived from the calendar (a program has hundreds of vendors, not millions).
 */
export async function listVendors(ctx: AppContext, principal: Principal, query: ListVendorsQuery): Promise<VendorList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const qb = ctx.db.getRepository(Vendor).createQueryBuilder('v');
  if (principal.role !== Role.Admin) qb.andWhere('v.id = :own', { own: principal.vendorId });
  if (query.q) qb.andWhere('(v.name ILIKE :q OR v.slug ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
  if (query.category) qb.andWhere('v.category = :category', { category: query.category });
  if (query.state) qb.andWhere('v.id IN (SELECT p.vendor_id FROM pledge p WHERE p.state = :state)', { state: query.state });
  const vendors = await qb.getMany();
  const summaries = await pledgeSummaries(ctx.db.manager, vendors.map((v) => v.id), ctx.clock());
  const sort = query.sort ?? 'name';
  const key = SORT_KEYS[sort.replace('-', '') as SortKey];
  const direction = sort.startsWith('-') ? -1 : 1;
  const items = vendors
    .map((v) => toVendorDto(v, summaries.get(v.id) ?? null))
    .sort((a, b) => direction * (key(a).localeCompare(key(b)) || a.name.localeCompare(b.name)) || a.id.localeCompare(b.id));
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize };
}

/**
 * Applies a partial update only if the caller saw the current version (`If-Match`). The check and
 * the write are one statement (`updateVersioned`), so two editors can never overwrite each other:
 * the second gets 412 and reloads.
 */
export async function updateVendor(ctx: AppContext, principal: Principal, id: string, ifMatch: string | undefined, body: UpdateVendorBody, actor: Actor): Promise<VendorDto> {
  assertVendorAccess(principal, id);
  const expected = parseIfMatch(ifMatch);
  if (expected === null) throw new AppError(ErrorCode.PreconditionRequired, 'Send If-Match with the ETag of the vendor you read');
  const fieldErrors = body.calendar ? validateCalendar(body.calendar).map((e) => ({ ...e, in: 'body' as const })) : [];
  if (fieldErrors.length > 0) throw invalid(fieldErrors);
  if (body.slug !== undefined && principal.role !== Role.Admin && principal.role !== Role.VendorOwner) {
    throw new AppError(ErrorCode.Forbidden, 'Only the owner or the admin may change the slug');
  }

  return ctx.db.transaction(async (manager) => {
    if (body.category) await assertCategoryExists(manager, body.category);
    const fields = (Object.keys(body) as (keyof UpdateVendorBody)[]).filter((f) => body[f] !== undefined);
    const current = await manager.getRepository(Vendor).findOneBy({ id });
    if (!current) throw notFound('Vendor');
    const stale = () => new AppError(ErrorCode.PreconditionFailed, `The vendor is at version ${current.version}; reload and apply your change again`);
    // An If-Match that names no version matches none.
    if (Number.isNaN(expected)) throw stale();
    const changes: Partial<Vendor> = { ...Object.fromEntries(fields.map((f) => [f, body[f]])), updatedAt: ctx.clock() };
    let vendor: Vendor;
    try {
      vendor = await updateVersioned(manager, Vendor, { id, version: expected }, changes, stale);
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
        throw new AppError(ErrorCode.Duplicate, `The slug "${body.slug}" is taken`, [{ field: 'slug', in: 'body', message: 'is taken by another vendor' }]);
      }
      throw error;
    }
    await recordAudit(manager, actor, { action: 'vendor.updated', entityType: 'vendor', entityId: id, vendorId: id, details: { fields } }, ctx.clock());
    return withPledge(manager, vendor, ctx.clock());
  });
}

function toMember(u: User): Member {
  return { id: u.id, email: u.email, name: u.name, role: u.role, status: u.passwordHash ? 'active' : 'invited', createdAt: u.createdAt.toISOString() };
}

export async function listMembers(ctx: AppContext, principal: Principal, vendorId: string): Promise<MemberList> {
  assertVendorAccess(principal, vendorId);
  if (!(await ctx.db.getRepository(Vendor).existsBy({ id: vendorId }))) throw notFound('Vendor');
  const users = await ctx.db.getRepository(User).find({ where: { vendorId }, order: { createdAt: 'ASC', email: 'ASC' } });
  return { items: users.map(toMember) };
}

/** The owner (or the admin) invites a colleague; the invitation e-mail carries a one-time link. */
export async function inviteMember(ctx: AppContext, principal: Principal, vendorId: string, body: InviteMemberBody, actor: Actor): Promise<Member> {
  assertVendorAccess(principal, vendorId);
  if (principal.role === Role.VendorMember) throw new AppError(ErrorCode.Forbidden, 'Only the owner or the admin may invite people');
  return ctx.db.transaction(async (manager) => {
    const vendor = await manager.getRepository(Vendor).findOneBy({ id: vendorId });
    if (!vendor) throw notFound('Vendor');
    const user = await inviteUser(ctx, manager, { email: body.email, role: body.role, vendor, invitedBy: principal.userId }, actor);
    return toMember(user);
  });
}

export async function listCategories(ctx: AppContext): Promise<CategoryList> {
  const rows = await ctx.db.getRepository(Category).find({ order: { position: 'ASC' } });
  return { items: rows.map(({ slug, name, description }) => ({ slug, name, description })) };
}

/**
 * The public directory: pledged vendors (active, lapsed or suspended) with their live state —
 * names, categories and web sites only, never contacts or data (SPEC §5 "Privacy").
 */
export async function listDirectory(ctx: AppContext, query: DirectoryQuery): Promise<DirectoryList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const where = ['p.state = ANY($1)'];
  const params: unknown[] = [query.state ? [query.state] : [...DIRECTORY_STATES]];
  if (query.q) {
    params.push(`%${escapeLike(query.q)}%`);
    where.push(`(v.name ILIKE $${params.length} OR v.description ILIKE $${params.length} OR v.slug ILIKE $${params.length})`);
  }
  if (query.category) {
    params.push(query.category);
    where.push(`v.category = $${params.length}`);
  }
  const from = `FROM vendor v JOIN pledge p ON p.vendor_id = v.id WHERE ${where.join(' AND ')}`;
  const [rows, [count]] = await Promise.all([
    ctx.db.query(
      `SELECT v.name, v.slug, v.website, v.category, v.description, p.state, p.state_since ${from}
        ORDER BY lower(v.name), v.slug LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    ) as Promise<{ name: string; slug: string; website: string; category: string; description: string; state: PledgeState; state_since: Date }[]>,
    ctx.db.query(`SELECT count(*)::int AS total ${from}`, params) as Promise<{ total: number }[]>,
  ]);
  return {
    items: rows.map((r) => ({ name: r.name, slug: r.slug, website: r.website, category: r.category, description: r.description, state: r.state, since: new Date(r.state_since).toISOString() })),
    total: count?.total ?? 0,
    page,
    pageSize,
  };
}

/** The public verification page (SPEC §7): the same read and the same answer as the badge's. */
export async function getVerification(ctx: AppContext, slug: string): Promise<Verification> {
  const [row] = await readStandings(ctx.db.manager, { slug });
  if (!row) throw notFound('Vendor');
  return verificationOf(row, ctx.clock());
}
