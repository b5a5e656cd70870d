import type { BadgeStatus } from '@cep/shared';

/** How the app names a badge status in text. */
export const BADGE_STATUS_LABELS: Record<BadgeStatus, string> = {
  active: 'Active',
  lapsed: 'Lapsed',
  suspended: 'Suspended',
  not_member: 'Not a member',
};


