import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { EntityManager } from 'typeorm';
import { ErrorCode, type Passkey, type PasskeyAssertion, type PasskeyRegistrationOptions, type PasskeySignInOptions, type RegisterPasskeyBody } from '@cep/shared';
import type { AppContext } from '../../context.ts';
import { AppError, notFound } from '../../plugins/errors.ts';
import type { Principal } from '../../plugins/auth.ts';
import { type Actor, recordAudit } from '../audit/index.ts';
import { openChallenge, spendChallenge, takeChallenge } from './challenges.ts';
import { ChallengePurpose, PasskeyRow } from './second-factor.entity.ts';
import { afterPasskeyRemoved, assertNotLastOfAdmin, personOf, tellSecondFactorChange } from './factors.ts';

/**
 * Passkeys (WebAuthn): registered from the account page, then used as the second step after the
 * password or to sign in without one. The browser binds each to the registry's domain
 * (`config.webAuthn.rpId`) and the server checks the page's origin on every ceremony.
 */

const RP_NAME = 'Customer Excellence Pledge registry';
const MAX_PASSKEYS = 10;

export const toPasskey = (row: PasskeyRow): Passkey => ({ id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), lastUsedAt: row.lastUsedAt?.toISOString() ?? null });

/** Options for signing with one of these passkeys (the second step after a password). */
export async function passkeyRequestOptions(ctx: AppContext, passkeys: PasskeyRow[]): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({
    rpID: ctx.config.webAuthn.rpId,
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports as AuthenticatorTransportFuture[] })),
    userVerification: 'preferred',
  });
}
type AuthenticatorTransportFuture = NonNullable<RegistrationResponseJSON['response']['transports']>[number];

export async function passkeyRegistrationOptions(ctx: AppContext, principal: Principal): Promise<PasskeyRegistrationOptions> {
  return ctx.db.transaction(async (manager) => {
    const user = await personOf(manager, principal);
    const existing = await manager.getRepository(PasskeyRow).findBy({ userId: user.id });
    if (existing.length >= MAX_PASSKEYS) throw new AppError(ErrorCode.InvalidState, `An account holds at most ${MAX_PASSKEYS} passkeys; remove one first`);
    const options = await generateRegistrationOptions({
      rpName: RP_NAME,
      rpID: ctx.config.webAuthn.rpId,
      userName: user.email,
      userDisplayName: user.name || user.email,
      userID: new TextEncoder().encode(user.id),
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
      // Discoverable, so the same passkey can also sign in without a password.
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    });
    const step = await openChallenge(ctx, manager, { userId: user.id, purpose: ChallengePurpose.PasskeyRegistration, webauthnChallenge: options.challenge });
    return { challenge: step.token, options };
  });
}

const refused = (detail: string) => new AppError(ErrorCode.InvalidSecondFactor, detail, [{ field: 'response', message: 'was not accepted' }]);

export async function registerPasskey(ctx: AppContext, principal: Principal, body: RegisterPasskeyBody, actor: Actor): Promise<Passkey> {
  return ctx.db.transaction(async (manager) => {
    const user = await personOf(manager, principal, true);
    const challenge = await takeChallenge(ctx, manager, body.challenge, ChallengePurpose.PasskeyRegistration);
    if (challenge.userId !== user.id || !challenge.webauthnChallenge) throw refused('This registration was started by another account');
    const verification = await verifyRegistrationResponse({
      response: body.response as RegistrationResponseJSON,
      expectedChallenge: challenge.webauthnChallenge,
      expectedOrigin: ctx.config.webAuthn.origins,
      expectedRPID: ctx.config.webAuthn.rpId,
      requireUserVerification: false,
    }).catch((error: unknown) => {
      throw refused(`The passkey could not be verified: ${error instanceof Error ? error.message : String(error)}`);
    });
    if (!verification.verified) throw refused('The passkey could not be verified');
    await spendChallenge(ctx, manager, challenge);
    const { credential } = verification.registrationInfo;
    if (await manager.getRepository(PasskeyRow).existsBy({ credentialId: credential.id })) throw new AppError(ErrorCode.Duplicate, 'This passkey is already registered');
    const now = ctx.clock();
    const name = body.name?.trim() || `Passkey added ${now.toISOString().slice(0, 10)}`;
    const row = await manager.getRepository(PasskeyRow).save(
      manager.getRepository(PasskeyRow).create({ userId: user.id, credentialId: credential.id, publicKey: Buffer.from(credential.publicKey), counter: credential.counter, transports: credential.transports ?? [], name, createdAt: now, lastUsedAt: null }),
    );
    await recordAudit(manager, { ...actor, label: user.email }, { action: 'user.passkey_added', entityType: 'user', entityId: user.id, vendorId: user.vendorId, details: { passkey: name } }, now);
    await tellSecondFactorChange(ctx, manager, user, 'passkey_added', true, name);
    return toPasskey(row);
  });
}

