/**
 * Accounts: people and how they sign in — users, sessions (refresh tokens), second factors (an
 * authenticator app, recovery codes, passkeys), invitations, a
 * vendor's team — and who is told about what (`mailAdmins`, `mailOwners`).
 */
export { accountsRoutes } from './accounts.routes.ts';
export { createPersonFinder, inviteUser, toPrincipal } from './accounts.service.ts';
export { Invitation } from './invitation.entity.ts';
export { hashPassword, verifyPassword } from './passwords.ts';
export { mailAdmins, mailOwners, ownerEmails } from './recipients.ts';
export { RefreshToken } from './refresh-token.entity.ts';
export { clearSecondFactors, hasSecondFactor } from './factors.ts';
export { createSignInGuard } from './sign-in-guard.ts';
export { teamRoutes } from './team.routes.ts';
export { twoFactorRoutes } from './two-factor.routes.ts';
export { hashToken, newToken, sha256 } from './tokens.ts';
export { newTotpSecret } from './totp.ts';
export { User } from './user.entity.ts';
