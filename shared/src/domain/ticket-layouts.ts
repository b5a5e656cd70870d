import type { TicketFormat } from '../schemas/checkpoints.ts';

/**
 * The ticket exports the registry reads, recognised from their header row (names compared in lower
 * case): ours, Zendesk's and Freshdesk's. The import reads them; the import page lists the same
 * columns and builds the template from ours.
 */
export interface TicketLayout {
  format: TicketFormat;
  id: string;
  created: string;
  priority: string;
  /** Our layout and Freshdesk's give the first-response instant… */
  firstResponse?: string;
  /** …Zendesk's the calendar minutes from creation to the first reply. */
  firstReplyMinutes?: string;
  solved: string;
  /** Where the contact came in, when the export says (optional). */
  channel: string;
  /** Columns naming what a ticket was about, the first present used, with how its values separate (optional). */
  issues: { column: string; separator: 'space' | 'comma' | 'none' }[];
}

export const TICKET_LAYOUTS: readonly TicketLayout[] = [
  {
    format: 'cep',
    id: 'id',
    created: 'created_at',
    firstResponse: 'first_response_at',
    priority: 'priority',
    solved: 'solved_at',
    channel: 'channel',
    issues: [
      { column: 'category', separator: 'none' },
      { column: 'tags', separator: 'comma' },
    ],
  },
  {
    format: 'zendesk',
    id: 'ticket id',
    created: 'created at',
    firstReplyMinutes: 'first reply time in minutes',
    priority: 'priority',
    solved: 'solved at',
    channel: 'via',
    issues: [
      { column: 'tags', separator: 'space' },
      { column: 'type', separator: 'none' },
    ],
  },
  {
    format: 'freshdesk',
    id: 'ticket id',
    created: 'created time',
    firstResponse: 'initial response time',
    priority: 'priority',
    solved: 'resolved time',
    channel: 'source',
    issues: [
      { column: 'type', separator: 'none' },
      { column: 'tags', separator: 'comma' },
    ],
  },
];

/** A layout's columns: those it needs, and those it reads when present. */
export function layoutColumns(layout: TicketLayout): { required: string[]; optional: string[] } {
  return {
    required: [layout.id, layout.created, layout.firstResponse ?? layout.firstReplyMinutes ?? '', layout.priority],
    optional: [layout.solved, layout.channel, ...layout.issues.map((i) => i.column)],
  };
}

/** Our layout as a CSV template: its header and two example tickets. */
export function ticketTemplateCsv(): string {
  return [
    'id,created_at,first_response_at,priority,channel,solved_at,category',
    'T-1001,2026-03-02T09:15:00+01:00,2026-03-02T09:40:00+01:00,high,email,2026-03-02T11:05:00+01:00,Login',
    'T-1002,2026-03-02T10:02:00+01:00,,low,portal,,Billing',
    '',
  ].join('\n');
}
