import { createHmac } from 'node:crypto';
import type { Response } from 'supertest';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The header and claims of a JWT, without checking anything: for asserting what we issue. */
export function decodeJwt(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [header = '', claims = ''] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<string, unknown>,
    claims: JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as Record<string, unknown>,
  };
}

/**
 * A hand-made JWT, to prove the API refuses what it should: another algorithm, issuer or audience,
 * an expired token, `alg: none`. Signed with HMAC for the HS* algorithms, unsigned for `none`.
 */
export function forgeJwt(claims: Record<string, unknown>, options: { secret: string; alg?: 'HS256' | 'HS384' | 'HS512' | 'none' }): string {
  const alg = options.alg ?? 'HS256';
  const unsigned = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`;
  if (alg === 'none') return `${unsigned}.`;
  const digest = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  return `${unsigned}.${createHmac(digest, options.secret).update(unsigned).digest('base64url')}`;
}

export interface SetCookie {
  name: string;
  value: string;
  attributes: Record<string, string | true>;
}

/** The Set-Cookie headers of a response, parsed (attribute names lower-cased). */
export function setCookies(res: Response): SetCookie[] {
  const raw = res.headers['set-cookie'] as unknown;
  const lines = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  return lines.map((line) => {
    const [pair = '', ...attrs] = line.split(';').map((s) => s.trim());
    const eq = pair.indexOf('=');
    const attributes: Record<string, string | true> = {};
    for (const attr of attrs) {
      const i = attr.indexOf('=');
      if (i === -1) attributes[attr.toLowerCase()] = true;
      else attributes[attr.slice(0, i).toLowerCase()] = attr.slice(i + 1);
    }
    return { name: pair.slice(0, eq), value: decodeURIComponent(pair.slice(eq + 1)), attributes };
  });
}

/** The value of one cookie set by a response; fails the test when it is not there. */
export function cookieValue(res: Response, name: string): string {
  const cookie = setCookies(res).find((c) => c.name === name);
  if (!cookie) throw new Error(`the response set no ${name} cookie`);
  return cookie.value;
}
