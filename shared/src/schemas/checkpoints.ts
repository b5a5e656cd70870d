import Type from 'typebox';
import { DateTime, Id, NonBlankText, Page, PageQuery } from './atoms.ts';
import { PeriodSchema } from './pledges.ts';
import { SAMPLE_METHODS } from '../domain/nps.ts';
import { withMessage } from '../messages.ts';
import { DELIVERED_STATUSES, REVIEW_DECISIONS, SUBMISSION_STATUSES } from '../domain/checkpoint-states.ts';

/**
 * A vendor's checkpoint submission for one period (SPEC §5) and the figures the registry computes
 * from it. Shares are fractions from 0 to 1, like the agreement's threshold; NPS figures are in
 * points (−100 to 100) and its group shares in percent, as NPS is always quoted.
 *
 * A draft may be incomplete: every section and field is optional until submission, when
 * `missingFields` (in `domain/checkpoint-figures.ts`) lists what is still needed.
 */

export const CHANNELS = ['phone', 'email', 'chat', 'portal', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];
export const RESPONSIVENESS_SOURCES = ['aggregates', 'tickets'] as const;
export const TICKET_FORMATS = ['cep', 'zendesk', 'freshdesk'] as const;
export type TicketFormat = (typeof TICKET_FORMATS)[number];
export const MAX_TOP_ISSUES = 5;

/** An issue's stable id, which links it to the same issue in a later period. */
const ISSUE_ID_PATTERN = withMessage('^[A-Za-z0-9_-]{1,64}$', 'must be an issue id: letters, digits, - and _');

const Count = Type.Integer({ minimum: 0, maximum: 1_000_000_000 });
const Share = Type.Number({ minimum: 0, maximum: 1, description: 'Fraction from 0 to 1' });
const Minutes = Type.Number({ minimum: 0, maximum: 10_000_000, description: 'Business minutes' });
const Text = (maxLength: number) => Type.String({ maxLength });

export const VolumeSchema = Type.Object(
  {
    contacts: Type.Optional(
      Type.Object(
        {
          phone: Type.Optional(Count),
          email: Type.Optional(Count),
          chat: Type.Optional(Count),
          portal: Type.Optional(Count),
          other: Type.Optional(Count),
        },
        { additionalProperties: false, description: 'Support contacts in the period by channel' },
      ),
    ),
    activeClients: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'Active client organisations' })),
  },
  { additionalProperties: false },
);
export type Volume = Type.Static<typeof VolumeSchema>;

export const ResponsivenessSchema = Type.Object(
  {
    source: Type.Enum([...RESPONSIVENESS_SOURCES], {
      description: '`aggregates`: entered by hand; `tickets`: taken from the last ticket-export import (the other fields are then ignored)',
    }),
    medianBusinessMinutes: Type.Optional(Minutes),
    p90BusinessMinutes: Type.Optional(Minutes),
    shareWithinTarget: Type.Optional(Share),
  },
  { additionalProperties: false },
);
export type Responsiveness = Type.Static<typeof ResponsivenessSchema>;

export const TopIssueInput = Type.Object(
  {
    id: Type.Optional(Type.String({ pattern: ISSUE_ID_PATTERN, description: 'Stable id; the server assigns one when missing' })),
    title: NonBlankText(1, 200),
    contacts: Type.Optional(Count),
    averageHoursToResolve: Type.Optional(Type.Number({ minimum: 0, maximum: 100_000 })),
    linkedIssueId: Type.Optional(Type.Union([Type.String({ pattern: ISSUE_ID_PATTERN }), Type.Null()], { description: 'The previous period’s issue this one continues' })),
  },
  { additionalProperties: false },
);
export type TopIssueInput = Type.Static<typeof TopIssueInput>;

export const NpsBlockSchema = Type.Object(
  {
    population: Type.Optional(Count),
    invited: Type.Optional(Count),
    responses: Type.Optional(Count),
    promoters: Type.Optional(Count),
    passives: Type.Optional(Count),
    detractors: Type.Optional(Count),
    sampleMethod: Type.Optional(Type.Enum([...SAMPLE_METHODS])),
    sampleDescription: Type.Optional(Text(2000)),
    detractorFollowUp: Type.Optional(Text(2000)),
  },
  { additionalProperties: false },
);
export type NpsBlock = Type.Static<typeof NpsBlockSchema>;

