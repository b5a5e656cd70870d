import {
  DEFAULT_CALENDAR,
  ErrorCode,
  EventType,
  siteDomain,
  slugify,
  RESERVED_SLUG_MESSAGE,
  RESERVED_SLUGS,
  PLEDGE_STATES,
  type PledgeState,
  type CategoryList,
  type ListVendorsQuery,
  type PledgeSummary,
  Role,
  type UpdateVendorBody,
  type Vendor as VendorDto,
  type VendorList,
  validateCalendar,
} from '@cep/shared';
import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../context.ts';
import { keysetPage } from '../../db/keyset.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { escapeLike } from '../../db/sql.ts';
import { AppError, invalid, notFound } from '../../plugins/errors.ts';
import { assertVendorAccess, type Principal } from '../../plugins/auth.ts';
import { parseIfMatch } from '../../plugins/preconditions.ts';
import { type Actor, recordAudit } from '../audit/index.ts';
import { Category } from './category.entity.ts';
import { Vendor } from './vendor.entity.ts';

/**
 * A vendor's profile carries its pledge's summary (state, next due date), which the pledges module
 * computes. Vendors sit below pledges — a pledge names its vendor — so that reader is handed to
 * these functions by the routes, which app.ts registers with it, instead of being imported.
 */
export type PledgeSummaries = (manager: EntityManager, vendorIds: string[]) => Promise<Map<string, PledgeSummary>>;

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

export async function getVendor(ctx: AppContext, summaries: PledgeSummaries, principal: Principal, id: string): Promise<VendorDto> {
  assertVendorAccess(principal, id);
  const vendor = await ctx.db.getRepository(Vendor).findOneBy({ id });
  if (!vendor) throw notFound('Vendor');
  return withPledge(ctx.db.manager, summaries, vendor);
}

async function withPledge(manager: EntityManager, summaries: PledgeSummaries, vendor: Vendor): Promise<VendorDto> {
  return toVendorDto(vendor, (await summaries(manager, [vendor.id])).get(vendor.id) ?? null);
}

type SortKey = 'name' | 'createdAt' | 'state' | 'nextDue';
/**
 * Each sort as keyset keys (db/keyset.ts), ending in the unique slug, each walking its index:
 * vendor_name_order_idx, vendor_created_idx, and for the pledge's state (in lifecycle order) and
 * next due, which break ties by name, vendor_state_order_idx and vendor_next_due_idx on the
 * standing the pledges module keeps on the vendor row (`recordStanding`).
 */
const SORT_KEYS: Record<SortKey, readonly string[]> = {
  name: ['lower(v.name)', 'v.slug'],
  createdAt: ['v.created_at', 'v.slug'],
  state: ['coalesce(v.pledge_state_order, 99)', 'lower(v.name)', 'v.slug'],
  // Vendors owing nothing (not members) sort after every dated one; a period's name sorts as its due date does.
  nextDue: [`coalesce(v.next_due_period, '9999-H9')`, 'lower(v.name)', 'v.slug'],
};

/** The admin lists every vendor; a vendor's people list only their own. */
export async function listVendors(ctx: AppContext, pledgeSummaries: PledgeSummaries, principal: Principal, query: ListVendorsQuery): Promise<VendorList> {
  const qb = ctx.db.getRepository(Vendor).createQueryBuilder('v');
  if (principal.role !== Role.Admin) qb.andWhere('v.id = :own', { own: principal.vendorId });
  if (query.q) qb.andWhere('(v.name ILIKE :q OR v.slug ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
  if (query.category) qb.andWhere('v.category = :category', { category: query.category });
  if (query.state) qb.andWhere('v.pledge_state_order = :order', { order: PLEDGE_STATES.indexOf(query.state) });
  const sort = query.sort ?? 'name';
  const key = sort.replace('-', '') as SortKey;
  const { rows, ...page } = await keysetPage<Vendor>(qb, { name: sort, keys: SORT_KEYS[key], descending: sort.startsWith('-') }, query, { entities: true });
  const summaries = await pledgeSummaries(ctx.db.manager, rows.map((v) => v.id));
  return { items: rows.map((v) => toVendorDto(v, summaries.get(v.id) ?? null)), ...page };
}

/** A vendor's name, for the messages that speak of it. */
export async function vendorName(manager: EntityManager, vendorId: string): Promise<string> {
  return (await manager.getRepository(Vendor).findOneByOrFail({ id: vendorId })).name;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Applies a partial update only if the caller saw the current version (`If-Match`). The check and
 * the write are one statement (`updateVersioned`), so two editors can never overwrite each other:
 * the second gets 412 and reloads.
 */
export async function updateVendor(
  ctx: AppContext,
  summaries: PledgeSummaries,
  principal: Principal,
  id: string,
  ifMatch: string | undefined,
  body: UpdateVendorBody,
  actor: Actor,
): Promise<VendorDto> {
  assertVendorAccess(principal, id);
  const expected = parseIfMatch(ifMatch);
  if (expected === null) throw new AppError(ErrorCode.PreconditionRequired, 'Send If-Match with the ETag of the vendor you read');
  const fieldErrors = body.calendar ? validateCalendar(body.calendar).map((e) => ({ ...e, in: 'body' as const })) : [];
  if (fieldErrors.length > 0) throw invalid(fieldErrors);
  if (body.slug !== undefined && RESERVED_SLUGS.includes(body.slug)) throw invalid([{ field: 'slug', in: 'body', message: RESERVED_SLUG_MESSAGE }]);
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
    if (body.badgeDomains && !sameSet(body.badgeDomains, current.badgeDomains)) {
      await ctx.events.record(manager, { type: EventType.BadgeDomainsChanged, vendorId: id, data: { domains: vendor.badgeDomains, previous: current.badgeDomains } }, actor);
    }
    return withPledge(manager, summaries, vendor);
  });
}

