import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { ApiError, isApiError } from '../../../lib/api-client.ts';

/** Whether this browser can use passkeys at all (never during the server's render). */
export const passkeysAvailable = (): boolean => typeof window !== 'undefined' && browserSupportsWebAuthn();

/**
 * A passkey ceremony that failed in the browser (cancelled, timed out, no matching key) says so in
 * words; the registry's own refusals keep theirs.
 */
export function passkeyFailure(error: unknown): unknown {
  if (isApiError(error) || !(error instanceof Error)) return error;
  const cancelled = error.name === 'NotAllowedError' || /cancel|timed out|not allowed/i.test(error.message);
  return new ApiError({
    status: 0,
    code: 'passkey_failed',
    title: cancelled ? 'No passkey was used' : 'The passkey did not work',
    detail: cancelled ? 'The request was cancelled or timed out. Try again, or use another way to sign in.' : error.message,
  });
}
