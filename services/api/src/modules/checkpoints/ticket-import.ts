import { addDays, type BusinessCalendar, businessClock, type Channel, channelOf, DAY_MS, issueTally, MAX_DISTINCT_CHANNELS, MAX_DISTINCT_PRIORITIES, MAX_DISTINCT_TAGS, periodBounds, type PriorityLevel, priorityLevelOf, type RowError, tagsOf, TICKET_LAYOUTS, type TicketImport, type TicketLayout, ticketTally, zonedTimeReader } from '@cep/shared';
import { csvReader, RecordTooLongError } from './csv.ts';

/**
 * Ticket exports into responsiveness figures (SPEC §5). The layout is recognised from the header
 * row: ours (ISO 8601 instants with their offsets), Zendesk's and Freshdesk's (local timestamps,
 * read in a zone the vendor picks). Business minutes to first response are always recomputed from
 * the timestamps on the vendor's calendar — the helpdesks' own duration columns are never trusted.
 *
 * A row that cannot be used is reported with its line and reason and left out of every figure.
 */

export const MAX_LISTED_ERRORS = 1000;

type Layout = TicketLayout;
const LAYOUTS = TICKET_LAYOUTS;

/** The file as a whole cannot be used; `rows` gives the first row errors when there were rows. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly rows: RowError[] = [],
  ) {
    super(message);
  }
}

export interface ImportOptions {
  calendar: BusinessCalendar;
  /** Zone for timestamps without an offset (Zendesk, Freshdesk). */
  timeZone: string;
  targetMinutes: number;
  period: string;
  now: Date;
  /** Helpdesk priorities as the vendor's levels (`DEFAULT_PRIORITY_MAP` unless the vendor edited it). */
  priorityMap: Record<string, PriorityLevel>;
}

/** `2026-03-02T09:15:00+01:00`, `2026-03-02 09:15`, `2026-03-02T08:15:00.000Z`… */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

type Reader = (text: string) => number | null;

/** A timestamp reader: with `local` set, timestamps may omit the offset and are read in that zone. */
function timestampReader(local: ((y: number, mo: number, d: number, h: number, mi: number, s: number) => number) | null, offsetRequired: boolean): Reader {
  return (text) => {
    const m = TIMESTAMP.exec(text);
    if (!m) return null;
    const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
    if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0) || hour > 23 || minute > 59 || second > 59) return null;
    if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return null;
    const zone = m[7];
    if (!zone) return offsetRequired || !local ? null : local(year, month, day, hour, minute, second);
    const utc = Date.UTC(year, month - 1, day, hour, minute, second);
    if (zone === 'Z') return utc;
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
    return utc - sign * offset * 60_000;
  };
}

function findLayout(header: string[]): { layout: Layout; columns: Map<string, number> } {
  const columns = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  for (const layout of LAYOUTS) {
    if (columns.has(layout.id) && columns.has(layout.created)) {
      const needed = [layout.priority, layout.firstResponse ?? layout.firstReplyMinutes ?? ''];
      const missing = needed.filter((name) => !columns.has(name));
      if (missing.length > 0) throw new ImportError(`The header looks like a ${layout.format} export but lacks ${missing.map((m) => `"${m}"`).join(', ')}`);
      return { layout, columns };
    }
  }
  throw new ImportError(
    'The header row matches no known layout: expected id,created_at,first_response_at,priority,channel,solved_at, or a Zendesk export (Ticket ID, Created at, First reply time in minutes, …), or a Freshdesk export (Ticket ID, Created time, Initial response time, …)',
  );
}

/**
 * Reads a ticket export chunk by chunk and tallies it. `push` each decoded chunk, then `finish`;
 * errors about the file as a whole (no header, unknown layout, no usable row) throw ImportError.
 */
