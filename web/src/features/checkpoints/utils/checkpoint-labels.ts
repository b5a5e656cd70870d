import type { Channel, CheckpointStatus, SampleMethod, SubmissionStatus, TicketFormat } from '@cep/shared';

export const CHECKPOINT_STATUS_LABELS: Record<CheckpointStatus, string> = {
  upcoming: 'Upcoming',
  open: 'Running',
  due: 'Data due',
  overdue: 'Overdue',
  submitted: 'Submitted, in review',
  accepted: 'Accepted',
  returned: 'Returned for changes',
};

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted, in review',
  accepted: 'Accepted',
  returned: 'Returned for changes',
};

export const CHANNEL_LABELS: Record<Channel, string> = { phone: 'Phone', email: 'E-mail', chat: 'Chat', portal: 'Portal', other: 'Other' };

export const SAMPLE_METHOD_LABELS: Record<SampleMethod, string> = {
  everyone: 'Everyone in the population',
  random: 'A random sample',
  every_nth: 'Every n-th customer',
  after_ticket: 'After each closed ticket',
  other: 'Another way (describe it)',
};

export const TICKET_FORMAT_LABELS: Record<TicketFormat, string> = { cep: 'Registry CSV layout', zendesk: 'Zendesk export', freshdesk: 'Freshdesk export' };

export const NPS_COUNT_LABELS = {
  population: 'Survey population',
  invited: 'Invited',
  responses: 'Responses',
  promoters: 'Promoters (9–10)',
  passives: 'Passives (7–8)',
  detractors: 'Detractors (0–6)',
} as const;

const FIELD_LABELS: Record<string, string> = {
  period: 'Period',
  volume: 'Volume',
  'volume.contacts': 'Support contacts',
  'volume.activeClients': 'Active client organisations',
  responsiveness: 'Responsiveness',
  'responsiveness.source': 'How response times are reported',
  'responsiveness.tickets': 'Ticket export (none uploaded yet)',
  'responsiveness.medianBusinessMinutes': 'Median first response',
  'responsiveness.p90BusinessMinutes': '90th percentile first response',
  'responsiveness.shareWithinTarget': 'Share answered within the target',
  followUpShare: 'Share of open tickets with a daily follow-up',
  topIssues: 'Top issues (at least one)',
  nps: 'NPS',
  'nps.sampleMethod': 'How the NPS sample was chosen',
  'nps.sampleDescription': 'Description of the NPS sample',
  'nps.detractorFollowUp': 'How detractors are followed up',
};

const ISSUE_FIELD_LABELS: Record<string, string> = { title: 'title', contacts: 'contacts', averageHoursToResolve: 'average hours to resolve', linkedIssueId: 'earlier issue' };

/** `topIssues.1.contacts` → "Issue 2: contacts"; the summary and the missing list name fields as the form does. */
export function describeCheckpointField(field: string): string {
  if (FIELD_LABELS[field]) return FIELD_LABELS[field];
  const parts = field.split('.');
  if (parts[0] === 'volume' && parts[1] === 'contacts' && parts[2] && parts[2] in CHANNEL_LABELS) return `${CHANNEL_LABELS[parts[2] as Channel]} contacts`;
  if (parts[0] === 'nps' && parts[1] && parts[1] in NPS_COUNT_LABELS) return `NPS: ${NPS_COUNT_LABELS[parts[1] as keyof typeof NPS_COUNT_LABELS].toLowerCase()}`;
  if (parts[0] === 'topIssues' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    const issue = `Issue ${Number(parts[1]) + 1}`;
    return parts[2] ? `${issue}: ${ISSUE_FIELD_LABELS[parts[2]] ?? parts[2]}` : issue;
  }
  return field;
}
