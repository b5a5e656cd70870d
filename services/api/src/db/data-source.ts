import { DataSource } from 'typeorm';
// Entity classes from their own files (not the modules' front doors): loading the schema — the
// migrate command, the test set-up — must not load every route and service.
import { Invitation } from '../modules/accounts/invitation.entity.ts';
import { RefreshToken } from '../modules/accounts/refresh-token.entity.ts';
import { User } from '../modules/accounts/user.entity.ts';
import { Application } from '../modules/applications/application.entity.ts';
import { AuditEntry } from '../modules/audit/audit-entry.entity.ts';
import { MailMessage } from '../modules/mail/mail-message.entity.ts';
import { Category } from '../modules/vendors/category.entity.ts';
import { Vendor } from '../modules/vendors/vendor.entity.ts';
import { Checkpoint } from '../modules/checkpoints/checkpoint.entity.ts';
import { AgreementVersion } from '../modules/pledges/agreement.entity.ts';
import { PledgeAppeal } from '../modules/pledges/pledge-appeal.entity.ts';
import { PledgeSignature } from '../modules/pledges/pledge-signature.entity.ts';
import { Pledge } from '../modules/pledges/pledge.entity.ts';
import { Foundation1763830000000 } from './migrations/1763830000000-foundation.ts';
import { Pledges1763900000000 } from './migrations/1763900000000-pledges.ts';
import { Badges1763950000000 } from './migrations/1763950000000-badges.ts';
import { Complaint } from '../modules/complaints/complaint.entity.ts';
import { Checkpoints1764000000000 } from './migrations/1764000000000-checkpoints.ts';
import { Complaints1764100000000 } from './migrations/1764100000000-complaints.ts';
import { MemberSince1764200000000 } from './migrations/1764200000000-member-since.ts';
import { Credentials1764300000000 } from './migrations/1764300000000-credentials.ts';
import { Credential, IssuerKey } from '../modules/credentials/credential.entity.ts';

export const ENTITIES = [
  User,
  RefreshToken,
  Invitation,
  Category,
  Vendor,
  Application,
  AuditEntry,
  MailMessage,
  AgreementVersion,
  Pledge,
  PledgeSignature,
  PledgeAppeal,
  Checkpoint,
  Complaint,
  Credential,
  IssuerKey,
];
export const MIGRATIONS = [Foundation1763830000000, Pledges1763900000000, Badges1763950000000, Checkpoints1764000000000, Complaints1764100000000, MemberSince1764200000000, Credentials1764300000000];

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
      idle_in_transaction_session_timeout: options.statementTimeoutMs * 2,
    },
  });
}
