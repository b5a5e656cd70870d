import type { AcceptInvitationBody, ChangeEmailBody, ChangePasswordBody, LoginBody, Me, PasswordResetBody, PasswordResetRequestBody } from '@cep/shared';
import { endSession, hasAccessToken, refreshSession, registry, startSession, unwrap } from '../../../lib/api-client.ts';

export async function login(body: LoginBody): Promise<Me> {
  return startSession(await unwrap(registry.POST('/api/v1/auth/login', { body })));
}

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
