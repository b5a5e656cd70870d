import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { TOTAL_COUNT_CAP } from '@cep/shared';
import { invalid } from '../plugins/errors.ts';

/**
 * Keyset paging for every list (docs/decisions.md "Lists page by cursor"). A page is "the next
 * `limit` rows after the last one you saw" in a fixed order whose last key is unique, so the
 * database walks an index from the cursor instead of counting and skipping every earlier row: page
 * 500 costs what page 1 costs, and a row added or removed meanwhile shifts no page still to come.
 *
 * The order's keys are SQL expressions; an index on the same expressions, in the same order, is
 * what makes a page cheap (each list's migration names the one it needs).
 */
export interface KeysetOrder {
  /** Names the order in the cursor, so a cursor of one sort is refused by another. */
  name: string;
  /** SQL expressions, none of them null, the last one unique (an id). */
  keys: readonly string[];
  descending?: boolean;
}

export interface KeysetQuery {
  after?: string | undefined;
  limit?: number | undefined;
}

export interface KeysetPage<R> {
  rows: R[];
  next: string | null;
  total: number;
  totalCapped: boolean;
}

export const DEFAULT_LIMIT = 20;

const encode = (order: KeysetOrder, values: string[]) => Buffer.from(JSON.stringify([order.name, ...values])).toString('base64url');

const NOT_A_CURSOR = 'must be the `next` cursor of a previous page of this list, in the same sort';

function isDataException(error: unknown): boolean {
  const code = (error as { driverError?: { code?: unknown } }).driverError?.code;
  return typeof code === 'string' && code.startsWith('22');
}

function decode(order: KeysetOrder, text: string, field: string): string[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed[0] === order.name && parsed.length === order.keys.length + 1) {
      const values = parsed.slice(1) as unknown[];
      if (values.every((v) => typeof v === 'string')) return values as string[];
    }
  } catch {
    // answered below
  }
  throw invalid([{ field, in: 'querystring', message: NOT_A_CURSOR }]);
}

/**
 * One page of `qb` (already filtered, selecting raw columns) in `order`, with the matching rows
 * counted up to TOTAL_COUNT_CAP: an exact count of a large table would cost what paging saves.
 * The key values travel as text, never through a JavaScript Date, whose milliseconds would cut a
 * PostgreSQL timestamp's microseconds and skip or repeat rows; PostgreSQL reads them back with the
 * types of the keys they are compared with.
 *
 * `countFrom` is the same rows without the joins that only add columns (a vendor's name beside
 * each checkpoint): counting 1,001 checkpoints costs 2 ms alone and 11 ms joined to their vendors.
 */
export async function keysetPage<R extends object>(
  qb: SelectQueryBuilder<ObjectLiteral>,
  order: KeysetOrder,
  query: KeysetQuery,
  options: { field?: string; entities?: boolean; count?: boolean; countFrom?: SelectQueryBuilder<ObjectLiteral> } = {},
): Promise<KeysetPage<R>> {
  const { field = 'after', entities = false, count = true, countFrom = qb } = options;
  const limit = query.limit ?? DEFAULT_LIMIT;
  // Unordered, so PostgreSQL stops after the cap's rows by whichever path is cheapest (ordering
  // them first cost a sort of every match: 25 ms for a directory search at 10,000 vendors).
  const [countSql, countParams] = countFrom.clone().select('1').orderBy().limit(TOTAL_COUNT_CAP + 1).getQueryAndParameters();
  const page = qb.clone();
  order.keys.forEach((key, i) => page.addSelect(`(${key})::text`, `_k${i}`));
  if (query.after) {
    const values = decode(order, query.after, field);
    const names = values.map((_, i) => `_after${i}`);
    page.andWhere(`(${order.keys.join(', ')}) ${order.descending ? '<' : '>'} (${names.map((n) => `:${n}`).join(', ')})`, Object.fromEntries(names.map((n, i) => [n, values[i]])));
  }
  page.orderBy();
  for (const key of order.keys) page.addOrderBy(key, order.descending ? 'DESC' : 'ASC');
  page.limit(limit + 1);
  const [found, matching] = await Promise.all([
    entities ? page.getRawAndEntities() : page.getRawMany<Record<string, unknown>>().then((raw) => ({ raw, entities: raw })),
    count ? (qb.connection.query(`SELECT count(*)::int AS n FROM (${countSql}) AS matching`, countParams) as Promise<{ n: number }[]>) : Promise.resolve([]),
  ]).catch((error: unknown) => {
    // A cursor edited by hand can carry a value its key cannot hold (a date that is none, a NUL):
    // PostgreSQL refuses it as a data exception (class 22), which is the caller's mistake.
    if (query.after && isDataException(error)) throw invalid([{ field, in: 'querystring', message: NOT_A_CURSOR }]);
    throw error;
  });
  const raw = found.raw as Record<string, unknown>[];
  const items = (entities ? found.entities : raw.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !/^_k\d+$/.test(k))))) as R[];
  const last = raw.length > limit ? raw[limit - 1] : undefined;
  const n = matching[0]?.n ?? 0;
  return {
    rows: items.slice(0, limit),
    next: last ? encode(order, order.keys.map((_, i) => String(last[`_k${i}`]))) : null,
    total: Math.min(n, TOTAL_COUNT_CAP),
    totalCapped: n > TOTAL_COUNT_CAP,
  };
}