export async function removePasskey(ctx: AppContext, principal: Principal, passkeyId: string, actor: Actor): Promise<void> {
  await ctx.db.transaction(async (manager) => {
    const user = await personOf(manager, principal, true);
    const row = await manager.getRepository(PasskeyRow).findOneBy({ id: passkeyId, userId: user.id });
    if (!row) throw notFound('Passkey');
    const othersLeft = (await manager.getRepository(PasskeyRow).countBy({ userId: user.id })) - 1 + (user.totpEnabledAt ? 1 : 0);
    assertNotLastOfAdmin(user, othersLeft);
    await manager.delete(PasskeyRow, { id: row.id });
    await recordAudit(manager, { ...actor, label: user.email }, { action: 'user.passkey_removed', entityType: 'user', entityId: user.id, vendorId: user.vendorId, details: { passkey: row.name } }, ctx.clock());
    await afterPasskeyRemoved(ctx, manager, user, row.name);
  });
}

/** Options for a sign-in with a passkey alone: any passkey of this site may answer. */
export async function passkeySignInOptions(ctx: AppContext): Promise<PasskeySignInOptions> {
  const options = await generateAuthenticationOptions({ rpID: ctx.config.webAuthn.rpId, userVerification: 'required' });
  const step = await openChallenge(ctx, ctx.db.manager, { userId: null, purpose: ChallengePurpose.PasskeySignIn, webauthnChallenge: options.challenge });
  return { challenge: step.token, options };
}

/**
 * Checks a passkey's signature over the step's challenge. `userId` limits it to that account's
 * passkeys (the second step); a sign-in without a password must also show user verification
 * (a PIN or a fingerprint on the device), which makes the passkey two factors in one. Returns
 * the passkey, its counter and last use updated, or null when it does not verify.
 */
export async function verifyPasskey(
  ctx: AppContext,
  manager: EntityManager,
  assertion: PasskeyAssertion,
  expected: { webauthnChallenge: string; userId: string | null; requireUserVerification: boolean },
): Promise<PasskeyRow | null> {
  const row = await manager.getRepository(PasskeyRow).findOneBy({ credentialId: assertion.id });
  if (!row || (expected.userId !== null && row.userId !== expected.userId)) return null;
  const verification = await verifyAuthenticationResponse({
    response: assertion as AuthenticationResponseJSON,
    expectedChallenge: expected.webauthnChallenge,
    expectedOrigin: ctx.config.webAuthn.origins,
    expectedRPID: ctx.config.webAuthn.rpId,
    credential: { id: row.credentialId, publicKey: new Uint8Array(row.publicKey), counter: row.counter, transports: row.transports as AuthenticatorTransportFuture[] },
    requireUserVerification: expected.requireUserVerification,
  }).catch(() => null);
  if (!verification?.verified) return null;
  await manager.update(PasskeyRow, { id: row.id }, { counter: verification.authenticationInfo.newCounter, lastUsedAt: ctx.clock() });
  return row;
}
