import type { AcceptInvitationBody, InvitationSummary, LoginBody, Me, TokenResponse } from '@cep/shared';
import { api, endSession, hasAccessToken, refreshSession, startSession } from '../../../lib/api-client.ts';

export async function login(body: LoginBody): Promise<Me> {
  return startSession(await api.post<TokenResponse>('/auth/login', body, { auth: false }));
}

export async function logout(): Promise<void> {
  try {
    await api.post<undefined>('/auth/logout', undefined, { auth: false });
  } finally {
    endSession();
  }
}

/** On start (or reload) the access token is gone; the refresh cookie brings the session back. */
export async function restoreSession(): Promise<Me | null> {
  if (hasAccessToken()) return api.get<Me>('/me');
  return refreshSession();
}

export const getInvitation = (token: string, signal?: AbortSignal) =>
  api.get<InvitationSummary>(`/invitations/${encodeURIComponent(token)}`, { signal, auth: false });

export const acceptInvitation = (token: string, body: AcceptInvitationBody) =>
  api.post<Me>(`/invitations/${encodeURIComponent(token)}/accept`, body, { auth: false });
