import type { CheckpointData } from '../schemas/checkpoints.ts';

/**
 * What changed between two versions of a period's data (issue 12's review thread): each field that
 * differs, by its dotted path (`volume.contacts.email`, `topIssues.1.title`), with the value before
 * and after (null where it was or became empty). Ids the server gives issues are not changes.
 */
export interface FieldChange {
  field: string;
  from: string | number | boolean | null;
  to: string | number | boolean | null;
}

type Leaf = string | number | boolean | null;

function flatten(value: unknown, prefix: string, out: Map<string, Leaf>): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => flatten(item, prefix ? `${prefix}.${i}` : String(i), out));
    return;
  }
  if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      // An issue's id is the server's bookkeeping, not the vendor's data.
      if (key === 'id' && /^topIssues\.\d+$/.test(prefix)) continue;
      flatten(item, prefix ? `${prefix}.${key}` : key, out);
    }
    return;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out.set(prefix, value);
}

export function checkpointChanges(before: CheckpointData, after: CheckpointData): FieldChange[] {
  const a = new Map<string, Leaf>();
  const b = new Map<string, Leaf>();
  flatten(before, '', a);
  flatten(after, '', b);
  const fields = [...new Set([...a.keys(), ...b.keys()])].sort();
  return fields.filter((field) => a.get(field) !== b.get(field)).map((field) => ({ field, from: a.get(field) ?? null, to: b.get(field) ?? null }));
}
