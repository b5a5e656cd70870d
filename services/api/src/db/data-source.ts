import type { EventEmitter } from 'node:events';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations/index.ts';
// Entity classes from their own files (not the modules' front doors): loading the schema — the
// migrate command, the test set-up — must not load every route and service.
import { AccountLink } from '../modules/accounts/account-link.entity.ts';
import { Invitation } from '../modules/accounts/invitation.entity.ts';
import { RefreshToken } from '../modules/accounts/refresh-token.entity.ts';
import { PasskeyRow, RecoveryCode, SignInChallenge } from '../modules/accounts/second-factor.entity.ts';
import { User } from '../modules/accounts/user.entity.ts';
import { Application } from '../modules/applications/application.entity.ts';
import { JoinRequest } from '../modules/applications/join-request.entity.ts';
import { AuditEntry } from '../modules/audit/audit-entry.entity.ts';
import { MailMessage } from '../modules/mail/mail-message.entity.ts';
import { Category } from '../modules/vendors/category.entity.ts';
import { Vendor } from '../modules/vendors/vendor.entity.ts';
import { Checkpoint } from '../modules/checkpoints/checkpoint.entity.ts';
import { CheckpointRevision } from '../modules/checkpoints/checkpoint-revision.entity.ts';
import { ProgramPeriodRow } from '../modules/checkpoints/program-period.entity.ts';
import { AgreementVersion } from '../modules/pledges/agreement.entity.ts';
import { PledgeAppeal } from '../modules/pledges/pledge-appeal.entity.ts';
import { PledgeSignature } from '../modules/pledges/pledge-signature.entity.ts';
import { Pledge } from '../modules/pledges/pledge.entity.ts';
import { Complaint } from '../modules/complaints/complaint.entity.ts';
import { ComplaintMessage } from '../modules/complaints/complaint-message.entity.ts';
import { Credential, IssuerKey } from '../modules/credentials/credential.entity.ts';
import { BadgeView } from '../modules/badges/badge-view.entity.ts';
import { WatchEntry } from '../modules/complaints/watch-entry.entity.ts';
import { Notice } from '../modules/pledges/notice.entity.ts';
import { IdempotencyKey } from '../plugins/idempotency-key.entity.ts';
import { RateLimitWindow } from '../plugins/rate-limit-window.entity.ts';
import { Job } from '../plugins/job.entity.ts';
import { DomainEventRow, EventCounter } from '../modules/events/domain-event.entity.ts';
import { ApiKeyRow } from '../modules/integrations/api-key.entity.ts';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from '../modules/integrations/webhook.entity.ts';

export const ENTITIES = [
  User,
  RefreshToken,
  Invitation,
  AccountLink,
  RecoveryCode,
  PasskeyRow,
  SignInChallenge,
  Category,
  Vendor,
  Application,
  JoinRequest,
  AuditEntry,
  MailMessage,
  AgreementVersion,
  Pledge,
  PledgeSignature,
  PledgeAppeal,
  Checkpoint,
  CheckpointRevision,
  ProgramPeriodRow,
  Complaint,
  ComplaintMessage,
  Credential,
  IssuerKey,
  Notice,
  BadgeView,
  WatchEntry,
  Job,
  IdempotencyKey,
  RateLimitWindow,
  DomainEventRow,
  EventCounter,
  ApiKeyRow,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookAttempt,
];

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  applicationName?: string;
}

/**
 * The one DataSource: migrations only, never `synchronize`. The pool gives up connecting after
 * `connectTimeoutMs` and PostgreSQL cancels statements after `statementTimeoutMs`, so a database
 * outage turns into quick 503s instead of hanging requests.
 */
export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    poolSize: options.poolSize,
    applicationName: options.applicationName ?? 'cep-api',
    extra: {
      connectionTimeoutMillis: options.connectTimeoutMs,
      statement_timeout: options.statementTimeoutMs,
      // The server cancels slow statements; this covers a server that stopped answering at all
      // (frozen, or the network between): the client gives up a little after the server would have.
      query_timeout: options.statementTimeoutMs + 2000,
      keepAlive: true,
      idle_in_transaction_session_timeout: options.statementTimeoutMs * 2,
    },
  });
}

/**
 * Every pooled connection keeps an `error` listener. pg-pool removes its own listener when it hands
 * a connection out, and TypeORM adds its one a microtask later; when PostgreSQL shuts down just as
 * a connection becomes ready, the "terminating connection" message can arrive in that gap (same
 * TCP read), and an `error` event nobody listens to ends the process. The query that follows on
 * that connection fails and answers 503 like any other outage.
 */
export function guardConnectionErrors(db: DataSource, warn: (error: Error) => void): void {
  const pool = (db.driver as unknown as { master?: EventEmitter }).master;
  const guarded = new WeakSet<EventEmitter>();
  pool?.on('acquire', (client: EventEmitter) => {
    if (guarded.has(client)) return;
    guarded.add(client);
    client.on('error', warn);
  });
}
