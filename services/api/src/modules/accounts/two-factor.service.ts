import QRCode from 'qrcode';
import { type EntityManager, IsNull } from 'typeorm';
import { ErrorCode, isAppCode, RECOVERY_CODE_COUNT, type RecoveryCodes, Role, type SecondFactorChallenge, type TotpEnrolment, type TwoFactorStatus } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { AppError, invalid } from '../../plugins/errors.ts';
import type { Principal } from '../../plugins/auth.ts';
import { type Actor, recordAudit } from '../audit/index.ts';
import { mailLinks, queueMail } from '../mail/index.ts';
import { recoveryCodeUsedMail } from './accounts.mails.ts';
import { openChallenge } from './challenges.ts';
import { assertNotLastOfAdmin, assertPassword, hasSecondFactor, personOf, tellSecondFactorChange } from './factors.ts';
import { passkeyRequestOptions, toPasskey } from './passkeys.service.ts';
import { ChallengePurpose, PasskeyRow, RecoveryCode } from './second-factor.entity.ts';
import { hashToken } from './tokens.ts';
import { newRecoveryCode, newTotpSecret, normaliseRecoveryCode, totpStep, totpUri } from './totp.ts';
import { User } from './user.entity.ts';

/**
 * Two-step sign-in: an authenticator app (TOTP) with ten one-time recovery codes, or a passkey
 * (passkeys.service.ts). Optional for vendors' people; an admin account must have one before it
 * can do anything else (the auth plugin refuses its other requests).
 */

export async function twoFactorStatus(ctx: AppContext, principal: Principal): Promise<TwoFactorStatus> {
  const user = await personOf(ctx.db.manager, principal);
  const passkeys = await ctx.db.getRepository(PasskeyRow).find({ where: { userId: user.id }, order: { createdAt: 'ASC' } });
  const recoveryCodesLeft = await ctx.db.getRepository(RecoveryCode).countBy({ userId: user.id, usedAt: IsNull() });
  return {
    enabled: user.totpEnabledAt !== null || passkeys.length > 0,
    required: user.role === Role.Admin,
    totpEnabledAt: user.totpEnabledAt?.toISOString() ?? null,
    recoveryCodesLeft,
    passkeys: passkeys.map(toPasskey),
  };
}

/**
 * A new secret for the authenticator app, shown once as a QR code. It counts only when a code from
 * it is confirmed, so an app already set up keeps working until then.
 */
