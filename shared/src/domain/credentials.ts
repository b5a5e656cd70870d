import { PledgeState } from './pledge-states.ts';

/**
 * The signed membership credential (issue 13) as rules: which pledge states flip which status-list
 * bit, how long a credential lasts, and the W3C Bitstring Status List's bit order. The API signs and
 * serves; these decide.
 */

/** A revoked or withdrawn pledge ended for good: its credentials are revoked. */
export const CREDENTIAL_REVOKED_STATES: readonly PledgeState[] = [PledgeState.Revoked, PledgeState.Withdrawn];
/**
 * A suspended pledge, or one waiting for a new signature, is not in good standing for now: its
 * credentials are suspended, and valid again when it is active (or lapsed) once more.
 */
export const CREDENTIAL_SUSPENDED_STATES: readonly PledgeState[] = [PledgeState.Suspended, PledgeState.PendingSignature];
/** The registry issues a credential to a pledge in this state (a lapsed one keeps what it has). */
export const CREDENTIAL_ISSUING_STATE: PledgeState = PledgeState.Active;

/**
 * A credential expires this many days after the next checkpoint due date: long enough for data
 * delivered on the due date to be reviewed and a new credential issued, short enough that a vendor
 * who stops delivering cannot show a valid one for long.
 */
export const CREDENTIAL_GRACE_DAYS = 14;

/** Bits in one status list: the spec's minimum (16 KiB), so a list does not reveal how many credentials exist. */
export const STATUS_LIST_BITS = 131_072;

export const STATUS_PURPOSES = ['revocation', 'suspension'] as const;
export type StatusPurpose = (typeof STATUS_PURPOSES)[number];

/** Which list and which position in it a credential's status index falls on. */
export function statusPosition(index: number): { list: number; bit: number } {
  return { list: Math.floor(index / STATUS_LIST_BITS), bit: index % STATUS_LIST_BITS };
}

/** The list's name in URLs: `revocation-0`, `suspension-0`. */
export const statusListName = (purpose: StatusPurpose, list: number): string => `${purpose}-${list}`;

/** Bitstring Status List: bit 0 is the most significant bit of the first byte. */
export function setStatusBit(bits: Uint8Array, index: number, on: boolean): void {
  const mask = 0x80 >> index % 8;
  const byte = Math.floor(index / 8);
  bits[byte] = on ? (bits[byte] ?? 0) | mask : (bits[byte] ?? 0) & ~mask;
}

export function statusBit(bits: Uint8Array, index: number): boolean {
  return ((bits[Math.floor(index / 8)] ?? 0) & (0x80 >> index % 8)) !== 0;
}

/** Which bits a pledge in `state` sets on its credentials. */
export function credentialStatusOf(state: PledgeState): Record<StatusPurpose, boolean> {
  return { revocation: CREDENTIAL_REVOKED_STATES.includes(state), suspension: CREDENTIAL_SUSPENDED_STATES.includes(state) };
}

/** What the verification page says of a pasted credential. */
export const CREDENTIAL_VERDICTS = ['valid', 'expired', 'suspended', 'revoked', 'not_ours', 'malformed'] as const;
export type CredentialVerdictKind = (typeof CREDENTIAL_VERDICTS)[number];
