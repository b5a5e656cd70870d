import { decoyHash, hashPassword, verifyPassword } from '../passwords.ts';
import { hashToken, newToken } from '../tokens.ts';

describe('hashPassword / verifyPassword', () => {
  let stored: string;
  beforeAll(async () => {
    stored = await hashPassword('correct horse battery staple');
  });

  it('stores scrypt with its parameters, a salt and the hash', () => {
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  });

  it('verifies the right password and refuses others', async () => {
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    const again = await hashPassword('correct horse battery staple');
    expect(again).not.toBe(stored);
    expect(await verifyPassword('correct horse battery staple', again)).toBe(true);
  });

  it('compares passwords in Unicode normal form, so the same text typed differently matches', async () => {
    const composed = await hashPassword('Caf\u00e9 au lait, s\u2019il vous pla\u00eet');
    expect(await verifyPassword('Cafe\u0301 au lait, s\u2019il vous pla\u00eet', composed)).toBe(true);
  });

  it('refuses, without throwing, a stored value that is not one of our hashes', async () => {
    for (const bad of ['', 'plain text', 'bcrypt$2b$10$abc', 'scrypt$$$$$', 'scrypt$32768$8$1$salt']) {
      expect(await verifyPassword('anything', bad)).toBe(false);
    }
  });

  it('keeps one decoy hash for unknown e-mails', async () => {
    const decoy = await decoyHash();
    expect(decoy).toMatch(/^scrypt\$/);
    expect(await decoyHash()).toBe(decoy);
  });
});

describe('newToken / hashToken', () => {
  it('makes 256-bit base64url tokens and stores only their SHA-256', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).toBe(hashToken(a));
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
