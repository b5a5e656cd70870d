import { type BusinessCalendar, DEFAULT_CALENDAR, DEFAULT_PRIORITY_MAP, layoutColumns, type PriorityLevel, TICKET_LAYOUTS, type TicketImport, ticketTemplateCsv } from '@cep/shared';
import { ImportError, MAX_LISTED_ERRORS, ticketImport } from '../ticket-import.ts';

/**
 * The ticket-export reader on its own, with answers worked out by hand. 2 March 2026 is a Monday;
 * the default calendar is Monday to Friday, 09:00–17:00 UTC.
 */

const NOW = new Date('2026-07-10T12:00:00Z');

interface Options {
  calendar?: BusinessCalendar;
  timeZone?: string;
  period?: string;
  now?: Date;
  /** The export's priorities as they are unless a test maps them. */
  priorityMap?: Record<string, PriorityLevel>;
}

function run(chunks: string | readonly string[], options: Options = {}): TicketImport {
  const importer = ticketImport({
    calendar: options.calendar ?? DEFAULT_CALENDAR,
    timeZone: options.timeZone ?? options.calendar?.timeZone ?? 'UTC',
    targetMinutes: 120,
    period: options.period ?? '2026-H1',
    now: options.now ?? NOW,
    priorityMap: options.priorityMap ?? {},
  });
  for (const chunk of typeof chunks === 'string' ? [chunks] : chunks) importer.push(chunk);
  return importer.finish();
}

