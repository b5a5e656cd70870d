import { isApiError } from '../../../lib/api-client.ts';

/** A one-time link that was used, expired (410) or is not complete (400). */
export const isLinkGone = (error: unknown): boolean => isApiError(error) && (error.status === 410 || error.status === 400);

export function LinkGone() {
  return (
    <div className="error-state" role="alert" data-testid="complaint-link-gone">
      <p className="error-state-title">This link was already used or has expired.</p>
      <p>Each link in our e-mails works once. If you copied it, check that nothing is missing at its end.</p>
    </div>
  );
}
