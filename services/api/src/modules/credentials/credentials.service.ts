import { randomUUID } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, errors as joseErrors, createLocalJWKSet, jwtVerify } from 'jose';
import type { EntityManager } from 'typeorm';
import {
  addDays,
  type Credential as CredentialDto,
  CREDENTIAL_GRACE_DAYS,
  CREDENTIAL_ISSUING_STATE,
  type CredentialVerdict,
  dateOf,
  ErrorCode,
  periodOf,
  dueDate,
  STATUS_LIST_BITS,
  statusListName,
  statusPosition,
} from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { assertVendorAccess, type Principal } from '../../plugins/auth.ts';
import { AppError, notFound } from '../../plugins/errors.ts';
import { readStandings, type StandingRow, verificationOf } from '../badges/index.ts';
import { lockPledge } from '../pledges/index.ts';
import { Credential } from './credential.entity.ts';
import type { Issuer } from './issuer.ts';
import type { StatusLists } from './status-lists.ts';

export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const VC2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
const ACHIEVEMENT_NAME = 'Customer Excellence Pledge member';

const credentialUrl = (ctx: AppContext, id: string): string => `${ctx.config.publicUrl}/credentials/${id}`;

/**
 * Expires after the next checkpoint due date plus the grace period: the registry vouches for a
 * member only as long as its data is on time (a new credential follows each accepted period). Data
 * already overdue (the pledge lapses the next day) still gets the grace period from today, no more.
 */
export function credentialExpiry(verification: { nextDueDate: string | null }, now: Date): Date {
  const due = verification.nextDueDate ?? dueDate(periodOf(now));
  const latest = [due, dateOf(now)].sort().at(-1) ?? due;
  return new Date(`${addDays(latest, CREDENTIAL_GRACE_DAYS)}T23:59:59Z`);
}

