import type { BadgeStatus } from '@cep/shared';

/** How the app names a badge status in text. */
export const BADGE_STATUS_LABELS: Record<BadgeStatus, string> = {
  active: 'Active',
  lapsed: 'Lapsed',
  suspended: 'Suspended',
  not_member: 'Not a member',
};


/** `2026-H1` → "1st half of 2026". */
export function periodLabel(period: string): string {
  const [year, half] = period.split('-');
  return `${half === 'H1' ? '1st' : '2nd'} half of ${year}`;
}
