import { DIRECTORY_STATES, type DirectoryCategories, type DirectoryCategoriesQuery, type DirectoryList, PLEDGE_STATES, type DirectoryQuery, type PledgeState, SubmissionStatus, type VerificationPage } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { type KeysetOrder, keysetPage } from '../../db/keyset.ts';
import { escapeLike } from '../../db/sql.ts';
import { notFound } from '../../plugins/errors.ts';
import { Vendor } from '../vendors/index.ts';
import { readStandings, verificationOf } from './badge-read.ts';

/**
 * The public directory: pledged vendors (active, lapsed or suspended) with their live state —
 * names, categories and web sites only, never contacts or data (SPEC §5 "Privacy").
 */
/** By name, as a buyer reads a list. Index vendor_directory_order_idx. */
const BY_NAME: KeysetOrder = { name: 'name', keys: ['lower(v.name)', 'v.slug'] };
/** By category, then name: the page shows a heading per category. Index vendor_category_order_idx. */
const BY_CATEGORY: KeysetOrder = { name: 'category', keys: ['v.category', 'lower(v.name)', 'v.slug'] };
/** Newest in the registry first. Index vendor_created_idx. */
const NEWEST: KeysetOrder = { name: 'newest', keys: ['v.created_at', 'v.slug'], descending: true };
const ORDERS = { name: BY_NAME, category: BY_CATEGORY, newest: NEWEST };

/**
 * What the directory's search reads: name, slug and description as one lower-cased text, the
 * expression of index vendor_search_trgm_idx (migration 1765700000000; the two must match).
 */
const DIRECTORY_SEARCH_TEXT = `lower(v.name || E'\\n' || v.slug || E'\\n' || v.description)`;

/** The directory's vendors for a state filter and a search: the rows every directory read starts from. */
function listed<T extends { andWhere(where: string, params?: Record<string, unknown>): T }>(qb: T, query: { q?: string | undefined; state?: PledgeState | undefined }): T {
  qb.andWhere('v.pledge_state_order = ANY(:orders)', { orders: (query.state ? [query.state] : DIRECTORY_STATES).map((state) => PLEDGE_STATES.indexOf(state)) });
  // Lower-cased on both sides by PostgreSQL, so upper and lower case match as ILIKE would.
  if (query.q) qb.andWhere(`${DIRECTORY_SEARCH_TEXT} LIKE lower(:q)`, { q: `%${escapeLike(query.q)}%` });
  return qb;
}

interface DirectoryRow {
  name: string;
  slug: string;
  website: string;
  category: string;
  description: string;
  state: PledgeState;
  state_since: Date;
  active_since: Date | null;
  last_checked: string | null;
}

export async function listDirectory(ctx: AppContext, query: DirectoryQuery): Promise<DirectoryList> {
  const qb = ctx.db
    .createQueryBuilder()
    .select(['v.name AS name', 'v.slug AS slug', 'v.website AS website', 'v.category AS category', 'v.description AS description', 'p.state AS state', 'p.state_since AS state_since', 'p.active_since AS active_since'])
    // Evaluated for the page's rows only (index checkpoint_vendor_period_key): the count never reads it.
    .addSelect(`(SELECT max(c.period) FROM checkpoint c WHERE c.vendor_id = v.id AND c.status = :accepted)`, 'last_checked')
    .setParameter('accepted', SubmissionStatus.Accepted)
    .from('vendor', 'v')
    // The vendor row keeps its pledge's standing (pledge_state_order, written with every state
    // change): filtering on it, and joining the pledge (one per vendor) only for the columns shown,
    // lets PostgreSQL drop the join from the page's count, which was most of a page's cost.
    .leftJoin('pledge', 'p', 'p.vendor_id = v.id')
    .where('TRUE');
  listed(qb, query);
  if (query.category) qb.andWhere('v.category = :category', { category: query.category });
  const { rows, ...page } = await keysetPage<DirectoryRow>(qb, ORDERS[query.sort ?? 'name'], query);
  return {
    items: rows.map((r) => ({
      name: r.name,
      slug: r.slug,
      website: r.website,
      category: r.category,
      description: r.description,
      state: r.state,
      since: new Date(r.state_since).toISOString(),
      memberSince: r.active_since ? new Date(r.active_since).toISOString() : null,
      lastCheckedPeriod: r.last_checked,
    })),
    ...page,
  };
}

/** How many listed vendors each category holds, for the directory's category list. */
export async function directoryCategories(ctx: AppContext, query: DirectoryCategoriesQuery): Promise<DirectoryCategories> {
  const qb = ctx.db
    .createQueryBuilder()
    .select('c.slug', 'slug')
    .addSelect('c.name', 'name')
    .addSelect('count(*)::int', 'count')
    .from('vendor', 'v')
    .innerJoin('category', 'c', 'c.slug = v.category')
    .where('TRUE');
  listed(qb, query);
  const rows = (await qb.groupBy('c.slug').addGroupBy('c.name').orderBy('c.name', 'ASC').getRawMany()) as { slug: string; name: string; count: number }[];
  return { items: rows, total: rows.reduce((sum, r) => sum + r.count, 0) };
}

/**
 * The public verification page (SPEC §7): the same read and the same answer as the badge's, and
 * for a member the customer promises behind it (queue definitions, the support contact's name).
 */
export async function getVerification(ctx: AppContext, slug: string): Promise<VerificationPage> {
  const found = await findVerification(ctx, slug);
  if (!found) throw notFound('Vendor');
  return found;
}

/** The same, null for an unknown slug (the server-rendered page answers 404 itself). */
export async function findVerification(ctx: AppContext, slug: string): Promise<VerificationPage | null> {
  const [row] = await readStandings(ctx.db.manager, { slug });
  if (!row) return null;
  const verification = verificationOf(row);
  if (verification.status === 'not_member') return { ...verification, queueDefinitions: null, supportContact: null };
  const vendor = await ctx.db.getRepository(Vendor).findOneOrFail({ select: { id: true, queuePriorities: true, supportContact: true }, where: { id: row.id } });
  return {
    ...verification,
    queueDefinitions: vendor.queuePriorities,
    supportContact: vendor.supportContact ? { name: vendor.supportContact.name, kind: vendor.supportContact.kind } : null,
  };
}