export function ticketImport(options: ImportOptions): { push(chunk: string): void; finish(): TicketImport } {
  const { start, end } = periodBounds(options.period);
  const periodStart = Date.parse(`${start}T00:00:00Z`);
  const periodEnd = Date.parse(`${addDays(end, 1)}T00:00:00Z`);
  // Tickets open in the period; first responses may come weeks after it ends.
  const clock = businessClock(options.calendar, periodStart - DAY_MS, periodEnd + 120 * DAY_MS);
  const tally = ticketTally(options.targetMinutes);
  const errors: RowError[] = [];
  let errorCount = 0;
  let rows = 0;
  let usable = 0;
  let layout: Layout | null = null;
  let index = { id: 0, created: 0, priority: 0, first: 0, solved: -1, channel: -1, issues: -1, width: 0 };
  let issueSource: Layout['issues'][number] | null = null;
  const channels: Record<Channel, number> = { phone: 0, email: 0, chat: 0, portal: 0, other: 0 };
  const rawChannels = new Set<string>();
  const issues = issueTally();
  let readTime: Reader = () => null;
  const seen = new Map<string, number>();

  const reject = (line: number, reason: string) => {
    errorCount += 1;
    if (errors.length < MAX_LISTED_ERRORS) errors.push({ line, reason });
  };

  const onRecord = (fields: string[], line: number) => {
    if (!layout) {
      const found = findLayout(fields);
      layout = found.layout;
      const col = (name: string | undefined) => (name === undefined ? -1 : (found.columns.get(name) ?? -1));
      index = {
        id: col(layout.id),
        created: col(layout.created),
        priority: col(layout.priority),
        first: col(layout.firstResponse ?? layout.firstReplyMinutes),
        solved: col(layout.solved),
        channel: col(layout.channel),
        issues: -1,
        width: Math.max(col(layout.id), col(layout.created), col(layout.priority), col(layout.firstResponse ?? layout.firstReplyMinutes)) + 1,
      };
      issueSource = layout.issues.find((i) => found.columns.has(i.column)) ?? null;
      index.issues = issueSource ? col(issueSource.column) : -1;
      readTime = timestampReader(layout.format === 'cep' ? null : zonedTimeReader(options.timeZone), layout.format === 'cep');
      return;
    }
    rows += 1;
    if (fields.length < index.width) return reject(line, `has ${fields.length} fields; the header has at least ${index.width}`);
    const id = (fields[index.id] ?? '').trim();
    if (!id) return reject(line, 'has no ticket id');
    const previous = seen.get(id);
    if (previous !== undefined) return reject(line, `repeats ticket ${id} of line ${previous}`);
    seen.set(id, line);
    const createdText = (fields[index.created] ?? '').trim();
    const created = readTime(createdText);
    if (created === null) return reject(line, `created at "${createdText}" is not ${layout.format === 'cep' ? 'an ISO 8601 instant with its offset' : 'a timestamp (YYYY-MM-DD HH:MM[:SS])'}`);
    if (created < periodStart || created >= periodEnd) return reject(line, `was created on ${new Date(created).toISOString().slice(0, 10)}, outside ${options.period}`);
    if (created > options.now.getTime()) return reject(line, 'was created in the future');
    const firstText = (fields[index.first] ?? '').trim();
    let first: number | null = null;
    if (firstText) {
      if (layout.firstReplyMinutes) {
        const minutes = Number(firstText);
        if (!/^\d+(?:\.\d+)?$/.test(firstText) || !Number.isFinite(minutes)) return reject(line, `first reply time "${firstText}" is not a number of minutes`);
        first = created + minutes * 60_000;
      } else {
        first = readTime(firstText);
        if (first === null) return reject(line, `first response "${firstText}" is not ${layout.format === 'cep' ? 'an ISO 8601 instant with its offset' : 'a timestamp'}`);
      }
      if (first < created) return reject(line, 'was answered before it was created');
    }
    const solvedText = index.solved >= 0 ? (fields[index.solved] ?? '').trim() : '';
    let solved: number | null = null;
    if (solvedText) {
      solved = readTime(solvedText);
      if (solved === null) return reject(line, `solved at "${solvedText}" is not a timestamp`);
      if (solved < created) return reject(line, 'was solved before it was created');
    }
    const priority = priorityLevelOf(fields[index.priority] ?? '', options.priorityMap);
    if (!tally.add(priority, first === null ? null : clock.minutes(created, first))) {
      throw new ImportError(`The export names more than ${MAX_DISTINCT_PRIORITIES} distinct priorities (line ${line}: "${priority.slice(0, 40)}"); map them to your few levels before importing`);
    }
    if (index.channel >= 0) {
      const raw = (fields[index.channel] ?? '').trim().toLowerCase();
      rawChannels.add(raw);
      if (rawChannels.size > MAX_DISTINCT_CHANNELS) throw new ImportError(`The export names more than ${MAX_DISTINCT_CHANNELS} distinct channels (line ${line}: "${raw.slice(0, 40)}"); is that column a channel?`);
      channels[channelOf(raw)] += 1;
    }
    if (issueSource && index.issues >= 0 && !issues.add(tagsOf(fields[index.issues] ?? '', issueSource.separator), solved === null ? null : clock.minutes(created, solved))) {
      throw new ImportError(`The export names more than ${MAX_DISTINCT_TAGS} distinct values in "${issueSource.column}" (line ${line}); is that column free text?`);
    }
    usable += 1;
  };

  const reader = csvReader(onRecord);
  return {
    push(chunk) {
      try {
        reader.push(chunk);
      } catch (error) {
        if (error instanceof RecordTooLongError) throw new ImportError(`This does not read as a CSV ticket export: ${error.message} (a binary file, or a quote never closed?)`);
        throw error;
      }
    },
    finish() {
      reader.end();
      if (!layout) throw new ImportError('The file is empty: a header row and at least one ticket are needed');
      if (usable === 0) throw new ImportError(rows === 0 ? 'The file has a header but no tickets' : `None of the ${rows} rows could be used`, errors.slice(0, 20));
      return {
        format: layout.format,
        timeZone: options.timeZone,
        targetMinutes: options.targetMinutes,
        importedAt: options.now.toISOString(),
        rows,
        overall: tally.overall(),
        byPriority: tally.byPriority(),
        priorityMap: options.priorityMap,
        byChannel: index.channel >= 0 ? channels : null,
        issueColumn: issueSource?.column ?? null,
        suggestedIssues: issues.top(),
        errorCount,
        errors,
      };
    },
  };
}