export async function startTotp(ctx: AppContext, principal: Principal): Promise<TotpEnrolment> {
  const user = await personOf(ctx.db.manager, principal);
  const secret = newTotpSecret();
  await ctx.db.getRepository(User).update({ id: user.id }, { totpPendingSecret: secret });
  const uri = totpUri(secret, user.email);
  return { secret, uri, qrCode: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

/** Replaces the account's recovery codes with ten new ones; returns them (shown once). */
async function issueRecoveryCodes(ctx: AppContext, manager: EntityManager, userId: string): Promise<string[]> {
  await manager.delete(RecoveryCode, { userId });
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await manager.insert(
    RecoveryCode,
    codes.map((code) => ({ userId, codeHash: hashToken(code), createdAt: ctx.clock() })),
  );
  return codes;
}


/**
 * The first code from the app turns it on (or moves it to a new phone): the secret waiting since
 * `startTotp` replaces any earlier one, and ten new recovery codes replace the old.
 */
export async function confirmTotp(ctx: AppContext, principal: Principal, code: string, actor: Actor): Promise<RecoveryCodes> {
  return ctx.db.transaction(async (manager) => {
    const user = await personOf(manager, principal, true);
    if (!user.totpPendingSecret) throw new AppError(ErrorCode.InvalidState, 'Start setting up the authenticator app first: there is no new secret to confirm');
    const step = totpStep(user.totpPendingSecret, code, ctx.clock());
    if (step === null) throw invalid([{ field: 'code', message: 'does not match: type the code the app shows now (and check that the phone’s clock is right)' }]);
    const now = ctx.clock();
    const replacing = user.totpEnabledAt !== null;
    await manager.update(User, { id: user.id }, { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step });
    const recoveryCodes = await issueRecoveryCodes(ctx, manager, user.id);
    await recordAudit(manager, { ...actor, label: user.email }, { action: replacing ? 'user.totp_replaced' : 'user.totp_enabled', entityType: 'user', entityId: user.id, vendorId: user.vendorId }, now);
    await tellSecondFactorChange(ctx, manager, user, 'app_on', true);
    return { recoveryCodes };
  });
}


/** Turns the app off (password required). Without a passkey left, the recovery codes go too. */
export async function disableTotp(ctx: AppContext, principal: Principal, currentPassword: string, actor: Actor): Promise<void> {
  await ctx.db.transaction(async (manager) => {
    const user = await personOf(manager, principal, true);
    await assertPassword(user, currentPassword);
    if (!user.totpEnabledAt) throw new AppError(ErrorCode.InvalidState, 'No authenticator app is set up');
    const passkeys = await manager.getRepository(PasskeyRow).countBy({ userId: user.id });
    assertNotLastOfAdmin(user, passkeys);
    await manager.update(User, { id: user.id }, { totpSecret: null, totpEnabledAt: null, totpLastStep: null, totpPendingSecret: null });
    if (passkeys === 0) await manager.delete(RecoveryCode, { userId: user.id });
    await recordAudit(manager, { ...actor, label: user.email }, { action: 'user.totp_disabled', entityType: 'user', entityId: user.id, vendorId: user.vendorId }, ctx.clock());
    await tellSecondFactorChange(ctx, manager, user, 'app_off', passkeys > 0);
  });
}

export async function renewRecoveryCodes(ctx: AppContext, principal: Principal, currentPassword: string, actor: Actor): Promise<RecoveryCodes> {
  return ctx.db.transaction(async (manager) => {
    const user = await personOf(manager, principal, true);
    await assertPassword(user, currentPassword);
    if (!(await hasSecondFactor(manager, user))) throw new AppError(ErrorCode.InvalidState, 'Recovery codes stand in for a second factor: set one up first');
    const recoveryCodes = await issueRecoveryCodes(ctx, manager, user.id);
    await recordAudit(manager, { ...actor, label: user.email }, { action: 'user.recovery_codes_renewed', entityType: 'user', entityId: user.id, vendorId: user.vendorId }, ctx.clock());
    await tellSecondFactorChange(ctx, manager, user, 'codes_renewed', true);
    return { recoveryCodes };
  });
}



/** The password was right: the step that waits for the second factor, with passkey options when the account has any. */
export async function openSecondFactorStep(ctx: AppContext, manager: EntityManager, user: User): Promise<SecondFactorChallenge> {
  const passkeys = await manager.getRepository(PasskeyRow).findBy({ userId: user.id });
  const passkeyOptions = passkeys.length > 0 ? await passkeyRequestOptions(ctx, passkeys) : undefined;
  const step = await openChallenge(ctx, manager, { userId: user.id, purpose: ChallengePurpose.SecondFactor, webauthnChallenge: passkeyOptions?.challenge ?? null });
  const methods: SecondFactorChallenge['secondFactor']['methods'] = [];
  if (user.totpEnabledAt) methods.push('totp');
  if (passkeys.length > 0) methods.push('passkey');
  methods.push('recovery_code');
  return { secondFactor: { challenge: step.token, expiresAt: step.expiresAt.toISOString(), methods, ...(passkeyOptions ? { passkeyOptions } : {}) } };
}

/**
 * Checks a typed code against the app (each 30-second code works once: a step at or before the
 * last accepted one is refused) or against the unused recovery codes (spent on success, and the
 * person told how many are left). True when it matched.
 */
export async function checkTypedCode(ctx: AppContext, manager: EntityManager, user: User, typed: string): Promise<boolean> {
  const now = ctx.clock();
  if (isAppCode(typed)) {
    if (!user.totpSecret) return false;
    const step = totpStep(user.totpSecret, typed, now);
    if (step === null || (user.totpLastStep !== null && step <= user.totpLastStep)) return false;
    await manager.update(User, { id: user.id }, { totpLastStep: step });
    return true;
  }
  const spent = await manager
    .createQueryBuilder()
    .update(RecoveryCode)
    .set({ usedAt: now })
    .where('user_id = :userId AND code_hash = :hash AND used_at IS NULL', { userId: user.id, hash: hashToken(normaliseRecoveryCode(typed)) })
    .execute();
  if (!spent.affected) return false;
  const left = await manager.getRepository(RecoveryCode).countBy({ userId: user.id, usedAt: IsNull() });
  await queueMail(ctx, manager, { to: user.email, ...recoveryCodeUsedMail(mailLinks(ctx.config.publicUrl), { at: now, left }) });
  return true;
}
