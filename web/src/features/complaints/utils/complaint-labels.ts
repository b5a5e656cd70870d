import type { ComplaintPromise, ComplaintState, DismissReason, Party } from '@cep/shared';

/** Each state in words, as the admin, the vendor and the complainant read it. */
export const COMPLAINT_STATE_LABELS: Record<ComplaintState, string> = {
  unconfirmed: 'Waiting for confirmation',
  confirmed: 'Waiting for triage',
  dismissed: 'Dismissed',
  forwarded: 'Waiting for the vendor',
  responded: 'Answered',
  no_response: 'Not answered in time',
  resolved: 'Resolved',
  unresolved: 'Not resolved',
  assumed_resolved: 'Assumed resolved',
};

/** The four promises of the agreement, numbered as the agreement numbers them, or something else. */
export const PROMISE_LABELS: Record<ComplaintPromise, string> = {
  support: '1. Exceptional customer support and service',
  ethics: '2. High ethical standards in sales, service and business',
  timeliness: '3. Timely care: first response within 120 business minutes',
  contact: '4. A named support person or team',
  other: 'Something else',
};

export const DISMISS_REASON_LABELS: Record<DismissReason, string> = {
  invalid: 'Invalid',
  spam: 'Spam',
  duplicate: 'Duplicate',
  out_of_scope: 'Out of scope',
};

const TIMELINE_ACTION_LABELS: Record<string, string> = {
  filed: 'Filed',
  confirmed: 'Confirmed by the complainant',
  forwarded: 'Forwarded to the vendor',
  dismissed: 'Dismissed',
  responded: 'Answered by the vendor',
  no_response: 'Not answered in time',
  resolved: 'Marked resolved by the complainant',
  unresolved: 'Marked not resolved by the complainant',
  assumed_resolved: 'Assumed resolved: no answer from the complainant',
  expired: 'Deleted: not confirmed in time',
  question_asked: 'Details asked for',
  question_answered: 'Question answered by the complainant',
  vendor_wrote: 'Message from the vendor',
};

/** Who wrote to whom in the conversation, as each reader says it. */
export const PARTY_LABELS: Record<Party, string> = { registry: 'The registry', vendor: 'The vendor', complainant: 'The complainant' };

/** `no_response` → "Not answered in time"; an action this list does not know yet shows as it is. */
export const timelineActionLabel = (action: string): string => TIMELINE_ACTION_LABELS[action] ?? action.replace(/_/g, ' ');

const ACTOR_LABELS: Record<string, string> = {
  complainant: 'the complainant',
  system: 'the registry (automatically)',
  registry: 'the registry',
};

/** Who acted: the complainant, the registry, or the person's e-mail address. */
export const timelineActorLabel = (actor: string): string => ACTOR_LABELS[actor] ?? actor;

/** What the forms call each field, for the error summary. */
export const COMPLAINT_FIELD_LABELS: Record<string, string> = {
  vendor: 'Vendor',
  name: 'Your name',
  email: 'Your e-mail',
  organisation: 'Organisation',
  subject: 'Subject',
  description: 'What happened',
  promise: 'Which promise does it concern?',
  consent: 'Consent',
  fillTimeMs: 'Form timing',
  note: 'Note',
  reason: 'Reason',
  response: 'Your response',
  outcome: 'Your answer',
  comment: 'Comment',
  token: 'Link',
  to: 'To whom',
  question: 'Your question',
  message: 'Your message',
  answer: 'Your answer',
};

export const describeComplaintField = (field: string): string => COMPLAINT_FIELD_LABELS[field] ?? field;
