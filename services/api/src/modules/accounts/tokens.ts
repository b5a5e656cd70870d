import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: the form of every opaque token we hand out (refresh, invitation, links). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a text (UTF-8), in hex: the digest of agreement texts and of stored tokens. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Tokens are stored only as their SHA-256, so a database leak hands out nothing usable. */
export const hashToken = sha256;
