import type { EntityManager } from 'typeorm';
import type { FastifyRequest } from 'fastify';
import { AuditEntry } from './audit-entry.entity.ts';

export interface Actor {
  id: string | null;
  label: string;
  requestId: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'system', requestId: null };

/** The actor of a request: the signed-in user, the key and the person who made it, or "anonymous" for public forms. */
export function actorOf(request: FastifyRequest): Actor {
  const p = request.principal;
  const label = !p ? 'anonymous' : p.apiKey ? `${p.email} via API key ${p.apiKey.prefix}…` : p.email;
  return { id: p?.userId ?? null, label, requestId: String(request.id) };
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  vendorId?: string | null;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

/** Appends one line to the audit log, in the caller's transaction. */
export async function recordAudit(manager: EntityManager, actor: Actor, record: AuditRecord, at: Date): Promise<void> {
  const log = manager.getRepository(AuditEntry);
  await log.save(
    log.create({
      at,
      actorId: actor.id,
      actorLabel: actor.label,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      vendorId: record.vendorId ?? null,
      fromState: record.from ?? null,
      toState: record.to ?? null,
      reason: record.reason ?? null,
      requestId: actor.requestId,
      details: record.details ?? null,
    }),
  );
}
