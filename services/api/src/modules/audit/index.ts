/** Audit: one line per state change — who, when, from, to, why. Every module writes through here. */
export { AuditEntry } from './audit-entry.entity.ts';
export { type Actor, actorOf, recordAudit, SYSTEM_ACTOR } from './audit.service.ts';
