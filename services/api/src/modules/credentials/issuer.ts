import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWTPayload, SignJWT } from 'jose';
import type { DataSource, EntityManager } from 'typeorm';
import type { PublicJwk, SigningJwk } from '../../config.ts';
import { IssuerKey } from './credential.entity.ts';

/**
 * The registry as an issuer of verifiable credentials: a `did:web` identifier derived from its
 * public address, and Ed25519 keys. Anyone can check a credential with the keys published at
 * `/.well-known/jwks.json` or through the DID document at `/.well-known/did.json`, without trusting
 * the registry's pages.
 */
export interface Issuer {
  did: string;
  /** Every key to publish: the current one first, then the retired ones. */
  publicKeys: PublicJwk[];
  /** Signs a JWT payload with the current key (`kid` in the header names the DID's key). */
  sign(payload: JWTPayload, typ: string): Promise<string>;
  currentKid: string;
}

/** `https://registry.example:8443/cep` → `did:web:registry.example%3A8443:cep` (the did:web rules). */
export function didWebOf(publicUrl: string): string {
  const url = new URL(publicUrl);
  const path = url.pathname.split('/').filter(Boolean).map(encodeURIComponent);
  return ['did:web', encodeURIComponent(url.host), ...path].join(':');
}

/** The DID document: each published key as a JsonWebKey verification method, all usable to assert credentials. */
export function didDocument(issuer: Pick<Issuer, 'did' | 'publicKeys'>): Record<string, unknown> {
  const methods = issuer.publicKeys.map((jwk) => ({ id: `${issuer.did}#${jwk.kid}`, type: 'JsonWebKey2020', controller: issuer.did, publicKeyJwk: jwk }));
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
    id: issuer.did,
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
  };
}

const publicPart = (jwk: PublicJwk): PublicJwk => ({ kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: jwk.kid });

/** A new Ed25519 key as JWKs; its `kid` is its RFC 7638 thumbprint. */
export async function newSigningKey(): Promise<SigningJwk> {
  const { privateKey } = await generateKeyPair('Ed25519', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { kty: 'OKP', crv: 'Ed25519', x: String(jwk.x), d: String(jwk.d), kid };
}

/**
 * The key kept in the database outside production: created on first start (one per database,
 * under an advisory lock, so instances starting together agree on it).
 */
async function storedKeys(db: DataSource): Promise<{ current: SigningJwk; retired: PublicJwk[] }> {
  return db.transaction(async (manager: EntityManager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('cep.issuer_key'))`);
    const repo = manager.getRepository(IssuerKey);
    const all = await repo.find({ order: { createdAt: 'DESC' } });
    const current = all.find((k) => k.retiredAt === null && k.privateJwk !== null);
    if (!current) {
      const key = await newSigningKey();
      await repo.insert({ kid: key.kid, publicJwk: { ...publicPart(key) }, privateJwk: { ...key }, createdAt: new Date(), retiredAt: null });
      return { current: key, retired: all.map((k) => k.publicJwk as unknown as PublicJwk) };
    }
    return { current: current.privateJwk as unknown as SigningJwk, retired: all.filter((k) => k !== current).map((k) => k.publicJwk as unknown as PublicJwk) };
  });
}

/**
 * Production signs with the key from configuration (refused at boot when missing) and publishes the
 * configured retired keys with it; elsewhere the key lives in the database.
 */
export async function loadIssuer(db: DataSource, publicUrl: string, configured: { signingKey: SigningJwk | undefined; retiredKeys: PublicJwk[] }): Promise<Issuer> {
  const { current, retired } = configured.signingKey ? { current: configured.signingKey, retired: configured.retiredKeys } : await storedKeys(db);
  const did = didWebOf(publicUrl);
  const privateKey = await importJWK({ ...current }, 'EdDSA');
  return {
    did,
    currentKid: current.kid,
    publicKeys: [publicPart(current), ...retired.filter((k) => k.kid !== current.kid).map(publicPart)],
    sign: (payload, typ) => new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', typ, kid: `${did}#${current.kid}` }).sign(privateKey),
  };
}

/** Retires the database's current key and makes a new one (the rotation command, outside production). */
export async function rotateStoredKey(db: DataSource, now: Date): Promise<{ retired: string | null; current: string }> {
  return db.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('cep.issuer_key'))`);
    const [old] = (await manager.query(`UPDATE issuer_key SET retired_at = $1, private_jwk = NULL WHERE retired_at IS NULL RETURNING kid`, [now])) as { kid: string }[];
    const key = await newSigningKey();
    await manager.getRepository(IssuerKey).insert({ kid: key.kid, publicJwk: { ...publicPart(key) }, privateJwk: { ...key }, createdAt: now, retiredAt: null });
    return { retired: old?.kid ?? null, current: key.kid };
  });
}
