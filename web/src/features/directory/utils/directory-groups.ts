/** Consecutive vendors of one category, in the order the API gave them (sorted by category, then name). */
export function groupByCategory<T extends { category: string }>(items: readonly T[]): { category: string | null; items: T[] }[] {
  const groups: { category: string | null; items: T[] }[] = [];
  for (const entry of items) {
    const last = groups.at(-1);
    if (last?.category === entry.category) last.items.push(entry);
    else groups.push({ category: entry.category, items: [entry] });
  }
  return groups;
}