/** The body of `PUT …/checkpoints/{period}`: the whole draft, replacing the previous one. */
export const CheckpointDataSchema = Type.Object(
  {
    volume: Type.Optional(VolumeSchema),
    responsiveness: Type.Optional(ResponsivenessSchema),
    followUpShare: Type.Optional(Type.Union([Share, Type.Null()], { description: 'Share of open tickets with a daily follow-up' })),
    topIssues: Type.Optional(Type.Array(TopIssueInput, { maxItems: MAX_TOP_ISSUES })),
    nps: Type.Optional(Type.Union([NpsBlockSchema, Type.Null()], { description: 'Null or absent when the vendor runs no NPS survey' })),
  },
  { additionalProperties: false },
);
export type CheckpointData = Type.Static<typeof CheckpointDataSchema>;

export const TicketFiguresSchema = Type.Object({
  tickets: Type.Integer({ minimum: 0 }),
  answered: Type.Integer({ minimum: 0 }),
  unanswered: Type.Integer({ minimum: 0 }),
  withinTarget: Type.Integer({ minimum: 0, description: 'First response within the target (exactly the target counts as within)' }),
  shareWithinTarget: Type.Union([Type.Number(), Type.Null()], { description: 'withinTarget / tickets; an unanswered ticket is not within target' }),
  medianBusinessMinutes: Type.Union([Type.Number(), Type.Null()], { description: 'Nearest-rank median over answered tickets' }),
  p90BusinessMinutes: Type.Union([Type.Number(), Type.Null()], { description: 'Nearest-rank 90th percentile over answered tickets' }),
});
export type TicketFigures = Type.Static<typeof TicketFiguresSchema>;

export const RowErrorSchema = Type.Object({ line: Type.Integer({ minimum: 1 }), reason: Type.String() });
export type RowError = Type.Static<typeof RowErrorSchema>;

export const TicketImportSchema = Type.Object({
  format: Type.Enum([...TICKET_FORMATS]),
  timeZone: Type.String({ description: 'Zone in which timestamps without an offset were read' }),
  targetMinutes: Type.Integer(),
  importedAt: DateTime,
  rows: Type.Integer({ minimum: 0, description: 'Data rows read (header excluded)' }),
  overall: TicketFiguresSchema,
  byPriority: Type.Array(Type.Intersect([Type.Object({ priority: Type.String() }), TicketFiguresSchema]), { description: 'By priority in the vendor’s levels (low, medium, high) where `priorityMap` names it, else as the export wrote it' }),
  /** Optional: imports made before these were read lack them. */
  priorityMap: Type.Optional(Type.Record(Type.String(), Type.Enum(['low', 'medium', 'high']), { description: 'The helpdesk priorities read as the vendor’s levels' })),
  byChannel: Type.Optional(
    Type.Union(
      [
        Type.Object({ phone: Type.Integer({ minimum: 0 }), email: Type.Integer({ minimum: 0 }), chat: Type.Integer({ minimum: 0 }), portal: Type.Integer({ minimum: 0 }), other: Type.Integer({ minimum: 0 }) }),
        Type.Null(),
      ],
      { description: 'Usable tickets by channel, when the export has a channel column (ours: channel; Zendesk: Via; Freshdesk: Source)' },
    ),
  ),
  issueColumn: Type.Optional(Type.Union([Type.String(), Type.Null()], { description: 'The column the suggested issues come from (category, tags or type), or null' })),
  suggestedIssues: Type.Optional(
    Type.Array(
      Type.Object({ title: Type.String(), contacts: Type.Integer({ minimum: 0 }), averageHoursToResolve: Type.Union([Type.Number(), Type.Null()], { description: 'Business hours from creation to solved, over the solved tickets' }) }),
      { maxItems: MAX_TOP_ISSUES, description: 'The most frequent tags, types or categories: a suggestion for the top issues' },
    ),
  ),
  errorCount: Type.Integer({ minimum: 0 }),
  errors: Type.Array(RowErrorSchema, { description: 'The first 1,000 rows that could not be used, with their line numbers' }),
});
export type TicketImport = Type.Static<typeof TicketImportSchema>;

