import Type from 'typebox';
import { DateTime, Email, Id, LINK_TOKEN_PATTERN, NonBlankText, Page, PageQuery, pageProperties, PersonName, Slug } from './atoms.ts';
import { COMPLAINT_STATES, CONFIRMED_STATES, OUTCOMES } from '../domain/complaint-states.ts';
import { PARTIES } from '../domain/complaint-conversation.ts';
import { DAY_MS } from '../domain/durations.ts';

/** The longest fill time a complaint form reports (`fillTimeMs`): a form left open longer says a day. */
export const MAX_FILL_TIME_MS = DAY_MS;

/**
 * Customer complaints (SPEC §6). A complaint is filed by anyone, exists for the admin only once
 * the complainant confirmed it by e-mail, is forwarded to the vendor or dismissed, answered by the
 * vendor within 10 business days, and closed by the complainant's verdict (or 30 days of silence).
 * Its text is never edited after filing.
 */

/** The four promises of the agreement (SPEC §3), or something else. */
export const COMPLAINT_PROMISES = ['support', 'ethics', 'timeliness', 'contact', 'other'] as const;
export type ComplaintPromise = (typeof COMPLAINT_PROMISES)[number];

export const DISMISS_REASONS = ['invalid', 'spam', 'duplicate', 'out_of_scope'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

export const SUBJECT_MAX = 200;
export const DESCRIPTION_MAX = 5000;

export const FileComplaintBody = Type.Object(
  {
    vendor: Type.Union([Id, Slug], { description: 'The vendor’s id or slug' }),
    name: PersonName,
    email: Email,
    organisation: Type.Optional(Type.String({ maxLength: 200 })),
    subject: NonBlankText(3, SUBJECT_MAX),
    description: NonBlankText(20, DESCRIPTION_MAX),
    promise: Type.Enum([...COMPLAINT_PROMISES], { description: 'Which promise of the pledge it concerns' }),
    consent: Type.Boolean({ description: 'May the vendor see the complainant’s name, e-mail and organisation?' }),
    /** A field people never see: a bot that fills it is ignored (answered as if accepted). */
    website: Type.Optional(Type.String({ maxLength: 500, description: 'Leave empty (spam trap)' })),
    /** How long the form was open; filled faster than a person could, it is ignored the same way. */
    fillTimeMs: Type.Integer({ minimum: 0, maximum: MAX_FILL_TIME_MS, description: 'Milliseconds between opening the form and sending it' }),
  },
  { additionalProperties: false },
);
export type FileComplaintBody = Type.Static<typeof FileComplaintBody>;

export const ComplaintFiled = Type.Object({
  reference: Type.String({ description: 'Quote it in any message about the complaint' }),
  message: Type.String(),
});
export type ComplaintFiled = Type.Static<typeof ComplaintFiled>;

const Token = Type.String({ minLength: 20, maxLength: 200, pattern: LINK_TOKEN_PATTERN });

export const ConfirmComplaintBody = Type.Object({ token: Token }, { additionalProperties: false });
export type ConfirmComplaintBody = Type.Static<typeof ConfirmComplaintBody>;

export const OutcomeBody = Type.Object(
  {
    token: Token,
    outcome: Type.Enum([...OUTCOMES]),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type OutcomeBody = Type.Static<typeof OutcomeBody>;

export const ForwardBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 2000, description: 'Shown to the vendor' })) }, { additionalProperties: false });
export type ForwardBody = Type.Static<typeof ForwardBody>;

