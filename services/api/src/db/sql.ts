import type { EntityManager } from 'typeorm';

/** Makes `%`, `_` and `\` in user input match themselves in LIKE / ILIKE. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** What waits in a queue: how many, and since when the longest-waiting one. */
export interface Waiting {
  count: number;
  oldest: Date | null;
}

/**
 * Counts a queue: the rows of `from` matching `where`, and the earliest `since` among them. Each
 * module asks this of its own table (the admin's inbox gathers the answers); `from`, `since` and
 * `where` are the module's SQL, never input.
 */
export async function waiting(manager: EntityManager, from: string, since: string, where: string, params: unknown[]): Promise<Waiting> {
  const [row] = (await manager.query(`SELECT count(*)::int AS count, min(${since}) AS oldest FROM ${from} WHERE ${where}`, params)) as { count: number; oldest: Date | null }[];
  return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
}