export const TicketImportQuery = Type.Object(
  {
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'IANA zone for Zendesk/Freshdesk local timestamps; default: the vendor’s calendar zone' })),
    priorityMap: Type.Optional(
      Type.String({
        maxLength: 500,
        pattern: withMessage('^\\s*([^:,]{1,40}:\\s*(low|medium|high)\\s*(,\\s*|$))*$', 'must be pairs such as urgent:high,normal:medium, each naming low, medium or high'),
        description: 'The export’s priorities as your levels, e.g. `urgent:high,high:high,normal:medium,low:low` (the default, which also reads medium as medium)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type TicketImportQuery = Type.Static<typeof TicketImportQuery>;

export const NpsFiguresSchema = Type.Object({
  score: Type.Number(),
  promoterShare: Type.Number(),
  passiveShare: Type.Number(),
  detractorShare: Type.Number(),
  responseRate: Type.Number(),
  interval: Type.Object({ low: Type.Number(), high: Type.Number() }),
  warnings: Type.Array(Type.String()),
});

export const IssueFlagsSchema = Type.Object({
  id: Type.String(),
  streak: Type.Integer({ minimum: 1 }),
  recurring: Type.Boolean(),
  chronic: Type.Boolean(),
});

/** What the registry computes from a submission; echoed on every read and write. */
export const CheckpointFiguresSchema = Type.Object({
  totalContacts: Type.Union([Type.Integer(), Type.Null()]),
  contactsPerClient: Type.Union([Type.Number(), Type.Null()]),
  responsiveness: Type.Object({
    source: Type.Union([Type.Enum([...RESPONSIVENESS_SOURCES]), Type.Null()]),
    medianBusinessMinutes: Type.Union([Type.Number(), Type.Null()]),
    p90BusinessMinutes: Type.Union([Type.Number(), Type.Null()]),
    shareWithinTarget: Type.Union([Type.Number(), Type.Null()]),
  }),
  promise3: Type.Object({
    targetMinutes: Type.Integer(),
    threshold: Type.Number({ description: 'Share within target needed (from the agreement version)' }),
    met: Type.Union([Type.Boolean(), Type.Null()], { description: 'Null until the share within target is known' }),
  }),
  nps: Type.Union([NpsFiguresSchema, Type.Null()]),
  issues: Type.Array(IssueFlagsSchema),
});
export type CheckpointFigures = Type.Static<typeof CheckpointFiguresSchema>;

export const StoredTopIssue = Type.Intersect([TopIssueInput, Type.Object({ id: Type.String() })]);

/** One submission of a period's data and what the registry said of it: the review thread. */
export const RevisionSchema = Type.Object({
  number: Type.Integer({ minimum: 1, description: '1 for the first submission, 2 for the first resubmission…' }),
  submittedAt: DateTime,
  /** Fields changed since the submission before (none for the first), by dotted path. */
  changes: Type.Array(
    Type.Object({
      field: Type.String(),
      from: Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
      to: Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
    }),
  ),
  decision: Type.Union([Type.Enum([...REVIEW_DECISIONS]), Type.Null()], { description: 'Null while it waits for review' }),
  notes: Type.Union([Type.String(), Type.Null()]),
  reviewedAt: Type.Union([DateTime, Type.Null()]),
});
export type Revision = Type.Static<typeof RevisionSchema>;

export const SubmissionSchema = Type.Object({
  vendorId: Id,
  period: PeriodSchema,
  status: Type.Enum([...SUBMISSION_STATUSES]),
  data: CheckpointDataSchema,
  ticketImport: Type.Union([TicketImportSchema, Type.Null()]),
  figures: CheckpointFiguresSchema,
  missing: Type.Array(Type.String(), { description: 'Fields still needed before the draft can be submitted' }),
  submittedAt: Type.Union([DateTime, Type.Null()]),
  reviewedAt: Type.Union([DateTime, Type.Null()]),
  reviewNotes: Type.Union([Type.String(), Type.Null()]),
  /** Earlier periods' top issues, newest first, for linking an issue to the one it continues. */
  previousIssues: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), period: PeriodSchema })),
  /** Every submission of this period, oldest first, with its review and what changed since the one before. */
  thread: Type.Array(RevisionSchema),
  version: Type.Integer(),
});
export type Submission = Type.Static<typeof SubmissionSchema>;

export const PeriodParams = Type.Object({ id: Id, period: PeriodSchema });
export type PeriodParams = Type.Static<typeof PeriodParams>;

