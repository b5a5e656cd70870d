import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/** Authenticator apps (RFC 6238) as every one of them reads them: SHA-1, six digits, 30 seconds. */
const PERIOD_SECONDS = 30;
const ISSUER = 'Customer Excellence Pledge';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpOf(secret: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** What the QR code holds: the secret with the registry's and the account's names. */
export function totpUri(secret: string, email: string): string {
  return totpOf(secret, email).toString();
}

/**
 * The 30-second step a typed code belongs to — now, or one step either side for a phone whose
 * clock is a little off — or null when it matches none. Spaces inside the code are ignored.
 */
export function totpStep(secret: string, code: string, at: Date): number | null {
  const delta = totpOf(secret, '').validate({ token: code.replace(/\s/g, ''), timestamp: at.getTime(), window: 1 });
  return delta === null ? null : Math.floor(at.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** Letters and digits nobody misreads (no 0/o, 1/l/i). */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A recovery code as shown: `abcde-23456`, about 49 bits. */
export function newRecoveryCode(): string {
  const pick = () => Array.from({ length: 5 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  return `${pick()}-${pick()}`;
}

/** A typed recovery code in the form it was hashed in: lower case, hyphen in the middle, no spaces. */
export function normaliseRecoveryCode(typed: string): string {
  const bare = typed.replace(/[\s-]/g, '').toLowerCase();
  return `${bare.slice(0, 5)}-${bare.slice(5)}`;
}
