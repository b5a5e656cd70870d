import { randomBytes } from 'node:crypto';
import { IsNull } from 'typeorm';
import {
  API_KEY_PREFIX_LENGTH,
  type ApiKey,
  type ApiKeyList,
  ApiKeyStatus,
  type ApiScope,
  type CreateApiKeyBody,
  type CreatedApiKey,
  ErrorCode,
  MAX_ACTIVE_API_KEYS,
  PROGRAM_KEY_SCOPES,
  Role,
  VENDOR_KEY_SCOPES,
} from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { AppError, invalid, notFound } from '../../plugins/errors.ts';
import { assertVendorAccess, type Principal } from '../../plugins/auth.ts';
import { hashToken, User } from '../accounts/index.ts';
import { type Actor, recordAudit } from '../audit/index.ts';
import { Vendor } from '../vendors/index.ts';
import { ApiKeyRow } from './api-key.entity.ts';

/** `cep_` and 32 random bytes in base64url: recognisable in a leaked file, unguessable. */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const key = `cep_${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, API_KEY_PREFIX_LENGTH), hash: hashToken(key) };
}

/** Where a key lives: a vendor's keys, or the program's own (vendorId null, admin only). */
export type KeyOwner = { vendorId: string } | { vendorId: null };

function statusOf(row: ApiKeyRow, now: Date): ApiKeyStatus {
  if (row.revokedAt) return ApiKeyStatus.Revoked;
  if (row.expiresAt && row.expiresAt <= now) return ApiKeyStatus.Expired;
  return ApiKeyStatus.Active;
}

function toDto(row: ApiKeyRow, createdBy: string, now: Date): ApiKey {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    vendorId: row.vendorId,
    status: statusOf(row, now),
    createdAt: row.createdAt.toISOString(),
    createdBy,
    expiresAt: iso(row.expiresAt),
    lastUsedAt: iso(row.lastUsedAt),
    lastUsedIp: row.lastUsedIp,
    revokedAt: iso(row.revokedAt),
  };
}

async function creatorsOf(ctx: AppContext, rows: ApiKeyRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.createdBy))];
  if (ids.length === 0) return new Map();
  const users = await ctx.db.getRepository(User).createQueryBuilder('u').select(['u.id', 'u.email']).where('u.id IN (:...ids)', { ids }).getMany();
  return new Map(users.map((u) => [u.id, u.email]));
}

/** The admin manages program keys; a vendor's keys are its owner's (and the admin's) to see and change. */
async function assertOwnerAccess(ctx: AppContext, principal: Principal, owner: KeyOwner): Promise<void> {
  if (owner.vendorId === null) {
    if (principal.role !== Role.Admin) throw new AppError(ErrorCode.Forbidden, 'Only the program admin manages program-wide keys');
    return;
  }
  assertVendorAccess(principal, owner.vendorId);
  if (!(await ctx.db.getRepository(Vendor).existsBy({ id: owner.vendorId }))) throw notFound('Vendor');
}

const ownedBy = (owner: KeyOwner) => ({ vendorId: owner.vendorId ?? IsNull() });

export async function listApiKeys(ctx: AppContext, principal: Principal, owner: KeyOwner): Promise<ApiKeyList> {
  await assertOwnerAccess(ctx, principal, owner);
  const rows = await ctx.db.getRepository(ApiKeyRow).find({ where: ownedBy(owner), order: { createdAt: 'DESC', id: 'DESC' } });
  const creators = await creatorsOf(ctx, rows);
  const now = ctx.clock();
  return { items: rows.map((r) => toDto(r, creators.get(r.createdBy) ?? '', now)) };
}

/** Creates a key and returns it in full, the only time it is ever shown. */
export async function createApiKey(ctx: AppContext, principal: Principal, owner: KeyOwner, body: CreateApiKeyBody, actor: Actor): Promise<CreatedApiKey> {
  await assertOwnerAccess(ctx, principal, owner);
  const allowed: readonly ApiScope[] = owner.vendorId === null ? PROGRAM_KEY_SCOPES : VENDOR_KEY_SCOPES;
  const refused = body.scopes.filter((s) => !allowed.includes(s));
  const now = ctx.clock();
  const expiresAt = body.expiresAt ? new Date(body.expiresAt) : null;
  const errors = [
    ...(refused.length > 0 ? [{ field: 'scopes', in: 'body' as const, message: `${refused.join(', ')} is not for ${owner.vendorId ? 'a vendor’s key' : 'a program key'}; choose from ${allowed.join(', ')}` }] : []),
    ...(expiresAt && expiresAt <= now ? [{ field: 'expiresAt', in: 'body' as const, message: 'must be in the future' }] : []),
  ];
  if (errors.length > 0) throw invalid(errors);
  const { key, prefix, hash } = newApiKey();
  return ctx.db.transaction(async (manager) => {
    const repo = manager.getRepository(ApiKeyRow);
    const active = await repo
      .createQueryBuilder('k')
      .where(owner.vendorId === null ? 'k.vendor_id IS NULL' : 'k.vendor_id = :vendorId', { vendorId: owner.vendorId })
      .andWhere('k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > :now)', { now })
      .getCount();
    if (active >= MAX_ACTIVE_API_KEYS) {
      throw new AppError(ErrorCode.Conflict, `${owner.vendorId ? 'This vendor' : 'The program'} already holds ${MAX_ACTIVE_API_KEYS} active API keys, the most allowed; revoke one it no longer uses first`);
    }
    const row = await repo.save(repo.create({ vendorId: owner.vendorId, name: body.name.trim(), prefix, hash, scopes: body.scopes, createdBy: principal.userId, createdAt: now, expiresAt }));
    await recordAudit(manager, actor, { action: 'api_key.created', entityType: 'api_key', entityId: row.id, vendorId: owner.vendorId, details: { name: row.name, prefix, scopes: row.scopes } }, now);
    return { ...toDto(row, principal.email, now), key };
  });
}

/** Revokes a key at once; revoking it again changes nothing. */
export async function revokeApiKey(ctx: AppContext, principal: Principal, owner: KeyOwner, keyId: string, actor: Actor): Promise<ApiKey> {
  await assertOwnerAccess(ctx, principal, owner);
  return ctx.db.transaction(async (manager) => {
    const repo = manager.getRepository(ApiKeyRow);
    const row = await repo.findOne({ where: { id: keyId, ...ownedBy(owner) }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw notFound('API key');
    const now = ctx.clock();
    if (!row.revokedAt) {
      await repo.update({ id: row.id }, { revokedAt: now, revokedBy: principal.userId });
      await recordAudit(manager, actor, { action: 'api_key.revoked', entityType: 'api_key', entityId: row.id, vendorId: owner.vendorId, details: { name: row.name, prefix: row.prefix } }, now);
    }
    const updated = await repo.findOneByOrFail({ id: row.id });
    const creators = await creatorsOf(ctx, [updated]);
    return toDto(updated, creators.get(updated.createdBy) ?? '', now);
  });
}

/** Recording "last used" at most once a minute per key: a busy integration should not write on every call. */
const LAST_USED_EVERY_MS = 60_000;

/**
 * The caller behind a presented key, or 401. A key acts as the person who created it, with the
 * role of its kind (a member of its vendor, or a read-only admin) and only within its scopes.
 */
export function createKeyAuthenticator(ctx: AppContext): (key: string, ip: string) => Promise<Principal> {
  const lastWritten = new Map<string, { at: number; ip: string }>();
  return async (key, ip) => {
    const refused = (why: string) => new AppError(ErrorCode.Unauthenticated, why, undefined, { 'www-authenticate': 'ApiKey' });
    if (!key.startsWith('cep_') || key.length > 200) throw refused('The API key is not one of ours (keys start with cep_)');
    const row = await ctx.db.getRepository(ApiKeyRow).findOneBy({ hash: hashToken(key) });
    const now = ctx.clock();
    if (!row) throw refused('The API key is unknown');
    if (row.revokedAt) throw refused('The API key was revoked');
    if (row.expiresAt && row.expiresAt <= now) throw refused('The API key has expired');
    const creator = await ctx.db.getRepository(User).findOneBy({ id: row.createdBy });
    if (!creator) throw refused('The API key is unknown');
    const last = lastWritten.get(row.id);
    if (!last || last.ip !== ip || now.getTime() - last.at >= LAST_USED_EVERY_MS) {
      lastWritten.set(row.id, { at: now.getTime(), ip });
      await ctx.db.getRepository(ApiKeyRow).update({ id: row.id }, { lastUsedAt: now, lastUsedIp: ip });
    }
    return {
      userId: creator.id,
      email: creator.email,
      role: row.vendorId ? Role.VendorMember : Role.Admin,
      vendorId: row.vendorId,
      apiKey: { id: row.id, prefix: row.prefix, scopes: row.scopes },
    };
  };
}
