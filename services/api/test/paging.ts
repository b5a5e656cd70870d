import type { Response } from 'supertest';
import { expectFieldErrors } from './expectations.ts';

/** A list answer's paging fields (db/keyset.ts). */
export interface PageBody<T = Record<string, unknown>> {
  items: T[];
  next: string | null;
  total: number;
  totalCapped: boolean;
}

/**
 * Follows `next` from the first page to the last and returns every page. `get` fetches one page
 * given the cursor (none for the first); each answer must be a 200.
 */
export async function allPages<T = Record<string, unknown>>(get: (after: string | undefined) => Promise<Response>): Promise<PageBody<T>[]> {
  const pages: PageBody<T>[] = [];
  let after: string | undefined;
  do {
    const res = await get(after);
    if (res.status !== 200) throw new Error(`page after ${after ?? 'the start'} answered ${res.status}: ${JSON.stringify(res.body)}`);
    const body = res.body as PageBody<T>;
    pages.push(body);
    after = body.next ?? undefined;
    if (pages.length > 1000) throw new Error('more than 1,000 pages: the cursor does not advance');
  } while (after);
  return pages;
}

/** `url` with `after` (when given) added to its query. */
export const withCursor = (url: string, after: string | undefined): string => (after ? `${url}${url.includes('?') ? '&' : '?'}after=${encodeURIComponent(after)}` : url);

/** The paging parameters every list refuses, each named: a limit out of range or not whole, a cursor that is not one, a cursor given twice. */
export async function expectPagingErrors(get: (query: string) => Promise<Response>): Promise<void> {
  expectFieldErrors(await get('limit=0'), ['limit']);
  expectFieldErrors(await get('limit=101'), ['limit']);
  expectFieldErrors(await get('limit=1.5'), ['limit']);
  expectFieldErrors(await get('after=not%20a%20cursor'), ['after']);
  expectFieldErrors(await get('after=bm90LWEtY3Vyc29y'), ['after']);
  expectFieldErrors(await get('after=a&after=b'), ['after']);
  // Page numbers are gone: a client still sending them is told, not silently given page 1.
  expectFieldErrors(await get('page=2'), ['page']);
}
