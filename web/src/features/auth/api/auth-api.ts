import type {
  AcceptInvitationBody,
  ChangeEmailBody,
  ChangePasswordBody,
  ConfirmTotpBody,
  LoginBody,
  Me,
  PasswordConfirmation,
  PasswordResetBody,
  PasswordResetRequestBody,
  RegisterPasskeyBody,
  SecondFactorBody,
  SecondFactorChallenge,
} from '@cep/shared';
import { type AuthenticationResponseJSON, type PublicKeyCredentialCreationOptionsJSON, type PublicKeyCredentialRequestOptionsJSON, startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { endSession, hasAccessToken, refreshSession, registry, startSession, unwrap } from '../../../lib/api-client.ts';

/** A sign-in ends signed in, or waits for the second factor. */
export type SignInAnswer = { kind: 'signed_in'; user: Me } | { kind: 'second_factor'; step: SecondFactorChallenge['secondFactor'] };

export async function login(body: LoginBody): Promise<SignInAnswer> {
  const answer = await unwrap(registry.POST('/api/v1/auth/login', { body }));
  return 'secondFactor' in answer ? { kind: 'second_factor', step: answer.secondFactor } : { kind: 'signed_in', user: startSession(answer) };
}

export async function completeSecondFactor(body: SecondFactorBody): Promise<Me> {
  return startSession(await unwrap(registry.POST('/api/v1/auth/login/second-factor', { body })));
}

/**
 * WebAuthn options as the registry made them with @simplewebauthn/server: the API document
 * describes them loosely (their shape is the WebAuthn specification's), and they go to the browser
 * library as they came.
 */
const asOptions = <T>(options: object): T => options as T;

/** An authenticator's answer in the shape the API document gives it (extension results as a plain record). */
const asAssertion = (answer: AuthenticationResponseJSON) => ({ ...answer, clientExtensionResults: { ...answer.clientExtensionResults } });

/** The second step with a passkey: the browser asks the authenticator to sign the step's challenge. */
export async function completeWithPasskey(step: SecondFactorChallenge['secondFactor']): Promise<Me> {
  if (!step.passkeyOptions) throw new Error('This account has no passkey');
  const answer = await startAuthentication({ optionsJSON: asOptions<PublicKeyCredentialRequestOptionsJSON>(step.passkeyOptions) });
  return completeSecondFactor({ challenge: step.challenge, passkey: asAssertion(answer) });
}

/** Signs in with a passkey alone: any passkey registered here, unlocked on the device. */
export async function signInWithPasskey(): Promise<Me> {
  const { challenge, options } = await unwrap(registry.POST('/api/v1/auth/passkey-sign-in/options'));
  const answer = await startAuthentication({ optionsJSON: asOptions<PublicKeyCredentialRequestOptionsJSON>(options) });
  return startSession(await unwrap(registry.POST('/api/v1/auth/passkey-sign-in', { body: { challenge, passkey: asAssertion(answer) } })));
}

export const getTwoFactor = (signal?: AbortSignal) => unwrap(registry.GET('/api/v1/auth/two-factor', { signal }));

export const startTotp = () => unwrap(registry.POST('/api/v1/auth/two-factor/totp'));

export const confirmTotp = (body: ConfirmTotpBody) => unwrap(registry.POST('/api/v1/auth/two-factor/totp/confirm', { body }));

export const removeTotp = (body: PasswordConfirmation) => unwrap(registry.DELETE('/api/v1/auth/two-factor/totp', { body }));

export const renewRecoveryCodes = (body: PasswordConfirmation) => unwrap(registry.POST('/api/v1/auth/two-factor/recovery-codes', { body }));

/** Registers a passkey: the browser makes a key pair on the authenticator, the registry keeps the public half. */
export async function addPasskey(name: string): Promise<void> {
  const { challenge, options } = await unwrap(registry.POST('/api/v1/auth/passkeys/options'));
  const answer = await startRegistration({ optionsJSON: asOptions<PublicKeyCredentialCreationOptionsJSON>(options) });
  const response = { ...answer, clientExtensionResults: { ...answer.clientExtensionResults } };
  const body: RegisterPasskeyBody = { challenge, response, ...(name.trim() ? { name: name.trim() } : {}) };
  await unwrap(registry.POST('/api/v1/auth/passkeys', { body }));
}

export const removePasskey = (id: string) => unwrap(registry.DELETE('/api/v1/auth/passkeys/{id}', { params: { path: { id } } }));

export async function logout(): Promise<void> {
  try {
    await unwrap(registry.POST('/api/v1/auth/logout'));
  } finally {
    endSession();
  }
}

/** On start (or reload) the access token is gone; the refresh cookie brings the session back. */
export async function restoreSession(): Promise<Me | null> {
  if (hasAccessToken()) return unwrap(registry.GET('/api/v1/me'));
  return refreshSession();
}

export const getInvitation = (token: string, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/invitations/{token}', { params: { path: { token } }, signal }));

export const acceptInvitation = (token: string, body: AcceptInvitationBody) => unwrap(registry.POST('/api/v1/invitations/{token}/accept', { params: { path: { token } }, body }));

export const requestPasswordReset = (body: PasswordResetRequestBody) => unwrap(registry.POST('/api/v1/auth/password-resets', { body }));

export const getPasswordReset = (token: string, signal?: AbortSignal) => unwrap(registry.GET('/api/v1/auth/password-resets/{token}', { params: { path: { token } }, signal }));

export const resetPassword = (token: string, body: PasswordResetBody) => unwrap(registry.POST('/api/v1/auth/password-resets/{token}', { params: { path: { token } }, body }));

export const changePassword = (body: ChangePasswordBody) => unwrap(registry.POST('/api/v1/auth/password', { body }));

export const changeEmail = (body: ChangeEmailBody) => unwrap(registry.POST('/api/v1/auth/email', { body }));

export const confirmEmailChange = (token: string) => unwrap(registry.POST('/api/v1/auth/email-changes/{token}', { params: { path: { token } } }));

export const listDevices = (signal?: AbortSignal) => unwrap(registry.GET('/api/v1/auth/sessions', { signal }));

export const signOutDevice = (id: string) => unwrap(registry.DELETE('/api/v1/auth/sessions/{id}', { params: { path: { id } } }));

export const signOutOtherDevices = () => unwrap(registry.DELETE('/api/v1/auth/sessions'));
