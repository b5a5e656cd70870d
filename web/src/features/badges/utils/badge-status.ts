import type { BadgeStatus } from '@cep/shared';
import { isApiError } from '../../../lib/api-client.ts';

/** How the app names a badge status in text. */
export const BADGE_STATUS_LABELS: Record<BadgeStatus, string> = {
  active: 'Active',
  lapsed: 'Lapsed',
  suspended: 'Suspended',
  not_member: 'Not a member',
};



/** A slug no vendor has (404), or one that cannot be a slug at all (400): either way, no member. */
export const isUnknownVendor = (error: unknown): boolean => isApiError(error) && (error.status === 404 || error.status === 400);