export const DismissBody = Type.Object(
  {
    reason: Type.Enum([...DISMISS_REASONS]),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type DismissBody = Type.Static<typeof DismissBody>;

export const RespondBody = Type.Object({ response: NonBlankText(10, DESCRIPTION_MAX) }, { additionalProperties: false });
export type RespondBody = Type.Static<typeof RespondBody>;

/** A public page's view of a token: what it is about, without personal details. */
/** The outcome link's token, to read what the vendor answered before saying whether it resolved the matter. */
export const ResponseLookupBody = Type.Object({ token: Token }, { additionalProperties: false });
export type ResponseLookupBody = Type.Static<typeof ResponseLookupBody>;

/** A message of the complaint's conversation: who wrote to whom, when. */
export const ComplaintMessageSchema = Type.Object({
  id: Id,
  at: DateTime,
  from: Type.Enum([...PARTIES]),
  to: Type.Enum([...PARTIES]),
  body: Type.String(),
  /** A question from the registry: whether its answer came (null for other messages). */
  answered: Type.Union([Type.Boolean(), Type.Null()]),
});
export type ComplaintMessage = Type.Static<typeof ComplaintMessageSchema>;

/** The admin asks the complainant or the vendor for details. */
export const AskBody = Type.Object(
  {
    to: Type.Enum(['complainant', 'vendor']),
    question: NonBlankText(10, 2000, { description: 'What the registry needs to know; sent by e-mail' }),
  },
  { additionalProperties: false },
);
export type AskBody = Type.Static<typeof AskBody>;

/** A vendor's message: an answer to the registry, or (after its response, before its deadline) a further word to the customer. */
export const VendorMessageBody = Type.Object(
  {
    to: Type.Enum(['registry', 'complainant']),
    message: NonBlankText(10, DESCRIPTION_MAX),
  },
  { additionalProperties: false },
);
export type VendorMessageBody = Type.Static<typeof VendorMessageBody>;

/** The token of the link in the registry's question to the complainant. */
export const QuestionLookupBody = Type.Object({ token: Token }, { additionalProperties: false });
export type QuestionLookupBody = Type.Static<typeof QuestionLookupBody>;

/** What the complainant's answer page shows: their complaint and the registry's question. */
export const QuestionView = Type.Object({
  reference: Type.String(),
  vendorName: Type.String(),
  subject: Type.String(),
  question: Type.String(),
  askedAt: DateTime,
});
export type QuestionView = Type.Static<typeof QuestionView>;

export const AnswerBody = Type.Object({ token: Token, answer: NonBlankText(10, DESCRIPTION_MAX) }, { additionalProperties: false });
export type AnswerBody = Type.Static<typeof AnswerBody>;

/** What the outcome page shows the complainant: their complaint, the vendor's response and its later messages. */
export const VendorResponseView = Type.Object({
  reference: Type.String(),
  vendorName: Type.String(),
  subject: Type.String(),
  response: Type.String(),
  respondedAt: DateTime,
  replies: Type.Array(Type.Object({ at: DateTime, body: Type.String() })),
});
export type VendorResponseView = Type.Static<typeof VendorResponseView>;

export const ComplaintTokenResult = Type.Object({
  reference: Type.String(),
  vendorName: Type.String(),
  state: Type.Enum(COMPLAINT_STATES),
});
export type ComplaintTokenResult = Type.Static<typeof ComplaintTokenResult>;

export const TimelineEntry = Type.Object({
  at: DateTime,
  action: Type.String(),
  actor: Type.String({ description: '"complainant", "system", the admin or a vendor person' }),
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
});
export type TimelineEntry = Type.Static<typeof TimelineEntry>;

/** Contact details appear only for the admin, or for the vendor when the complainant consented. */
export const ComplainantSchema = Type.Union([
  Type.Object({ name: Type.String(), email: Type.String(), organisation: Type.Union([Type.String(), Type.Null()]) }),
  Type.Null(),
]);

export const ComplaintSchema = Type.Object({
  id: Id,
  reference: Type.String(),
  vendorId: Id,
  vendorName: Type.String(),
  state: Type.Enum(COMPLAINT_STATES),
  promise: Type.Enum([...COMPLAINT_PROMISES]),
  subject: Type.String(),
  description: Type.String(),
  consent: Type.Boolean(),
  complainant: ComplainantSchema,
  filedAt: DateTime,
  confirmedAt: Type.Union([DateTime, Type.Null()]),
  forwardedAt: Type.Union([DateTime, Type.Null()]),
  forwardNote: Type.Union([Type.String(), Type.Null()]),
  responseDueAt: Type.Union([DateTime, Type.Null()], { description: '10 business days after forwarding, on the vendor’s calendar' }),
  respondedAt: Type.Union([DateTime, Type.Null()]),
  response: Type.Union([Type.String(), Type.Null()]),
  dismissReason: Type.Union([Type.Enum([...DISMISS_REASONS]), Type.Null()]),
  dismissNote: Type.Union([Type.String(), Type.Null()]),
  outcomeAt: Type.Union([DateTime, Type.Null()]),
  outcomeComment: Type.Union([Type.String(), Type.Null()]),
  timeline: Type.Array(TimelineEntry),
  /** The conversation as this reader may see it: the admin all of it, the vendor what it wrote or was asked. */
  messages: Type.Array(ComplaintMessageSchema),
  version: Type.Integer(),
});
export type Complaint = Type.Static<typeof ComplaintSchema>;

export const ComplaintListItem = Type.Object({
  id: Id,
  reference: Type.String(),
  vendorId: Id,
  vendorName: Type.String(),
  state: Type.Enum(COMPLAINT_STATES),
  promise: Type.Enum([...COMPLAINT_PROMISES]),
  subject: Type.String(),
  confirmedAt: Type.Union([DateTime, Type.Null()]),
  forwardedAt: Type.Union([DateTime, Type.Null()]),
  responseDueAt: Type.Union([DateTime, Type.Null()]),
  ageDays: Type.Integer({ minimum: 0, description: 'Whole days since confirmation' }),
});
export type ComplaintListItem = Type.Static<typeof ComplaintListItem>;

export const ComplaintListQuery = Type.Object(
  {
    ...PageQuery,
    state: Type.Optional(Type.Enum([...CONFIRMED_STATES])),
    vendorId: Type.Optional(Id),
    promise: Type.Optional(Type.Enum([...COMPLAINT_PROMISES])),
    minAgeDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650, description: 'Only complaints confirmed at least this many days ago' })),
    maxAgeDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650, description: 'Only complaints confirmed at most this many days ago' })),
  },
  { additionalProperties: false },
);
export type ComplaintListQuery = Type.Static<typeof ComplaintListQuery>;
export const ComplaintList = Page(ComplaintListItem);
export type ComplaintList = Type.Static<typeof ComplaintList>;