export const ReviewBody = Type.Object(
  {
    decision: Type.Enum([...REVIEW_DECISIONS]),
    notes: Type.Optional(Type.String({ maxLength: 5000, description: 'Required when returning: what the vendor must fix' })),
  },
  { additionalProperties: false },
);
export type ReviewBody = Type.Static<typeof ReviewBody>;

export const SubmissionQueueQuery = Type.Object(
  {
    ...PageQuery,
    status: Type.Optional(Type.Enum([...SUBMISSION_STATUSES])),
    period: Type.Optional(PeriodSchema),
  },
  { additionalProperties: false },
);
export type SubmissionQueueQuery = Type.Static<typeof SubmissionQueueQuery>;

export const SubmissionQueueItem = Type.Object({
  vendorId: Id,
  vendorName: Type.String(),
  vendorSlug: Type.String(),
  period: PeriodSchema,
  status: Type.Enum([...SUBMISSION_STATUSES]),
  submittedAt: Type.Union([DateTime, Type.Null()]),
  reviewedAt: Type.Union([DateTime, Type.Null()]),
  promise3Met: Type.Union([Type.Boolean(), Type.Null()]),
});
export const SubmissionQueue = Page(SubmissionQueueItem);
export type SubmissionQueue = Type.Static<typeof SubmissionQueue>;

/** One period of a vendor's delivered data (submitted or accepted), for trends and charts. */
export const MetricsPoint = Type.Object({
  period: PeriodSchema,
  status: Type.Enum([...DELIVERED_STATUSES]),
  shareWithinTarget: Type.Union([Type.Number(), Type.Null()]),
  medianBusinessMinutes: Type.Union([Type.Number(), Type.Null()]),
  p90BusinessMinutes: Type.Union([Type.Number(), Type.Null()]),
  contactsPerClient: Type.Union([Type.Number(), Type.Null()]),
  nps: Type.Union([Type.Number(), Type.Null()]),
  npsLow: Type.Union([Type.Number(), Type.Null()]),
  npsHigh: Type.Union([Type.Number(), Type.Null()]),
  npsResponses: Type.Union([Type.Integer(), Type.Null()]),
  recurringIssues: Type.Integer({ minimum: 0 }),
  chronicIssues: Type.Integer({ minimum: 0 }),
  promise3Met: Type.Union([Type.Boolean(), Type.Null()]),
});
export type MetricsPoint = Type.Static<typeof MetricsPoint>;

export const VendorMetrics = Type.Object({ vendorId: Id, vendorName: Type.String(), threshold: Type.Number(), series: Type.Array(MetricsPoint) });
export type VendorMetrics = Type.Static<typeof VendorMetrics>;

const Mean = (description: string) => Type.Union([Type.Number(), Type.Null()], { description: `${description}; null when no vendor reported it` });

/** The program's figures for one period: how many vendors delivered and the mean of their figures. */
export const ProgramPeriod = Type.Object({
  period: PeriodSchema,
  delivered: Type.Integer({ minimum: 0, description: 'Vendors whose data for the period is submitted or accepted' }),
  accepted: Type.Integer({ minimum: 0, description: 'Of those, vendors whose data the admin accepted' }),
  promise3Judged: Type.Integer({ minimum: 0, description: 'Vendors whose response times give a promise-3 verdict' }),
  promise3Met: Type.Integer({ minimum: 0, description: 'Of those, vendors that met their threshold' }),
  shareWithinTarget: Mean('Mean share of first responses within the vendor’s target (0–1)'),
  contactsPerClient: Mean('Mean support contacts per active client'),
  nps: Mean('Mean NPS of the vendors with a valid survey'),
  npsVendors: Type.Integer({ minimum: 0, description: 'Vendors with a valid NPS survey' }),
  recurringIssues: Mean('Mean number of recurring top issues per vendor'),
  chronicIssues: Mean('Mean number of chronic top issues per vendor'),
});
export type ProgramPeriod = Type.Static<typeof ProgramPeriod>;

/**
 * The admin's program page: one row per period, read from totals kept up to date as data is
 * delivered (docs/decisions.md "Program figures"), so the answer does not grow with history.
 */
export const ProgramMetrics = Type.Object({ periods: Type.Array(ProgramPeriod) });
export type ProgramMetrics = Type.Static<typeof ProgramMetrics>;
