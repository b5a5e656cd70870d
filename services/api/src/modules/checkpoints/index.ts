/**
 * Checkpoints: every six months a member's data — drafts, ticket imports, submission, the admin's
 * review (`checkpoint-states` in @cep/shared) — and the figures and trends computed from it.
 */
export { Checkpoint } from './checkpoint.entity.ts';
export { registerCheckpointNotices } from './checkpoints.notices.ts';
export { checkpointsRoutes } from './checkpoints.routes.ts';
export { rebuildProgramFigures, registerProgramFiguresJob } from './program-figures.service.ts';
export { recordReview, recordSubmission } from './revisions.ts';
export { returnedPeriods, submissionsToReview } from './submissions.service.ts';
export { ticketImport } from './ticket-import.ts';
