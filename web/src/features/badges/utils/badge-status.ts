import type { BadgeStatus, PledgeState } from '@cep/shared';

/** How the app names a badge status in text. */
export const BADGE_STATUS_LABELS: Record<BadgeStatus, string> = {
  active: 'Active',
  lapsed: 'Lapsed',
  suspended: 'Suspended',
  not_member: 'Not a member',
};

/** The words on the badge itself (its right half), as the API renders them. */
export const BADGE_MESSAGES: Record<BadgeStatus, string> = {
  active: 'active',
  lapsed: 'lapsed',
  suspended: 'suspended',
  not_member: 'not a member',
};

/** Members are active, lapsed or suspended; an unsigned, revoked or withdrawn pledge is "not a member". */
export function badgeStatusOf(state: PledgeState | null | undefined): BadgeStatus {
  return state === 'active' || state === 'lapsed' || state === 'suspended' ? state : 'not_member';
}

/** `2026-H1` → "1st half of 2026". */
export function periodLabel(period: string): string {
  const [year, half] = period.split('-');
  return `${half === 'H1' ? '1st' : '2nd'} half of ${year}`;
}
