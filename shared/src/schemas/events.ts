import Type from 'typebox';
import { DateTime, Id, IsoDate, Slug } from './atoms.ts';
import { PLEDGE_ACTIONS, PLEDGE_STATES } from '../domain/pledge-states.ts';

/**
 * Domain events: what happened in the registry that matters outside it. Each is recorded in the
 * transaction that made the change (so a change that rolls back records nothing) and then told to
 * its subscribers: the e-mail notices and the webhooks. The type names are a public contract —
 * integrators subscribe to them — so they are only ever added, never renamed.
 */
export const EventType = {
  PledgeStateChanged: 'pledge.state_changed',
  PledgeSigned: 'pledge.signed',
  PledgeAppealed: 'pledge.appealed',
  SignatureDue: 'pledge.signature_due',
  CheckpointSubmitted: 'checkpoint.submitted',
  CheckpointReturned: 'checkpoint.returned',
  CheckpointAccepted: 'checkpoint.accepted',
  CheckpointDueSoon: 'checkpoint.due_soon',
  ComplaintConfirmed: 'complaint.confirmed',
  ComplaintForwarded: 'complaint.forwarded',
  ComplaintResponseDueSoon: 'complaint.response_due_soon',
  ComplaintResponded: 'complaint.responded',
  ComplaintOverdue: 'complaint.overdue',
  ComplaintOutcome: 'complaint.outcome_recorded',
  WatchlistEntered: 'watchlist.entered',
  WatchlistLeft: 'watchlist.left',
  BadgeDomainsChanged: 'vendor.badge_domains_changed',
  AgreementPublished: 'agreement.published',
  ApplicationSubmitted: 'application.submitted',
  /** Sent by "send a test event" to one endpoint only; never recorded. */
  Ping: 'webhook.test',
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];
/** The types that are recorded (the test ping is not). */
export const EVENT_TYPES = Object.values(EventType).filter((t) => t !== EventType.Ping) as Exclude<EventType, typeof EventType.Ping>[];
export type RecordedEventType = (typeof EVENT_TYPES)[number];

/**
 * Who may receive an event besides the program admin. `vendor` events go to the vendor they
 * concern (its webhooks, its owners' e-mail); `program` events only to program-wide receivers:
 * a confirmed complaint is not the vendor's business until the admin forwards it, and an
 * application has no vendor yet.
 */
export const EventAudience = { Vendor: 'vendor', Program: 'program' } as const;
export type EventAudience = (typeof EventAudience)[keyof typeof EventAudience];
export const EVENT_AUDIENCE: Record<RecordedEventType, EventAudience> = {
  'pledge.state_changed': EventAudience.Vendor,
  'pledge.signed': EventAudience.Vendor,
  'pledge.appealed': EventAudience.Vendor,
  'pledge.signature_due': EventAudience.Vendor,
  'checkpoint.submitted': EventAudience.Vendor,
  'checkpoint.returned': EventAudience.Vendor,
  'checkpoint.accepted': EventAudience.Vendor,
  'checkpoint.due_soon': EventAudience.Vendor,
  'complaint.confirmed': EventAudience.Program,
  'complaint.forwarded': EventAudience.Vendor,
  'complaint.response_due_soon': EventAudience.Vendor,
  'complaint.responded': EventAudience.Vendor,
  'complaint.overdue': EventAudience.Vendor,
  'complaint.outcome_recorded': EventAudience.Vendor,
  'watchlist.entered': EventAudience.Vendor,
  'watchlist.left': EventAudience.Vendor,
  'vendor.badge_domains_changed': EventAudience.Vendor,
  'agreement.published': EventAudience.Program,
  'application.submitted': EventAudience.Program,
};
/** What each event means, for the people choosing what to receive. */
export const EVENT_DESCRIPTIONS: Record<RecordedEventType, string> = {
  'pledge.state_changed': 'The pledge moved: signed, lapsed, restored, suspended, reinstated, revoked, withdrawn or sent back for signature',
  'pledge.signed': 'An owner signed an agreement version',
  'pledge.appealed': 'The vendor appealed a suspension or revocation',
  'pledge.signature_due': 'A new agreement version is in effect and must be signed by a date',
  'checkpoint.submitted': 'Checkpoint data was submitted for review',
  'checkpoint.returned': 'The admin returned checkpoint data with a note',
  'checkpoint.accepted': 'The admin accepted checkpoint data',
  'checkpoint.due_soon': 'Checkpoint data is due in 14 or 3 days',
  'complaint.confirmed': 'A complainant confirmed a complaint (program endpoints only)',
  'complaint.forwarded': 'The admin forwarded a complaint to the vendor, with its response deadline',
  'complaint.response_due_soon': 'A forwarded complaint’s response deadline is near',
  'complaint.responded': 'The vendor responded to a complaint',
  'complaint.overdue': 'A forwarded complaint was not answered by its deadline',
  'complaint.outcome_recorded': 'The complainant said whether the matter is resolved (or 30 days passed)',
  'watchlist.entered': 'The vendor crossed a watch-list threshold',
  'watchlist.left': 'The vendor is below the watch-list thresholds again',
  'vendor.badge_domains_changed': 'The sites allowed to show the badge changed',
  'agreement.published': 'The admin published a new agreement version (program endpoints only)',
  'application.submitted': 'A company applied to join (program endpoints only)',
};

