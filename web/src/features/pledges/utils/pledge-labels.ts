import { FINAL_STATES, type Pledge, type PledgeState } from '@cep/shared';
import { ROLE_LABELS } from '../../../lib/format.ts';

export const PLEDGE_STATE_LABELS: Record<PledgeState, string> = {
  pending_signature: 'Waiting for signature',
  active: 'Active',
  lapsed: 'Lapsed',
  suspended: 'Suspended',
  revoked: 'Revoked',
  withdrawn: 'Withdrawn',
};

/** One sentence on what the state means for the vendor. */
export const PLEDGE_STATE_MEANINGS: Record<PledgeState, string> = {
  pending_signature: 'The pledge takes effect once an owner signs the agreement.',
  active: 'The pledge is in good standing and the badge shows it.',
  lapsed: 'Checkpoint data is overdue. Submitting it makes the pledge active again.',
  suspended: 'The program suspended the pledge; the badge shows “suspended”. You may appeal in writing.',
  revoked: 'The program revoked the pledge; this is final. You may still answer in writing.',
  withdrawn: 'The pledge was withdrawn; this is final.',
};

const AUDIT_ACTION_LABELS: Record<string, string> = {
  'pledge.sign': 'Signed',
  'pledge.signature_recorded': 'Signature recorded',
  'pledge.lapse': 'Lapsed',
  'pledge.restore': 'Restored',
  'pledge.suspend': 'Suspended',
  'pledge.reinstate': 'Reinstated',
  'pledge.revoke': 'Revoked',
  'pledge.withdraw': 'Withdrawn',
  'pledge.require_signature': 'Sent back for signature',
  'pledge.appealed': 'Appeal sent',
  'vendor.updated': 'Profile updated',
  'user.invited': 'Person invited',
  'user.invitation_accepted': 'Invitation accepted',
  'application.approved': 'Application approved',
  'agreement.published': 'Agreement published',
};

/** `pledge.suspend` → "Suspended"; an action this list does not know yet shows as it is. */
export const auditActionLabel = (action: string): string => AUDIT_ACTION_LABELS[action] ?? action;

/** A state or role named in an audit line, in words. */
export function auditValueLabel(value: string): string {
  if (value in PLEDGE_STATE_LABELS) return PLEDGE_STATE_LABELS[value as PledgeState];
  return ROLE_LABELS[value] ?? value.replace(/_/g, ' ');
}

export const isPledgeState = (value: string): value is PledgeState => value in PLEDGE_STATE_LABELS;

/**
 * The pledge asks for a signature when nobody signed yet, or when the signature is for an older
 * agreement version than the one in effect (the vendor keeps its standing until `resignBy`).
 */
export function needsSignature(pledge: Pledge): boolean {
  if (FINAL_STATES.includes(pledge.state)) return false;
  if (pledge.state === 'pending_signature') return true;
  return pledge.signature !== null && pledge.signature.agreementVersion < pledge.currentAgreementVersion;
}
