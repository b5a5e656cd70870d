import type { DataSource } from 'typeorm';

export interface AuditRow {
  actor_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  vendor_id: string | null;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  request_id: string | null;
  details: Record<string, unknown> | null;
}

/** The audit lines about one entity, oldest first. */
export async function auditOf(db: DataSource, entityId: string): Promise<AuditRow[]> {
  return (await db.query(
    `SELECT actor_id, actor_label, action, entity_type, entity_id, vendor_id, from_state, to_state, reason, request_id, details
       FROM audit_log WHERE entity_id = $1 ORDER BY id`,
    [entityId],
  )) as AuditRow[];
}

export interface MailRow {
  to_address: string;
  subject: string;
  body_text: string;
  status: string;
}

/** The outbox messages to one address, oldest first. */
export async function mailTo(db: DataSource, to: string): Promise<MailRow[]> {
  return (await db.query(`SELECT to_address, subject, body_text, status FROM mail_message WHERE to_address = $1 ORDER BY created_at, id`, [to])) as MailRow[];
}

/** The one-time token in an invitation e-mail (`…/invitations/<token>`). */
export function invitationTokenIn(text: string): string {
  const match = /\/invitations\/([A-Za-z0-9_-]{20,})/.exec(text);
  if (!match?.[1]) throw new Error(`no invitation link in: ${text}`);
  return match[1];
}

export type CountedTable =
  | 'application'
  | 'app_user'
  | 'recovery_code'
  | 'vendor'
  | 'invitation'
  | 'mail_message'
  | 'refresh_token'
  | 'agreement_version'
  | 'pledge_signature'
  | 'pledge_appeal'
  | 'audit_log'
  | 'domain_event';

export async function countRows(db: DataSource, table: CountedTable, where = 'TRUE', params: unknown[] = []): Promise<number> {
  const [row] = (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params)) as { n: number }[];
  return row?.n ?? 0;
}

/** The one-time token in a complaint e-mail (`…/complaints/confirm/<token>` or `…/complaints/outcome/<token>`). */
export function complaintTokenIn(text: string, link: 'confirm' | 'outcome'): string {
  const match = new RegExp(`/complaints/${link}/([A-Za-z0-9_-]{20,})`).exec(text);
  if (!match?.[1]) throw new Error(`no ${link} link in: ${text}`);
  return match[1];
}

/** Every message in the outbox, oldest first. */
export async function allMail(db: DataSource): Promise<MailRow[]> {
  return (await db.query(`SELECT to_address, subject, body_text, status FROM mail_message ORDER BY created_at, id`)) as MailRow[];
}

export interface ComplaintRow {
  id: string;
  reference: string;
  vendor_id: string;
  name: string;
  email: string;
  organisation: string | null;
  subject: string;
  description: string;
  promise: string;
  consent: boolean;
  state: string;
  confirm_token_hash: string | null;
  confirm_expires_at: Date;
  confirmed_at: Date | null;
  forwarded_at: Date | null;
  response_due_at: Date | null;
  responded_at: Date | null;
  outcome_token_hash: string | null;
  outcome_at: Date | null;
  outcome_comment: string | null;
  created_at: Date;
}

/** One complaint row as stored, by id or reference; null when there is none. */
export async function complaintRow(db: DataSource, idOrReference: string): Promise<ComplaintRow | null> {
  const column = /^C-/.test(idOrReference) ? 'reference' : 'id';
  const [row] = (await db.query(`SELECT * FROM complaint WHERE ${column} = $1`, [idOrReference])) as ComplaintRow[];
  return row ?? null;
}

/** How many complaints are stored (all states), optionally about one vendor. */
export async function countComplaints(db: DataSource, vendorId?: string): Promise<number> {
  const [row] = (await db.query(`SELECT count(*)::int AS n FROM complaint WHERE $1::uuid IS NULL OR vendor_id = $1`, [vendorId ?? null])) as { n: number }[];
  return row?.n ?? 0;
}
