import { DIRECTORY_STATES, type DirectoryList, type DirectoryQuery, type PledgeState, type Verification } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { escapeLike } from '../../db/sql.ts';
import { notFound } from '../../plugins/errors.ts';
import { readStandings, verificationOf } from './badge-read.ts';

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