export const WatchReason = Type.Enum(['count', 'rate']);

export const WatchEntrySchema = Type.Object({
  vendorId: Id,
  vendorName: Type.String(),
  vendorSlug: Type.String(),
  since: DateTime,
  /** Confirmed, non-dismissed complaints in the last 90 days. */
  recentCount: Type.Integer({ minimum: 0 }),
  /** Confirmed, non-dismissed complaints in the last 180 days. */
  longCount: Type.Integer({ minimum: 0 }),
  /** Active clients from the vendor's latest delivered checkpoint (null without one). */
  clients: Type.Union([Type.Integer(), Type.Null()]),
  /** Complaints per 100 clients over 180 days (null without a client count). */
  ratePer100: Type.Union([Type.Number(), Type.Null()]),
  reasons: Type.Array(WatchReason),
});
export type WatchEntry = Type.Static<typeof WatchEntrySchema>;

export const WatchListQuery = Type.Object({ ...PageQuery, vendorId: Type.Optional({ ...Id, description: 'Only this vendor (an empty list when it is not on the watch list)' }) }, { additionalProperties: false });
export type WatchListQuery = Type.Static<typeof WatchListQuery>;

/** Newest on the list first, with the thresholds that put them there. */
export const WatchList = Type.Object({
  thresholds: Type.Object({ count: Type.Integer(), countDays: Type.Integer(), ratePer100: Type.Number(), rateDays: Type.Integer() }),
  ...pageProperties(WatchEntrySchema),
});
export type WatchList = Type.Static<typeof WatchList>;
