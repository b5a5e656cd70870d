import Type from 'typebox';
import { DateTime, Id, IsoDate, NonBlankText, Page, PageQuery, PersonName } from './atoms.ts';
import { PLEDGE_STATES, REASON_CATEGORIES } from '../domain/pledge-states.ts';
import { PERIOD_PATTERN } from '../domain/periods.ts';

export const PeriodSchema = Type.String({ pattern: PERIOD_PATTERN, description: 'Checkpoint period, YYYY-H1 or YYYY-H2' });

export const AgreementSchema = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  title: Type.String(),
  text: Type.String({ description: 'The full pledge text: the four promises and the checkpoints' }),
  textSha256: Type.String({ description: 'SHA-256 of `text` (UTF-8), hex' }),
  responseTargetMinutes: Type.Integer({ description: 'Promise 3: first response within this many business minutes' }),
  responseTargetShare: Type.Number({ description: 'Promise 3 is met when at least this share of first responses is within the target' }),
  effectiveAt: DateTime,
  publishedAt: DateTime,
});
export type Agreement = Type.Static<typeof AgreementSchema>;

export const AgreementList = Type.Object({ items: Type.Array(AgreementSchema) });
export type AgreementList = Type.Static<typeof AgreementList>;

export const PublishAgreementBody = Type.Object(
  {
    title: NonBlankText(3, 200),
    text: NonBlankText(50, 100000),
    responseTargetMinutes: Type.Integer({ minimum: 1, maximum: 10080, default: 120 }),
    // Stored to four decimals (numeric(5,4)): a share below 0.0001 would round to 0, which no target can be.
    responseTargetShare: Type.Number({ minimum: 0.0001, maximum: 1, default: 0.95, description: 'Kept to four decimals' }),
    effectiveAt: Type.Optional(DateTime),
  },
  { additionalProperties: false },
);
export type PublishAgreementBody = Type.Static<typeof PublishAgreementBody>;

export const SignPledgeBody = Type.Object(
  {
    signerName: PersonName,
    signerTitle: NonBlankText(1, 120),
    accept: Type.Literal(true, { description: 'Explicit acceptance of the agreement text' }),
    agreementVersion: Type.Integer({ minimum: 1, description: 'The version the signer read; a stale one is 409' }),
  },
  { additionalProperties: false },
);
export type SignPledgeBody = Type.Static<typeof SignPledgeBody>;

/** A signed record: never edited. It keeps the exact text that was signed and its hash. */
export const SignatureSchema = Type.Object({
  id: Id,
  agreementVersion: Type.Integer(),
  agreementTitle: Type.String(),
  agreementText: Type.String(),
  textSha256: Type.String(),
  signerName: Type.String(),
  signerTitle: Type.String(),
  signerEmail: Type.String(),
  signedBy: Id,
  signedAt: DateTime,
  clientIp: Type.String(),
});
export type Signature = Type.Static<typeof SignatureSchema>;

export const ReasonBody = Type.Object(
  {
    reason: NonBlankText(3, 2000),
    reasonCategory: Type.Optional(
      Type.Enum(REASON_CATEGORIES, {
        description: 'Suspension and revocation: the category the public verification page shows (the written reason stays private). Default `other`.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ReasonBody = Type.Static<typeof ReasonBody>;

export const WithdrawBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type WithdrawBody = Type.Static<typeof WithdrawBody>;

export const AppealBody = Type.Object({ text: NonBlankText(10, 10000) }, { additionalProperties: false });
export type AppealBody = Type.Static<typeof AppealBody>;

export const AppealSchema = Type.Object({
  id: Id,
  text: Type.String(),
  stateAtAppeal: Type.Enum(PLEDGE_STATES),
  authorEmail: Type.String(),
  createdAt: DateTime,
});
export type Appeal = Type.Static<typeof AppealSchema>;

export const PledgeHistoryEntry = Type.Object({
  at: DateTime,
  action: Type.String(),
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
  actor: Type.String(),
});
export type PledgeHistoryEntry = Type.Static<typeof PledgeHistoryEntry>;

export const NextDue = Type.Object({ period: PeriodSchema, dueDate: IsoDate });
export type NextDue = Type.Static<typeof NextDue>;

export const PledgeSchema = Type.Object({
  vendorId: Id,
  state: Type.Enum(PLEDGE_STATES),
  stateSince: DateTime,
  /** Why the pledge is in its state, when a person gave a reason (suspension, revocation…). */
  stateReason: Type.Union([Type.String(), Type.Null()]),
  /** The category of that reason that buyers see (suspension and revocation). */
  stateReasonCategory: Type.Union([Type.Enum(REASON_CATEGORIES), Type.Null()]),
  /** The first activation ("member since"): never reset by a suspension or a lapse. */
  activeSince: Type.Union([DateTime, Type.Null()]),
  currentAgreementVersion: Type.Integer(),
  signature: Type.Union([SignatureSchema, Type.Null()]),
  /** Set while the vendor's signature is for an older agreement version: sign again before then. */
  resignBy: Type.Union([DateTime, Type.Null()]),
  nextDue: Type.Union([NextDue, Type.Null()]),
  history: Type.Array(PledgeHistoryEntry),
  appeals: Type.Array(AppealSchema),
  version: Type.Integer(),
});
export type Pledge = Type.Static<typeof PledgeSchema>;

export const PledgeSummarySchema = Type.Object({
  state: Type.Enum(PLEDGE_STATES),
  stateSince: DateTime,
  nextDueDate: Type.Union([IsoDate, Type.Null()]),
});
export type PledgeSummary = Type.Static<typeof PledgeSummarySchema>;

export const CHECKPOINT_STATUSES = ['upcoming', 'open', 'due', 'overdue', 'submitted', 'accepted', 'returned'] as const;
export type CheckpointStatus = (typeof CHECKPOINT_STATUSES)[number];

export const CheckpointCalendarEntry = Type.Object({
  period: PeriodSchema,
  start: IsoDate,
  end: IsoDate,
  dueDate: IsoDate,
  status: Type.Enum([...CHECKPOINT_STATUSES]),
  submittedAt: Type.Union([DateTime, Type.Null()]),
});
export type CheckpointCalendarEntry = Type.Static<typeof CheckpointCalendarEntry>;

export const CheckpointCalendar = Type.Object({ items: Type.Array(CheckpointCalendarEntry) });
export type CheckpointCalendar = Type.Static<typeof CheckpointCalendar>;

export const AuditEntrySchema = Type.Object({
  id: Type.String(),
  at: DateTime,
  actor: Type.String(),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.String(),
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
});
export type AuditEntry = Type.Static<typeof AuditEntrySchema>;

export const AuditQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });
export type AuditQuery = Type.Static<typeof AuditQuery>;
export const AuditList = Page(AuditEntrySchema);
export type AuditList = Type.Static<typeof AuditList>;
