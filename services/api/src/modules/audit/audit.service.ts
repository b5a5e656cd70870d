import type { EntityManager } from 'typeorm';
import type { FastifyRequest } from 'fastify';

export interface Actor {
  id: string | null;
  label: string;
  requestId: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'system', requestId: null };

/** The actor of a request: the signed-in user, or "anonymous" for public forms. */
export function actorOf(request: FastifyRequest): Actor {
  const p = request.principal;
  return { id: p?.userId ?? null, label: p?.email ?? 'anonymous', requestId: String(request.id) };
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
  await manager.query(
    `INSERT INTO audit_log (at, actor_id, actor_label, action, entity_type, entity_id, vendor_id, from_state, to_state, reason, request_id, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      at,
      actor.id,
      actor.label,
      record.action,
      record.entityType,
      record.entityId,
      record.vendorId ?? null,
      record.from ?? null,
      record.to ?? null,
      record.reason ?? null,
      actor.requestId,
      record.details ? JSON.stringify(record.details) : null,
    ],
  );
}
