import { CHANNELS, type Channel, MAX_TOP_ISSUES } from '../schemas/checkpoints.ts';

/**
 * What else a ticket export holds besides response times (issue 12): contacts by channel, the
 * issues its tags or types name (a suggestion for the top-five list), and the helpdesk's priorities
 * in the vendor's three levels. Pure, so the import worker and the tests share them.
 */

/** Raw channel names an export may use before it is refused: helpdesks have a handful. */
export const MAX_DISTINCT_CHANNELS = 50;
/** Distinct tags an export may name before it is refused (a free-text column, not tags). */
export const MAX_DISTINCT_TAGS = 2000;

/**
 * A helpdesk's channel in the pledge's five: Zendesk's "Via" (Mail, Web Form, Chat, Phone call,
 * Voice, API…) and Freshdesk's "Source" (Email, Portal, Phone, Chat, Feedback Widget…).
 */
export function channelOf(raw: string): Channel {
  const name = raw.trim().toLowerCase();
  if (CHANNELS.includes(name as Channel)) return name as Channel;
  if (/mail/.test(name)) return 'email';
  if (/phone|voice|call|sms/.test(name)) return 'phone';
  if (/chat|messag|whatsapp|slack/.test(name)) return 'chat';
  if (/web|portal|form|widget|help ?cent/.test(name)) return 'portal';
  return 'other';
}

export type PriorityLevel = 'low' | 'medium' | 'high';
export const PRIORITY_LEVELS: readonly PriorityLevel[] = ['low', 'medium', 'high'];

/** Zendesk's urgent/high/normal/low and Freshdesk's urgent/high/medium/low, in the vendor's three levels. */
export const DEFAULT_PRIORITY_MAP: Readonly<Record<string, PriorityLevel>> = { urgent: 'high', high: 'high', normal: 'medium', medium: 'medium', low: 'low' };

/** `urgent:high,normal:medium` as a map; null when a pair is malformed or names no level. */
export function parsePriorityMap(text: string): Record<string, PriorityLevel> | null {
  const map: Record<string, PriorityLevel> = {};
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [from, to, ...rest] = pair.split(':').map((p) => p.trim().toLowerCase());
    if (!from || !to || rest.length > 0 || !PRIORITY_LEVELS.includes(to as PriorityLevel)) return null;
    map[from] = to as PriorityLevel;
  }
  return map;
}

/** A helpdesk priority in the vendor's levels; one the map does not name stays as it is. */
export const priorityLevelOf = (raw: string, map: Readonly<Record<string, PriorityLevel>>): string => map[raw.trim().toLowerCase()] ?? raw;

/** The tags of one ticket: Zendesk separates them by spaces, Freshdesk by commas; a type or category is one. */
export function tagsOf(raw: string, separator: 'space' | 'comma' | 'none'): string[] {
  const text = raw.trim();
  if (!text) return [];
  const parts = separator === 'space' ? text.split(/\s+/) : separator === 'comma' ? text.split(',') : [text];
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
}

export interface SuggestedIssue {
  title: string;
  contacts: number;
  /** Mean business hours from creation to solved over the solved tickets, or null when none was. */
  averageHoursToResolve: number | null;
}

export interface IssueTally {
  /** false, counting nothing, when the ticket names a tag beyond the `MAX_DISTINCT_TAGS` already seen. */
  add(tags: readonly string[], resolveBusinessMinutes: number | null): boolean;
  /** The most frequent tags, most tickets first (ties by name), as the top-five list's suggestion. */
  top(): SuggestedIssue[];
}

export function issueTally(): IssueTally {
  const tags = new Map<string, { title: string; contacts: number; solved: number; minutes: number }>();
  return {
    add(names, minutes) {
      // One count per ticket and tag, whatever its case; the first spelling names it.
      const byKey = new Map<string, string>();
      for (const name of names) if (!byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
      const fresh = [...byKey.keys()].filter((key) => !tags.has(key)).length;
      if (tags.size + fresh > MAX_DISTINCT_TAGS) return false;
      for (const [key, name] of byKey) {
        const entry = tags.get(key) ?? { title: name, contacts: 0, solved: 0, minutes: 0 };
        entry.contacts += 1;
        if (minutes !== null) {
          entry.solved += 1;
          entry.minutes += minutes;
        }
        tags.set(key, entry);
      }
      return true;
    },
    top: () =>
      [...tags.values()]
        .sort((a, b) => b.contacts - a.contacts || a.title.localeCompare(b.title))
        .slice(0, MAX_TOP_ISSUES)
        .map((t) => ({ title: t.title.replace(/[_-]+/g, ' '), contacts: t.contacts, averageHoursToResolve: t.solved > 0 ? Math.round((t.minutes / t.solved / 60) * 10) / 10 : null })),
  };
}

/** Below this share of the contacts declared, an export is said to cover far fewer tickets. */
export const COVERAGE_WARNING_SHARE = 0.5;

/**
 * A warning when the export covers far fewer tickets than the contacts the vendor declares for the
 * period (its response figures would then speak for a part only); null otherwise.
 */
export function importCoverageWarning(tickets: number, declaredContacts: number | null): string | null {
  if (declaredContacts === null || declaredContacts <= 0 || tickets >= declaredContacts * COVERAGE_WARNING_SHARE) return null;
  const share = Math.round((tickets / declaredContacts) * 100);
  return `The export holds ${tickets} tickets, ${share}% of the ${declaredContacts} contacts declared: its response times speak for a part of your support only. Import the whole period, or check the contact volumes.`;
}