function failure(text: string, options: Options = {}): ImportError {
  try {
    run(text, options);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the import did not fail');
}

const CEP_HEADER = 'id,created_at,first_response_at,priority,channel,solved_at';

describe('ticketImport: recognising the layout', () => {
  it('reads our layout, with ISO 8601 instants and their offsets', () => {
    const result = run(`${CEP_HEADER}\nA1,2026-03-02T09:00:00Z,2026-03-02T10:30:00Z,high,email,\nA2,2026-03-02T10:00:00+01:00,2026-03-02T09:45:00.000Z,Low,chat,2026-03-03T10:00:00Z\n`);
    expect(result).toMatchObject({ format: 'cep', timeZone: 'UTC', targetMinutes: 120, importedAt: NOW.toISOString(), rows: 2, errorCount: 0, errors: [] });
    // A1: 90 minutes; A2: created 09:00Z, answered 09:45Z = 45 minutes.
    expect(result.overall).toEqual({ tickets: 2, answered: 2, unanswered: 0, withinTarget: 2, shareWithinTarget: 1, medianBusinessMinutes: 45, p90BusinessMinutes: 90 });
  });

  it('recognises a Zendesk export by its header, whatever the case, spacing and extra columns', () => {
    const text = 'Ticket ID,Subject, CREATED AT ,Requester,Priority,Solved at,First reply time in minutes,Full resolution time in minutes\n101,Login,2026-03-02 09:00:00,Ann,Urgent,2026-03-02 15:00:00,30,360\n';
    const result = run(text);
    expect(result.format).toBe('zendesk');
    expect(result.overall).toMatchObject({ tickets: 1, answered: 1, medianBusinessMinutes: 30 });
    expect(result.byPriority.map((p) => p.priority)).toEqual(['urgent']);
  });

  it('recognises a Freshdesk export by its header', () => {
    const text = 'Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,Due by Time,Resolved time,Initial response time\n7,Printing,Closed,Medium,Email,,Bo,L1,2026-03-02 09:00:00,2026-03-03 09:00:00,2026-03-02 16:00:00,2026-03-02 09:20:00\n';
    const result = run(text);
    expect(result.format).toBe('freshdesk');
    expect(result.overall).toMatchObject({ tickets: 1, withinTarget: 1, medianBusinessMinutes: 20 });
  });

  it('refuses a header that looks like a known export but lacks a column it needs', () => {
    expect(failure('Ticket ID,Created at,Priority,Solved at\n1,2026-03-02 09:00,low,\n').message).toBe('The header looks like a zendesk export but lacks "first reply time in minutes"');
    expect(failure('Ticket ID,Created time,Source\n1,2026-03-02 09:00,Email\n').message).toBe('The header looks like a freshdesk export but lacks "priority", "initial response time"');
    expect(failure('id,created_at,priority\n1,2026-03-02T09:00:00Z,low\n').message).toBe('The header looks like a cep export but lacks "first_response_at"');
  });

  it('refuses a header it does not know, an empty file, and a header without tickets', () => {
    expect(failure('number,opened,answered\n1,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z\n').message).toMatch(/^The header row matches no known layout/);
    expect(failure('').message).toBe('The file is empty: a header row and at least one ticket are needed');
    expect(failure('\n\n').message).toBe('The file is empty: a header row and at least one ticket are needed');
    expect(failure(`${CEP_HEADER}\n\n`).message).toBe('The file has a header but no tickets');
  });

  it('refuses a file in which no row can be used, giving the first rows’ errors', () => {
    const error = failure(`${CEP_HEADER}\nA1,yesterday,,low,,\nA2,2026-03-02T09:00:00Z,2026-03-02T08:00:00Z,low,,\n`);
    expect(error.message).toBe('None of the 2 rows could be used');
    expect(error.rows).toEqual([
      { line: 2, reason: 'created at "yesterday" is not an ISO 8601 instant with its offset' },
      { line: 3, reason: 'was answered before it was created' },
    ]);
  });
});

describe('ticketImport: timestamps', () => {
  it('requires an offset in our layout', () => {
    const result = run(`${CEP_HEADER}\nA1,2026-03-02 09:00:00,2026-03-02T10:00:00Z,low,,\nA2,2026-03-02T09:00:00Z,2026-03-02 10:00,low,,\nA3,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,low,,\n`);
    expect(result.errors).toEqual([
      { line: 2, reason: 'created at "2026-03-02 09:00:00" is not an ISO 8601 instant with its offset' },
      { line: 3, reason: 'first response "2026-03-02 10:00" is not an ISO 8601 instant with its offset' },
    ]);
    expect(result.overall.tickets).toBe(1);
  });

  it('reads Freshdesk local timestamps in the zone given, and honours an explicit offset', () => {
    // 09:30 in Berlin is 08:30 UTC, before the UTC calendar opens: answered at 10:30 Berlin = 09:30 UTC is 30 business minutes.
    const text = 'Ticket ID,Priority,Created time,Initial response time\n1,Low,2026-03-02 09:30:00,2026-03-02 10:30:00\n2,Low,2026-03-02 09:30:00 +0000,2026-03-02 10:30:00+00:00\n';
    const inBerlin = run(text, { timeZone: 'Europe/Berlin' });
    expect(inBerlin.timeZone).toBe('Europe/Berlin');
    expect(inBerlin.byPriority).toEqual([expect.objectContaining({ priority: 'low', medianBusinessMinutes: 30, p90BusinessMinutes: 60 })]);
    const inUtc = run(text, { timeZone: 'UTC' });
    expect(inUtc.overall).toMatchObject({ medianBusinessMinutes: 60, p90BusinessMinutes: 60 });
  });

  it('follows the daylight-saving change when reading local timestamps and counting business minutes', () => {
    // Berlin moves to summer time on Sunday 29 March 2026. Friday 16:00 CET is 15:00Z; Monday 10:00 CEST is 08:00Z:
    // 3,900 real minutes later, and 60 + 60 = 120 business minutes on a Berlin Mon–Fri 09:00–17:00 calendar.
    const berlin: BusinessCalendar = { ...DEFAULT_CALENDAR, timeZone: 'Europe/Berlin' };
    const result = run('Ticket ID,Created at,Priority,First reply time in minutes\n1,2026-03-27 16:00:00,Normal,3900\n2,2026-03-27 16:00:00,Normal,3901\n', { calendar: berlin });
    expect(result.overall).toEqual({ tickets: 2, answered: 2, unanswered: 0, withinTarget: 1, shareWithinTarget: 0.5, medianBusinessMinutes: 120, p90BusinessMinutes: 121 });
  });

  it('adds Zendesk’s first reply minutes to the creation time as calendar minutes, fractions included', () => {
    // Created Friday 16:30 UTC. 61.5 minutes later is 17:31:30, after closing: 30 business minutes.
    // 3,825 minutes later is Monday 08:15, before opening: 30. 3,915 minutes is Monday 09:45: 30 + 45 = 75.
    const text = 'Ticket ID,Created at,Priority,First reply time in minutes\n1,2026-03-06 16:30:00,low,61.5\n2,2026-03-06 16:30:00,low,3825\n3,2026-03-06 16:30:00,low,3915\n4,2026-03-02 09:00:00,low,0\n5,2026-03-02 09:00:00,low,\n';
    const result = run(text);
    expect(result.overall).toEqual({ tickets: 5, answered: 4, unanswered: 1, withinTarget: 4, shareWithinTarget: 0.8, medianBusinessMinutes: 30, p90BusinessMinutes: 75 });
  });

  it('refuses first reply minutes that are not a number of minutes', () => {
    const text = 'Ticket ID,Created at,Priority,First reply time in minutes\n1,2026-03-02 09:00,low,abc\n2,2026-03-02 09:00,low,-5\n3,2026-03-02 09:00,low,1e3\n4,2026-03-02 09:00,low,10\n';
    expect(run(text).errors).toEqual([
      { line: 2, reason: 'first reply time "abc" is not a number of minutes' },
      { line: 3, reason: 'first reply time "-5" is not a number of minutes' },
      { line: 4, reason: 'first reply time "1e3" is not a number of minutes' },
    ]);
  });

  it('refuses dates that do not exist, with or without an offset', () => {
    const cep = run(`${CEP_HEADER}\nA1,2026-02-30T09:00:00Z,,low,,\nA2,2026-13-02T09:00:00Z,,low,,\nA3,2026-03-02T24:00:00Z,,low,,\nA4,2026-02-29T09:00:00Z,,low,,\nA5,2026-03-02T09:00:00Z,,low,,\n`);
    expect(cep.errors.map((e) => e.line)).toEqual([2, 3, 4, 5]);
    const zendesk = run('Ticket ID,Created at,Priority,First reply time in minutes\n1,2026-02-30 09:00:00,low,5\n2,2026-04-31 09:00,low,5\n3,2026-03-02 09:00,low,5\n');
    expect(zendesk.errors.map((e) => e.line)).toEqual([2, 3]);
  });

  it('refuses 29 February of a common year in a Zendesk export, as it does in ours', () => {
    // 2026 is no leap year: "2026-02-29 10:00" is no timestamp, and must not be read as 1 March.
    const result = run('Ticket ID,Created at,Priority,First reply time in minutes\n1,2026-02-29 10:00:00,high,30\n2,2026-03-02 10:00:00,low,5\n');
    expect(result.errors).toEqual([{ line: 2, reason: 'created at "2026-02-29 10:00:00" is not a timestamp (YYYY-MM-DD HH:MM[:SS])' }]);
    expect(result.overall.tickets).toBe(1);
  });
});

describe('ticketImport: rows that cannot be used', () => {
  it('reports each bad row with its line and reason and leaves it out of every figure', () => {
    const text = [
      CEP_HEADER,
      'A1,2026-03-02T09:00:00Z,2026-03-02T11:00:00Z,high,"e-mail,\nforwarded",', // lines 2–3
      ',2026-03-02T09:00:00Z,2026-03-02T09:10:00Z,high,,',
      'A1,2026-03-02T09:00:00Z,2026-03-02T09:05:00Z,high,,',
      'A4,2026-03-02T10:00:00Z,2026-03-02T09:59:59Z,high,,',
      'A5,2025-12-31T23:59:59Z,2026-01-02T09:00:00Z,high,,',
      'A6,2026-07-01T00:00:00Z,2026-07-01T09:00:00Z,high,,',
      'A7,2026-03-02T09:00:00Z',
      'A8,2026-03-02T09:00:00Z,2026-03-02T09:30:00Z,high,,2026-03-01T00:00:00Z',
      'A9,2026-03-02T09:00:00Z,2026-03-02T09:30:00Z,high,,never',
      'A10,2026-03-02T09:00:00Z,soon,high,,',
      'A11,2026-06-30T23:59:59Z,,,,',
    ].join('\n');
    const result = run(`${text}\n`);
    expect(result.errors).toEqual([
      { line: 4, reason: 'has no ticket id' },
      { line: 5, reason: 'repeats ticket A1 of line 2' },
      { line: 6, reason: 'was answered before it was created' },
      { line: 7, reason: 'was created on 2025-12-31, outside 2026-H1' },
      { line: 8, reason: 'was created on 2026-07-01, outside 2026-H1' },
      { line: 9, reason: 'has 2 fields; the header has at least 4' },
      { line: 10, reason: 'was solved before it was created' },
      { line: 11, reason: 'solved at "never" is not a timestamp' },
      { line: 12, reason: 'first response "soon" is not an ISO 8601 instant with its offset' },
    ]);
    expect(result).toMatchObject({ rows: 11, errorCount: 9 });
    // Only A1 (120 minutes, within) and A11 (unanswered, no priority) count.
    expect(result.overall).toEqual({ tickets: 2, answered: 1, unanswered: 1, withinTarget: 1, shareWithinTarget: 0.5, medianBusinessMinutes: 120, p90BusinessMinutes: 120 });
    expect(result.byPriority.map((p) => [p.priority, p.tickets])).toEqual([
      ['(none)', 1],
      ['high', 1],
    ]);
  });

  it('refuses a ticket created after the moment of the import', () => {
    const result = run(`${CEP_HEADER}\nA1,2026-03-02T09:00:00Z,,low,,\nA2,2026-03-02T10:00:01Z,,low,,\n`, { now: new Date('2026-03-02T10:00:00Z') });
    expect(result.errors).toEqual([{ line: 3, reason: 'was created in the future' }]);
  });

  it('lists the first 1,000 bad rows and counts them all', () => {
    const bad = Array.from({ length: 1500 }, (_, i) => `B${i},not a time,,low,,`);
    const result = run(`${CEP_HEADER}\n${bad.join('\n')}\nOK,2026-03-02T09:00:00Z,2026-03-02T09:30:00Z,low,,\n`);
    expect(MAX_LISTED_ERRORS).toBe(1000);
    expect(result).toMatchObject({ rows: 1501, errorCount: 1500 });
    expect(result.errors).toHaveLength(1000);
    expect(result.errors[0]).toEqual({ line: 2, reason: 'created at "not a time" is not an ISO 8601 instant with its offset' });
    expect(result.errors[999]?.line).toBe(1001);
    expect(result.overall.tickets).toBe(1);
  });

  it('gives the same answer however the file is cut into chunks', () => {
    const text = `\uFEFF${CEP_HEADER}\r\nA1,2026-03-02T09:00:00Z,2026-03-02T11:00:00Z,high,"chat,\r\nphone",\r\nA2,2026-03-06T16:30:00Z,2026-03-09T09:45:00Z,low,,\r\nA3,bad,,low,,\r\nA4,2026-03-07T11:00:00Z,,low,,`;
    const whole = run(text);
    expect(whole.errors).toEqual([{ line: 5, reason: 'created at "bad" is not an ISO 8601 instant with its offset' }]);
    expect(whole.overall).toMatchObject({ tickets: 3, answered: 2, withinTarget: 2, medianBusinessMinutes: 75, p90BusinessMinutes: 120 });
    // Every fourth position as a two-way cut, and a few three-way cuts (each run lays out a half-year's calendar).
    for (let i = 1; i < text.length; i += 4) expect(run([text.slice(0, i), text.slice(i)])).toEqual(whole);
    for (let i = 1; i < text.length; i += 37) {
      for (let j = i + 1; j < text.length; j += 41) expect(run([text.slice(0, i), text.slice(i, j), text.slice(j)])).toEqual(whole);
    }
  });
});

describe('ticketImport: what else the export holds', () => {
  const ZENDESK = 'Ticket ID,Subject,Priority,Via,Tags,Created at,Solved at,First reply time in minutes';

  it('counts a Zendesk export’s tickets by channel and suggests its most frequent tags, hours to resolve on the calendar', () => {
    const result = run(
      [
        ZENDESK,
        // Monday 2 March: 10:00 → solved 12:00 (2 business hours).
        '1,Export fails,urgent,Mail,grades_export lms,2026-03-02 10:00,2026-03-02 12:00,15',
        // Solved Tuesday 10:00: 7 h Monday (10–17) + 1 h Tuesday = 8 business hours.
        '2,Export again,high,Web Form,grades_export,2026-03-02 10:00,2026-03-03 10:00,30',
        '3,Cannot log in,normal,Chat,login,2026-03-02 11:00,,',
        '4,Call me,low,Phone call (inbound),,2026-03-02 11:00,2026-03-02 11:30,5',
        '5,API,normal,API,login,2026-03-02 12:00,2026-03-02 13:00,10',
      ].join('\n'),
      { priorityMap: { ...DEFAULT_PRIORITY_MAP } },
    );
    expect(result.byChannel).toEqual({ email: 1, portal: 1, chat: 1, phone: 1, other: 1 });
    expect(result.issueColumn).toBe('tags');
    expect(result.suggestedIssues).toEqual([
      { title: 'grades export', contacts: 2, averageHoursToResolve: 5 },
      { title: 'login', contacts: 2, averageHoursToResolve: 1 },
      { title: 'lms', contacts: 1, averageHoursToResolve: 2 },
    ]);
    // urgent and high read as high, normal as medium.
    expect(result.byPriority.map((p) => [p.priority, p.tickets])).toEqual([
      ['high', 2],
      ['low', 1],
      ['medium', 2],
    ]);
    expect(result.priorityMap).toEqual(DEFAULT_PRIORITY_MAP);
  });

  it('reads our layout’s category and a Freshdesk export’s type and source', () => {
    const ours = run(`${CEP_HEADER},category\n1,2026-03-02T10:00:00Z,2026-03-02T10:30:00Z,low,email,2026-03-02T11:00:00Z,Billing\n`);
    expect(ours).toMatchObject({ byChannel: { email: 1, phone: 0, chat: 0, portal: 0, other: 0 }, issueColumn: 'category', suggestedIssues: [{ title: 'Billing', contacts: 1, averageHoursToResolve: 1 }] });
    const freshdesk = run('Ticket ID,Priority,Source,Type,Created time,Initial response time,Resolved time\n7,Medium,Portal,Question,2026-03-02 10:00,2026-03-02 10:10,\n');
    expect(freshdesk).toMatchObject({ byChannel: { portal: 1 }, issueColumn: 'type', suggestedIssues: [{ title: 'Question', contacts: 1, averageHoursToResolve: null }] });
  });

  it('says nothing of channels or issues when the export has no such column', () => {
    const result = run('id,created_at,first_response_at,priority\n1,2026-03-02T10:00:00Z,2026-03-02T10:30:00Z,low\n');
    expect(result).toMatchObject({ byChannel: null, issueColumn: null, suggestedIssues: [] });
  });

  it('refuses a channel or tag column that is free text', () => {
    const channels = Array.from({ length: 51 }, (_, i) => `${i + 1},2026-03-02T10:00:00Z,2026-03-02T10:30:00Z,low,channel ${i},`).join('\n');
    expect(failure(`${CEP_HEADER}\n${channels}\n`).message).toMatch(/more than 50 distinct channels \(line 52/);
    const tags = Array.from({ length: 2001 }, (_, i) => `${i + 1},2026-03-02T10:00:00Z,2026-03-02T10:30:00Z,low,email,,tag ${i}`).join('\n');
    expect(failure(`${CEP_HEADER},category\n${tags}\n`).message).toMatch(/more than 2000 distinct values in "category" \(line 2002\)/);
  });
});

describe('the template the import page offers', () => {
  it('imports as it is, and names every column our layout reads', () => {
    const result = run(ticketTemplateCsv());
    expect(result).toMatchObject({ format: 'cep', rows: 2, errorCount: 0, issueColumn: 'category' });
    const header = ticketTemplateCsv().split('\n')[0]?.split(',') ?? [];
    const ours = TICKET_LAYOUTS.find((l) => l.format === 'cep');
    if (!ours) throw new Error('our layout is missing');
    const { required, optional } = layoutColumns(ours);
    expect([...header].sort()).toEqual([...required, ...optional.filter((c) => c !== 'tags')].sort());
  });
});