/** Event types a vendor's own webhook endpoint may subscribe to. */
export const VENDOR_EVENT_TYPES = EVENT_TYPES.filter((t) => EVENT_AUDIENCE[t] === EventAudience.Vendor);

const ComplaintRef = { complaintId: Id, reference: Type.String() };
const Period = Type.String({ pattern: '^\\d{4}-H[12]$', description: 'Half-year, e.g. 2026-H1' });

/** The `data` of each event type: small, and free of personal data (no e-mail addresses, no complainant). */
export const EVENT_DATA = {
  'pledge.state_changed': Type.Object({
    action: Type.Enum(PLEDGE_ACTIONS),
    from: Type.Enum(PLEDGE_STATES),
    to: Type.Enum(PLEDGE_STATES),
    reason: Type.Union([Type.String(), Type.Null()]),
  }),
  'pledge.signed': Type.Object({ signatureId: Id, agreementVersion: Type.Integer(), signedAt: DateTime }),
  'pledge.appealed': Type.Object({ appealId: Id, state: Type.Enum(PLEDGE_STATES) }),
  'pledge.signature_due': Type.Object({ agreementVersion: Type.Integer(), signedVersion: Type.Integer(), signBy: IsoDate }),
  'checkpoint.submitted': Type.Object({ period: Period, resubmitted: Type.Boolean() }),
  'checkpoint.returned': Type.Object({ period: Period, notes: Type.String() }),
  'checkpoint.accepted': Type.Object({ period: Period, notes: Type.Union([Type.String(), Type.Null()]) }),
  'checkpoint.due_soon': Type.Object({ period: Period, dueDate: IsoDate, lapsesOn: IsoDate, daysLeft: Type.Integer() }),
  'complaint.confirmed': Type.Object({ ...ComplaintRef }),
  'complaint.forwarded': Type.Object({ ...ComplaintRef, responseDueAt: DateTime }),
  'complaint.response_due_soon': Type.Object({ ...ComplaintRef, responseDueAt: DateTime, businessDaysUsed: Type.Integer() }),
  'complaint.responded': Type.Object({ ...ComplaintRef }),
  'complaint.overdue': Type.Object({ ...ComplaintRef, responseDueAt: DateTime }),
  'complaint.outcome_recorded': Type.Object({ ...ComplaintRef, outcome: Type.String({ description: 'resolved, unresolved or assumed_resolved' }) }),
  'watchlist.entered': Type.Object({ reasons: Type.Array(Type.String()), summary: Type.String() }),
  'watchlist.left': Type.Object({ summary: Type.String() }),
  'vendor.badge_domains_changed': Type.Object({ domains: Type.Array(Type.String()), previous: Type.Array(Type.String()) }),
  'agreement.published': Type.Object({ version: Type.Integer(), title: Type.String(), effectiveAt: DateTime }),
  'application.submitted': Type.Object({ applicationId: Id, companyName: Type.String() }),
} satisfies Record<RecordedEventType, Type.TSchema>;
export type EventData = { [T in RecordedEventType]: Type.Static<(typeof EVENT_DATA)[T]> };

/** A new event, as a service records it. */
export type NewEvent = { [T in RecordedEventType]: { type: T; vendorId: string | null; data: EventData[T] } }[RecordedEventType];

export const EventVendor = Type.Object({ id: Id, slug: Slug, name: Type.String() });

/**
 * What a webhook receives and the change feed lists. `sequence` counts the events of one vendor
 * (1, 2, 3 …) so a receiver can restore their order; program events have none.
 */
export const DomainEventSchema = Type.Object({
  id: Id,
  type: Type.Enum(Object.values(EventType)),
  timestamp: DateTime,
  vendor: Type.Union([EventVendor, Type.Null()]),
  sequence: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
  data: Type.Record(Type.String(), Type.Unknown()),
});
export type DomainEvent = Type.Static<typeof DomainEventSchema>;