/** The OpenBadgeCredential (Open Badges 3.0 on the VC data model 2.0) and its VC-JWT claims. */
function credentialPayload(ctx: AppContext, issuer: Issuer, row: StandingRow, id: string, statusIndex: number, now: Date, expires: Date): Record<string, unknown> {
  const verification = verificationOf(row);
  const { list, bit } = statusPosition(statusIndex);
  const subjectId = `${ctx.config.publicUrl}/verify/${row.slug}`;
  const status = (purpose: 'revocation' | 'suspension') => {
    const listUrl = `${ctx.config.publicUrl}/credentials/status/${statusListName(purpose, list)}`;
    return { id: `${listUrl}#${bit}`, type: 'BitstringStatusListEntry', statusPurpose: purpose, statusListIndex: String(bit), statusListCredential: listUrl };
  };
  const agreement = verification.agreement;
  return {
    '@context': [VC2_CONTEXT, OB3_CONTEXT],
    id: `urn:uuid:${id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer.did, type: ['Profile'], name: 'Customer Excellence Pledge Registry', url: ctx.config.publicUrl },
    name: ACHIEVEMENT_NAME,
    validFrom: now.toISOString(),
    validUntil: expires.toISOString(),
    credentialSubject: {
      id: subjectId,
      type: ['AchievementSubject'],
      name: row.name,
      memberSince: verification.memberSince,
      lastCheckedPeriod: verification.lastCheckedPeriod,
      agreementVersion: agreement?.version ?? null,
      agreementSha256: agreement?.textSha256 ?? null,
      achievement: {
        id: `${ctx.config.publicUrl}/achievements/customer-excellence-pledge-member`,
        type: ['Achievement'],
        name: ACHIEVEMENT_NAME,
        description: 'The vendor signed the Customer Excellence Pledge and backs it with checkpoint data every six months, reviewed by the program.',
        criteria: {
          narrative: agreement
            ? `Signed agreement version ${agreement.version} (SHA-256 ${agreement.textSha256}) and keeps its checkpoints.`
            : 'Signed the pledge and keeps its checkpoints.',
        },
        version: agreement ? String(agreement.version) : undefined,
      },
    },
    credentialStatus: [status('revocation'), status('suspension')],
    iss: issuer.did,
    sub: subjectId,
    jti: `urn:uuid:${id}`,
    nbf: Math.floor(now.getTime() / 1000),
    exp: Math.floor(expires.getTime() / 1000),
  };
}

function toDto(ctx: AppContext, c: Credential): CredentialDto {
  return {
    id: c.id,
    url: credentialUrl(ctx, c.id),
    jwt: c.jwt,
    credential: decodeJwt(c.jwt) as Record<string, unknown>,
    issuedAt: c.issuedAt.toISOString(),
    expiresAt: c.expiresAt.toISOString(),
    lastCheckedPeriod: c.lastCheckedPeriod,
    agreementVersion: c.agreementVersion,
  };
}

/** Does the vendor's latest credential still say what is true of it? */
function isCurrent(latest: Credential | null, row: StandingRow, now: Date): boolean {
  return latest !== null && latest.expiresAt > now && latest.lastCheckedPeriod === row.last_checked && latest.agreementVersion === row.agreement_version;
}

/**
 * Issues a credential to an active member whose latest one is missing, expired, or older than its
 * last accepted period or its signed agreement version. Runs under the pledge's row lock, so two
 * callers never issue twice. Returns the latest credential either way (null if it never had one).
 */
const CREDENTIAL_COLUMNS: (keyof Credential)[] = ['id', 'vendorId', 'statusIndex', 'kid', 'jwt', 'agreementVersion', 'lastCheckedPeriod', 'issuedAt', 'expiresAt'];

export async function ensureCredential(ctx: AppContext, manager: EntityManager, issuer: Issuer, vendorId: string): Promise<Credential | null> {
  await lockPledge(manager, vendorId);
  const [row] = await readStandings(manager, { vendorId });
  if (!row) throw notFound('Vendor');
  const repo = manager.getRepository(Credential);
  const latest = await repo.findOne({ where: { vendorId }, order: { issuedAt: 'DESC' } });
  const now = ctx.clock();
  if (row.state !== CREDENTIAL_ISSUING_STATE || row.agreement_version === null || isCurrent(latest, row, now)) return latest;
  const id = randomUUID();
  const [{ index }] = (await manager.query(`SELECT nextval('credential_status_index_seq')::int AS index`)) as [{ index: number }];
  const expires = credentialExpiry(verificationOf(row), now);
  const jwt = await issuer.sign(credentialPayload(ctx, issuer, row, id, index, now, expires), 'vc+jwt');
  const credential = repo.create({ id, vendorId, statusIndex: index, kid: issuer.currentKid, jwt, agreementVersion: row.agreement_version, lastCheckedPeriod: row.last_checked, issuedAt: now, expiresAt: expires });
  // The position is taken first because the signed credential carries it; naming the columns makes
  // TypeORM write it instead of leaving the generated column to its sequence.
  await manager.createQueryBuilder().insert().into(Credential, CREDENTIAL_COLUMNS).values(credential).execute();
  return credential;
}

/** The vendor's current credential (issued now if it is due one); 404 when it never had one. */
export async function getVendorCredential(ctx: AppContext, issuer: Issuer, principal: Principal, vendorId: string): Promise<CredentialDto> {
  assertVendorAccess(principal, vendorId);
  const credential = await ctx.db.transaction((manager) => ensureCredential(ctx, manager, issuer, vendorId));
  if (!credential) throw new AppError(ErrorCode.NotFound, 'No credential yet: the registry issues one while the pledge is active');
  return toDto(ctx, credential);
}

/** The signed credential at its public address (the link a vendor shares). */
export async function getCredentialJwt(ctx: AppContext, id: string): Promise<string> {
  const credential = await ctx.db.getRepository(Credential).findOneBy({ id });
  if (!credential) throw notFound('Credential');
  return credential.jwt;
}

/** A pasted JWT, or the JSON file `/vendor/badge` downloads (`{ "jwt": … }`). */
function jwtOf(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      const jwt = typeof parsed === 'object' && parsed !== null ? (parsed as { jwt?: unknown }).jwt : undefined;
      return typeof jwt === 'string' ? jwt.trim() : null;
    } catch {
      return null;
    }
  }
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(trimmed) ? trimmed : null;
}

interface SubjectClaims {
  credentialSubject?: { name?: unknown; id?: unknown };
  credentialStatus?: { statusPurpose?: unknown; statusListIndex?: unknown; statusListCredential?: unknown }[];
}

/**
 * Checks a credential the way any verifier would, and says what it found in words a buyer
 * understands: signed by one of our published keys, not expired, and its bits in our status lists.
 */
export async function verifyCredential(ctx: AppContext, issuer: Issuer, lists: StatusLists, text: string): Promise<CredentialVerdict> {
  const none = { vendor: null, issuedAt: null, expiresAt: null };
  const jwt = jwtOf(text);
  if (!jwt) return { verdict: 'malformed', reason: 'This is not a credential: paste the text of the credential (a JWT) or upload the file the vendor downloaded.', ...none };
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jwt);
    decodeJwt(jwt);
  } catch {
    return { verdict: 'malformed', reason: 'This is not a credential: its parts cannot be read.', ...none };
  }
  if (header.alg !== 'EdDSA' || typeof header.kid !== 'string' || !header.kid.startsWith(`${issuer.did}#`)) {
    return { verdict: 'not_ours', reason: 'It was not signed by this registry: it names another issuer or key.', ...none };
  }
  const keys = createLocalJWKSet({ keys: issuer.publicKeys.map((k) => ({ ...k, kid: `${issuer.did}#${k.kid}`, alg: 'EdDSA' })) });
  let payload: Record<string, unknown> & SubjectClaims;
  let expired = false;
  try {
    payload = (await jwtVerify(jwt, keys, { issuer: issuer.did, algorithms: ['EdDSA'], currentDate: ctx.clock() })).payload as typeof payload;
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) {
      expired = true;
      payload = decodeJwt(jwt) as typeof payload;
    } else {
      return { verdict: 'not_ours', reason: 'Its signature does not match any key of this registry: it was changed after signing, or not signed here.', ...none };
    }
  }
  const name = typeof payload.credentialSubject?.name === 'string' ? payload.credentialSubject.name : 'the vendor';
  const subject = typeof payload.credentialSubject?.id === 'string' ? payload.credentialSubject.id : '';
  const slug = subject.startsWith(`${ctx.config.publicUrl}/verify/`) ? subject.slice(`${ctx.config.publicUrl}/verify/`.length) : null;
  const found = {
    vendor: slug ? { name, slug } : null,
    issuedAt: typeof payload.nbf === 'number' ? new Date(payload.nbf * 1000).toISOString() : null,
    expiresAt: typeof payload.exp === 'number' ? new Date(payload.exp * 1000).toISOString() : null,
  };
  await lists.settled();
  const bitOf = (purpose: 'revocation' | 'suspension'): boolean => {
    const entry = payload.credentialStatus?.find((s) => s.statusPurpose === purpose);
    const index = Number(entry?.statusListIndex);
    const listName = typeof entry?.statusListCredential === 'string' ? entry.statusListCredential.split('/').pop() : undefined;
    const list = listName ? Number(listName.split('-').pop()) : NaN;
    return Number.isInteger(index) && Number.isInteger(list) && lists.isSet(purpose, list * STATUS_LIST_BITS + index);
  };
  if (bitOf('revocation')) return { verdict: 'revoked', reason: `The registry revoked this credential: the pledge of ${name} has ended.`, ...found };
  if (bitOf('suspension')) return { verdict: 'suspended', reason: `The registry suspended this credential: ${name} is not in good standing at present.`, ...found };
  if (expired) return { verdict: 'expired', reason: `This credential expired on ${dateOf(new Date(found.expiresAt ?? 0))}; ${name} may hold a newer one.`, ...found };
  return { verdict: 'valid', reason: `Valid: signed by this registry for ${name}, not expired, not suspended or revoked.`, ...found };
}
