/**
 * Credentials: signed Open Badges 3.0 membership credentials, the issuer's did:web keys and the
 * status lists that revoke or suspend them.
 */
export { Credential, IssuerKey } from './credential.entity.ts';
export { registerCredentialJobs } from './credentials.jobs.ts';
export { credentialApiRoutes, credentialPublicRoutes } from './credentials.routes.ts';
export { type Issuer, loadIssuer, newSigningKey } from './issuer.ts';
export { createStatusLists } from './status-lists.ts';
