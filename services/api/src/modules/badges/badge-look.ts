import { BADGE_MESSAGES, type BadgeStatus } from '@cep/shared';
import type { BadgeLook } from './badge-svg.ts';

export const BADGE_LABEL = 'Customer Excellence Pledge';

const LOOKS: Record<BadgeStatus | 'unverified', { message: string; color: string; shields: string }> = {
  active: { message: BADGE_MESSAGES.active, color: '#2e7d32', shields: 'brightgreen' },
  lapsed: { message: BADGE_MESSAGES.lapsed, color: '#9a6700', shields: 'orange' },
  suspended: { message: BADGE_MESSAGES.suspended, color: '#c62828', shields: 'red' },
  not_member: { message: BADGE_MESSAGES.not_member, color: '#6e7781', shields: 'lightgrey' },
  unverified: { message: 'unverified site', color: '#6e7781', shields: 'lightgrey' },
};

export function badgeLook(status: BadgeStatus | 'unverified', vendorName: string | null): BadgeLook {
  const look = LOOKS[status];
  const who = vendorName ? `${vendorName}: ` : '';
  return { label: BADGE_LABEL, message: look.message, color: look.color, title: `${who}${BADGE_LABEL} — ${look.message}` };
}

export function shieldsColor(status: BadgeStatus): string {
  return LOOKS[status].shields;
}
