import { type BadgeJson, type PledgeState, ReasonCategory, type Verification, badgeStatusOf, CATEGORISED_STATES, DELIVERED_STATUSES, SubmissionStatus } from '@cep/shared';
import type { EntityManager } from 'typeorm';
import { nextDueOf } from '../pledges/index.ts';

/**
 * The one read of a vendor's public standing. The badge cache runs it for every vendor (and again
 * for one on each change), the verification API for one slug: both build their answers from the
 * same row with the same functions, so the badge and the page can never disagree.
 */
export interface StandingRow {
  id: string;
  slug: string;
  name: string;
  website: string;
  category: string;
  badge_domains: string[];
  state: PledgeState;
  state_since: Date;
  state_reason_category: ReasonCategory | null;
  active_since: Date | null;
  last_checked: string | null;
  delivered: string[];
  agreement_version: number | null;
  agreement_title: string | null;
  agreement_text: string | null;
  text_sha256: string | null;
  signed_at: Date | null;
}

const STANDING_SELECT = `
  SELECT v.id, v.slug, v.name, v.website, v.category, v.badge_domains,
         p.state, p.state_since, p.state_reason_category, p.active_since,
         (SELECT max(c.period) FROM checkpoint c WHERE c.vendor_id = v.id AND c.status = $1) AS last_checked,
         ARRAY(SELECT c.period FROM checkpoint c WHERE c.vendor_id = v.id AND c.status = ANY($2)) AS delivered,
         s.agreement_version, s.agreement_title, s.agreement_text, s.text_sha256, s.signed_at
    FROM vendor v JOIN pledge p ON p.vendor_id = v.id LEFT JOIN pledge_signature s ON s.id = p.signature_id`;

const standingParams = (): unknown[] => [SubmissionStatus.Accepted, DELIVERED_STATUSES];

export type StandingFilter = { vendorId: string } | { slug: string } | 'all';

export async function readStandings(manager: EntityManager, filter: StandingFilter): Promise<StandingRow[]> {
  if (filter === 'all') return (await manager.query(STANDING_SELECT, standingParams())) as StandingRow[];
  if ('vendorId' in filter) return (await manager.query(`${STANDING_SELECT} WHERE v.id = $3`, [...standingParams(), filter.vendorId])) as StandingRow[];
  return (await manager.query(`${STANDING_SELECT} WHERE v.slug = $3`, [...standingParams(), filter.slug])) as StandingRow[];
}

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

/**
 * The verification page's data (SPEC §7): the pledge text and version signed, the state and since
 * when, member since, the last period checked, the next due date, the badge domains and, for a
 * suspended or revoked pledge, the reason's category — nothing private.
 */
export function verificationOf(row: StandingRow): Verification {
  const state = row.state;
  return {
    name: row.name,
    slug: row.slug,
    website: row.website,
    category: row.category,
    state,
    status: badgeStatusOf(state),
    since: new Date(row.state_since).toISOString(),
    memberSince: iso(row.active_since),
    reasonCategory: CATEGORISED_STATES.includes(state) ? (row.state_reason_category ?? ReasonCategory.Other) : null,
    agreement:
      row.agreement_version !== null && row.agreement_title !== null && row.agreement_text !== null && row.text_sha256 !== null && row.signed_at !== null
        ? { version: row.agreement_version, title: row.agreement_title, text: row.agreement_text, textSha256: row.text_sha256, signedAt: new Date(row.signed_at).toISOString() }
        : null,
    lastCheckedPeriod: row.last_checked,
    nextDueDate: nextDueOf({ state, activeSince: row.active_since }, new Set(row.delivered))?.dueDate ?? null,
    badgeDomains: row.badge_domains,
  };
}

/** `GET /badge/{slug}.json`: the standing of a member; for anyone else only "not a member". */
export function badgeJsonOf(verification: Verification, publicUrl: string): BadgeJson {
  const member = verification.status !== 'not_member';
  return {
    status: verification.status,
    vendorName: verification.name,
    slug: verification.slug,
    since: member ? verification.since : null,
    memberSince: member ? verification.memberSince : null,
    lastCheckedPeriod: member ? verification.lastCheckedPeriod : null,
    nextDueDate: member ? verification.nextDueDate : null,
    verificationUrl: `${publicUrl}/verify/${verification.slug}`,
    badgeDomains: verification.badgeDomains,
  };
}