/** The first free slug from the company name: acme, acme-2, acme-3… (64 characters at most, like every slug). */
async function freeSlug(manager: EntityManager, name: string): Promise<string> {
  const base = slugify(name) || 'vendor';
  // A numbered candidate shortens the base to leave room for its suffix, so all of them (and the
  // base) start with the base's first 50 characters.
  const numbered = (n: number) => `${base.slice(0, 63 - String(n).length).replace(/-+$/, '')}-${n}`;
  const taken = new Set([...RESERVED_SLUGS, ...((await manager.query(`SELECT slug FROM vendor WHERE slug LIKE $1`, [`${base.slice(0, 50)}%`])) as { slug: string }[]).map((r) => r.slug)]);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(numbered(n))) return numbered(n);
}

/**
 * A new vendor from an approved application: the requested slug (409 when taken) or the first free
 * one from its name, its web site's host as its first badge domain, and the default calendar.
 */
export async function createVendor(manager: EntityManager, input: { name: string; website: string; category: string; slug: string | undefined }, now: Date): Promise<Vendor> {
  let slug = input.slug;
  if (slug && RESERVED_SLUGS.includes(slug)) throw invalid([{ field: 'slug', in: 'body', message: RESERVED_SLUG_MESSAGE }]);
  if (slug) {
    if (await manager.getRepository(Vendor).existsBy({ slug })) {
      throw new AppError(ErrorCode.Duplicate, `The slug "${slug}" is taken`, [{ field: 'slug', in: 'body', message: 'is taken by another vendor' }]);
    }
  } else {
    slug = await freeSlug(manager, input.name);
  }
  const domain = siteDomain(input.website);
  const repo = manager.getRepository(Vendor);
  return repo.save(
    repo.create({
      name: input.name,
      slug,
      website: input.website,
      category: input.category,
      description: '',
      supportContact: null,
      queuePriorities: null,
      badgeDomains: domain ? [domain] : [],
      calendar: DEFAULT_CALENDAR,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }),
  );
}

export async function assertCategoryExists(manager: EntityManager, slug: string, field = 'category'): Promise<void> {
  if (!(await manager.getRepository(Category).existsBy({ slug }))) throw invalid([{ field, in: 'body', message: `unknown category "${slug}"` }]);
}

export async function listCategories(ctx: AppContext): Promise<CategoryList> {
  const rows = await ctx.db.getRepository(Category).find({ order: { position: 'ASC' } });
  return { items: rows.map(({ slug, name, description }) => ({ slug, name, description })) };
}

export interface Standing {
  vendorId: string;
  state: PledgeState | null;
  nextDuePeriod: string | null;
}

/**
 * The pledges module tells the vendor row where its pledge stands (the admin list sorts by it).
 * One statement for any number of vendors: a rebuild writes thousands.
 */
export async function recordStanding(manager: EntityManager, standings: readonly Standing[]): Promise<void> {
  if (standings.length === 0) return;
  await manager.query(
    `UPDATE vendor v SET pledge_state_order = s.state_order, next_due_period = s.next_due
       FROM unnest($1::uuid[], $2::smallint[], $3::text[]) AS s(id, state_order, next_due)
      WHERE v.id = s.id AND (v.pledge_state_order IS DISTINCT FROM s.state_order OR v.next_due_period IS DISTINCT FROM s.next_due)`,
    [standings.map((s) => s.vendorId), standings.map((s) => (s.state === null ? null : PLEDGE_STATES.indexOf(s.state))), standings.map((s) => s.nextDuePeriod)],
  );
}

