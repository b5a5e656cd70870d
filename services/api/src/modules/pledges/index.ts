/**
 * Pledges: the agreement and its versions, each vendor's pledge and its lifecycle (`pledge-states`
 * in @cep/shared), signatures, appeals and the hourly scan. What modules above need is this small
 * interface: lock a pledge, move it through the table, read its target and due dates.
 */
export { AgreementVersion } from './agreement.entity.ts';
export { heldTargets } from './agreements.service.ts';
export { ISSUE_CREDENTIAL_JOB, queueCredentialIssue } from './credential-queue.ts';
export { PledgeAppeal } from './pledge-appeal.entity.ts';
export { PledgeSignature } from './pledge-signature.entity.ts';
export { Pledge } from './pledge.entity.ts';
export { firstNotice, registerPledgeJobs, scanPledges } from './pledges.jobs.ts';
export { pledgesRoutes } from './pledges.routes.ts';
export { registerPledgeNotices } from './pledges.notices.ts';
export { openAppeals } from './pledges.queries.ts';
export { applyTransition, lockPledge, nextDueOf, openPledge, pledgeFacts, pledgeSummaries, rebuildStandings, refreshStanding, standings } from './pledges.service.ts';
