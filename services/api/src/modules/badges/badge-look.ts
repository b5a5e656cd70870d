import { type BadgeStatus, PledgeState } from '@cep/shared';
import type { BadgeLook } from './badge-svg.ts';

export const BADGE_LABEL = 'Customer Excellence Pledge';

/** The badge shows members' states; everything else (unsigned, revoked, withdrawn) is "not a member". */
export function badgeStatusOf(state: PledgeState): BadgeStatus {
  return state === PledgeState.Active || state === PledgeState.Lapsed || state === PledgeState.Suspended ? state : 'not_member';
}

const LOOKS: Record<BadgeStatus | 'unverified', { message: string; color: string; shields: string }> = {
  active: { message: 'active', color: '#2e7d32', shields: 'brightgreen' },
  lapsed: { message: 'lapsed', color: '#9a6700', shields: 'orange' },
  suspended: { message: 'suspended', color: '#c62828', shields: 'red' },
  not_member: { message: 'not a member', color: '#6e7781', shields: 'lightgrey' },
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
